"""`twin serve`, `twin demo`, `twin publish`, `twin layers`: the catalog and the server."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer
import uvicorn

import twin
from ingest_survey.convert.buildings import build_buildings
from twin.cli.errors import reports_errors
from twin.cli.progress import console, progress_bars
from twin.model import LayerKind
from twin.publish import publish as publish_version
from twin.settings import Settings
from twin.store.sqlite import Catalog

SAMPLES_DIR = Path(twin.__file__).resolve().parent.parent / "samples"

DataDirOption = Annotated[Path | None, typer.Option(
    "--data-dir", help="Data folder (default: TWIN_DATA_DIR or ./twin-data).")]


@dataclass(frozen=True)
class SampleLayer:
    """One layer of the sample city: its inputs (relative to samples/) and build options."""

    name: str
    title: str
    footprints: str
    survey: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)

    def inputs(self, root: Path) -> list[Path]:
        """Every input file, resolved."""
        return [root / self.footprints, *(root / path for path in self.survey)]

    def fingerprint(self, root: Path) -> str:
        """Hash of the inputs, options and twin version: rebuild only when one changes."""
        digest = hashlib.sha256(twin.__version__.encode())
        digest.update(json.dumps([self.name, self.survey, self.options], sort_keys=True).encode())
        for path in self.inputs(root):
            digest.update(path.read_bytes())
        return digest.hexdigest()


SAMPLE_CITY = (
    SampleLayer(
        "delft-buildings",
        "Delft: BGT footprints, heights from the AHN3 survey",
        "delft/bgt_pand.sqlite",
        ("delft/ahn3/ahn3_cropped_1.laz", "delft/ahn3/ahn3_cropped_2.laz"),
        {"survey_crs": "EPSG:28992"},
    ),
    SampleLayer(
        "monaco-buildings",
        "Monaco: OpenStreetMap buildings (height or building:levels where tagged)",
        "monaco/buildings.gpkg",
        (),
        {"height_field": "height", "floors_field": "building_levels"},
    ),
)


def _settings(data_dir: Path | None, **overrides: Any) -> Settings:
    values = {k: v for k, v in overrides.items() if v is not None}
    if data_dir is not None:
        values["data_dir"] = data_dir
    return Settings(**values)


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
        console.print(f"building [bold]{sample.name}[/] from {samples / sample.footprints}")
        work = Path(tempfile.mkdtemp(prefix=".build-", dir=settings.data_dir))
        try:
            with progress_bars(not quiet) as progress:
                result = build_buildings(
                    samples / sample.footprints, work / "tileset",
                    survey=[samples / path for path in sample.survey], progress=progress,
                    **sample.options,
                )
            publish_version(settings, sample.name, LayerKind.BUILDINGS, work / "tileset",
                            title=sample.title, meta={**result.meta(), "fingerprint": fingerprint})
        finally:
            shutil.rmtree(work, ignore_errors=True)
        built.append(sample.name)
    return built


def register(app: typer.Typer) -> None:
    """Add the catalog and server commands to the main app."""

    @app.command()
    @reports_errors
    def serve(
        data_dir: DataDirOption = None,
        host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
        port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    ) -> None:
        """Serve the published layers and the viewer."""
        settings = _settings(data_dir, host=host, port=port)
        _run(settings)

    @app.command()
    @reports_errors
    def demo(
        data_dir: DataDirOption = None,
        host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
        port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
        samples: Annotated[Path, typer.Option(help="The sample city's folder.")] = SAMPLES_DIR,
        serve: Annotated[bool, typer.Option(help="Serve after building.")] = True,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
    ) -> None:
        """Build the sample city (Delft, Monaco) if needed, publish it and serve it."""
        settings = _settings(data_dir, host=host, port=port)
        built = build_sample_city(settings, samples, quiet)
        console.print(f"sample city ready in {settings.data_dir} "
                      f"({'built ' + ', '.join(built) if built else 'up to date'})")
        if serve:
            _run(settings)

    @app.command()
    @reports_errors
    def publish(
        folder: Annotated[Path, typer.Argument(help="A tileset folder (e.g. from twin tile).")],
        layer: Annotated[str, typer.Option(help="Layer name, [a-z0-9][a-z0-9_-]*.")],
        kind: Annotated[LayerKind, typer.Option(help="What the layer holds.")],
        title: Annotated[str | None, typer.Option(help="Display title.")] = None,
        data_dir: DataDirOption = None,
    ) -> None:
        """Publish a folder as the new current version of a layer (atomic switch)."""
        settings = _settings(data_dir)
        meta: dict[str, Any] = {}
        tileset = folder / "tileset.json"
        if tileset.is_file():
            doc = json.loads(tileset.read_text())
            meta["region"] = doc["root"]["boundingVolume"].get("region")
            meta["features"] = doc.get("asset", {}).get("extras", {}).get("features")
        version = publish_version(settings, layer, kind, folder, title=title, meta=meta)
        console.print(f"published {layer} version {version.version_id}")

    @app.command()
    @reports_errors
    def layers(data_dir: DataDirOption = None) -> None:
        """List the published layers and their current versions."""
        settings = _settings(data_dir)
        with Catalog(settings.database_path) as catalog:
            for layer in catalog.list_layers():
                version = layer.current.version_id if layer.current else "-"
                typer.echo(f"{layer.name}\t{layer.kind.value}\t{version}\t{layer.title}")


def _run(settings: Settings) -> None:
    from twin.server.app import create_app  # the server is only imported when serving

    console.print(f"serving {settings.data_dir} at http://{settings.host}:{settings.port}")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
