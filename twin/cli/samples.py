"""The sample city shipped in samples/: `samples/city.json` is the list of job specs `twin demo`
runs, in order (terrain first: buildings and pipes stand on ``layer:`` terrain inputs).

A layer is rebuilt only when its fingerprint changes: the spec, the bytes of every file it reads
(and their sidecars: world files, CRS files), the current versions of the layers it reads and
twin's version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import twin
from ingest_survey.convert.executor import open_executor
from ingest_survey.job_specs import JobSpec, input_files, layer_reference, parse_spec, spec_to_json
from ingest_survey.worker import run_and_publish
from twin.cli.progress import console, progress_bars
from twin.settings import Settings
from twin.store import open_stores

SAMPLES_DIR = Path(twin.__file__).resolve().parent.parent / "samples"
CITY_FILE = "city.json"


def sample_city(samples: Path = SAMPLES_DIR) -> list[JobSpec]:
    """The sample city's job specs, validated."""
    source = samples / CITY_FILE
    return [parse_spec(item, source=CITY_FILE) for item in json.loads(source.read_text())]


def _sidecars(path: Path) -> list[Path]:
    # An image's world file and CRS file are read through it (autzen.jpg -> autzen.wld, ...).
    stem = path.name.split(".")[0]
    return sorted(p for p in path.parent.glob(f"{stem}*") if p != path and p.is_file())


def fingerprint(spec: JobSpec, samples: Path, layer_versions: dict[str, str]) -> str:
    """What a sample layer is built from: rebuild only when this changes."""
    digest = hashlib.sha256(twin.__version__.encode())
    digest.update(spec_to_json(spec).encode())
    for named in input_files(spec):
        layer = layer_reference(named)
        if layer is not None:
            digest.update(f"{layer}={layer_versions.get(layer, '')}".encode())
            continue
        path = samples / named
        for file in [path, *_sidecars(path)]:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def build_sample_city(
    settings: Settings,
    samples: Path = SAMPLES_DIR,
    quiet: bool = False,
    only: Iterable[str] | None = None,
) -> list[str]:
    """Build and publish every sample layer (or those named in ``only``, plus nothing else)
    whose fingerprint changed; returns the layers built, in build order."""
    wanted = set(only) if only is not None else None
    built: list[str] = []
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with open_executor(settings.dask_scheduler) as executor, open_stores(settings) as stores:
        catalog = stores.catalog
        for spec in sample_city(samples):
            assert spec.layer is not None  # every sample names its layer
            if wanted is not None and spec.layer not in wanted:
                continue
            versions = {
                layer.name: layer.current.version_id
                for layer in catalog.list_layers()
                if layer.current is not None
            }
            current = catalog.find_layer(spec.layer)
            print_ = fingerprint(spec, samples, versions)
            if current and current.current and current.current.meta.get("fingerprint") == print_:
                continue
            console.print(f"building [bold]{spec.layer}[/] ({spec.kind}) from {spec.inputs[0]}")
            with progress_bars(not quiet) as progress:
                run_and_publish(
                    spec,
                    settings,
                    stores=stores,
                    base=samples,
                    executor=executor,
                    meta={"fingerprint": print_},
                    on_progress=progress,
                )
            built.append(spec.layer)
    return built


def load_sample_monitoring(settings: Settings, samples: Path = SAMPLES_DIR) -> int:
    """Register the C-Town sensors of samples/ctown and write their week of BATADAL readings
    (simulated benchmark readings); idempotent (registration replaces, readings upsert).
    Returns the readings written (0 without the sample)."""
    from twin.monitoring.readings import parse_csv
    from twin.monitoring.registration import sensors_from_csv
    from twin.monitoring.service import ingest_batch
    from twin.store.monitoring import now_ms

    folder = samples / "ctown"
    if not (folder / "sensors.csv").exists():
        return 0
    sensors = sensors_from_csv((folder / "sensors.csv").read_text(), "ctown-water")
    batch, issues = parse_csv((folder / "readings.csv").read_text())
    with open_stores(settings) as stores:
        stores.monitoring.register(sensors)
        return ingest_batch(stores.monitoring, batch, None, now_ms(), issues).written
