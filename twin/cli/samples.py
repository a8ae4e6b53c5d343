"""The sample city shipped in samples/: which layers `twin demo` builds, and how.

Each sample layer names its inputs (relative to samples/) and a build function that writes a
complete folder and returns the layer's metadata. A layer is rebuilt only when its fingerprint
(inputs, options, twin version) changes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import twin
from ingest_survey.convert.buildings import build_buildings
from twin.cli.progress import console, progress_bars
from twin.model import LayerKind
from twin.publish import publish
from twin.settings import Settings
from twin.store.sqlite import Catalog

SAMPLES_DIR = Path(twin.__file__).resolve().parent.parent / "samples"

# build(inputs resolved in order, output folder, options, progress) -> layer metadata
Builder = Callable[[list[Path], Path, dict[str, Any], Any], dict[str, Any]]


def _buildings(inputs: list[Path], out: Path, options: dict[str, Any], progress: Any
               ) -> dict[str, Any]:
    result = build_buildings(inputs[0], out, survey=inputs[1:], progress=progress, **options)
    return result.meta()


@dataclass(frozen=True)
class SampleLayer:
    """One layer of the sample city."""

    name: str
    title: str
    kind: LayerKind
    inputs: tuple[str, ...]
    build: Builder
    options: dict[str, Any] = field(default_factory=dict)
    entry: str = "tileset.json"

    def fingerprint(self, root: Path) -> str:
        """Hash of the inputs, options and twin version: rebuild only when one changes."""
        digest = hashlib.sha256(twin.__version__.encode())
        digest.update(json.dumps([self.name, self.inputs, self.options], sort_keys=True).encode())
        for path in self.inputs:
            digest.update((root / path).read_bytes())
        return digest.hexdigest()


SAMPLE_CITY: tuple[SampleLayer, ...] = (
    SampleLayer(
        "delft-buildings",
        "Delft: BGT footprints, heights from the AHN3 survey",
        LayerKind.BUILDINGS,
        ("delft/bgt_pand.sqlite", "delft/ahn3/ahn3_cropped_1.laz",
         "delft/ahn3/ahn3_cropped_2.laz"),
        _buildings,
        {"survey_crs": "EPSG:28992"},
    ),
    SampleLayer(
        "monaco-buildings",
        "Monaco: OpenStreetMap buildings (height or building:levels where tagged)",
        LayerKind.BUILDINGS,
        ("monaco/buildings.gpkg",),
        _buildings,
        {"height_field": "height", "floors_field": "building_levels", "id_field": "osm_ref"},
    ),
)


def build_sample_city(settings: Settings, samples: Path = SAMPLES_DIR, quiet: bool = False
                      ) -> list[str]:
    """Build and publish every sample layer whose inputs changed; returns the layers built."""
    built: list[str] = []
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with Catalog(settings.database_path) as catalog:
        current = {layer.name: layer for layer in catalog.list_layers()}
    for sample in SAMPLE_CITY:
        fingerprint = sample.fingerprint(samples)
        layer = current.get(sample.name)
        if layer and layer.current and layer.current.meta.get("fingerprint") == fingerprint:
            continue
        console.print(f"building [bold]{sample.name}[/] from {samples / sample.inputs[0]}")
        work = Path(tempfile.mkdtemp(prefix=".build-", dir=settings.data_dir))
        try:
            with progress_bars(not quiet) as progress:
                meta = sample.build([samples / p for p in sample.inputs], work / "out",
                                    sample.options, progress)
            publish(settings, sample.name, sample.kind, work / "out", title=sample.title,
                    meta={**meta, "fingerprint": fingerprint}, entry=sample.entry)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        built.append(sample.name)
    return built
