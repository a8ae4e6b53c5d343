"""`twin serve`, `demo`, `publish`, `layers` and `gc`: the catalog and the server."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
import uvicorn

from twin.cli.errors import reports_errors
from twin.cli.http_protocol import BoundedHttpToolsProtocol
from twin.cli.progress import console
from twin.cli.samples import SAMPLES_DIR, build_sample_city, load_sample_monitoring
from twin.cli.worker import inline_workers
from twin.logs import logging_config
from twin.model import LayerKind
from twin.publish import publish as publish_version
from twin.settings import Settings
from twin.store import open_stores

WorkersOption = Annotated[
    int,
    typer.Option(
        "--workers-inline",
        min=0,
        help="Start this many job workers (twin worker) beside the server; stopped with it.",
    ),
]
DataDirOption = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data folder (default: TWIN_DATA_DIR or ./twin-data)."),
]


def _settings(data_dir: Path | None, **overrides: Any) -> Settings:
    values = {k: v for k, v in overrides.items() if v is not None}
    if data_dir is not None:
        values["data_dir"] = data_dir
    return Settings(**values)


def register(app: typer.Typer) -> None:
    """Add the catalog and server commands to the main app."""

    @app.command()
    @reports_errors
    def serve(
        data_dir: DataDirOption = None,
        host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
        port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
        workers_inline: WorkersOption = 0,
    ) -> None:
        """Serve the published layers and the viewer."""
        settings = _settings(data_dir, host=host, port=port)
        _run(settings, workers_inline)

    @app.command()
    @reports_errors
    def demo(
        data_dir: DataDirOption = None,
        host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
        port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
        samples: Annotated[Path, typer.Option(help="The sample city's folder.")] = SAMPLES_DIR,
        serve: Annotated[bool, typer.Option(help="Serve after building.")] = True,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
        workers_inline: WorkersOption = 1,
    ) -> None:
        """Build the sample city (Delft, Monaco, Autzen, ky4 (Kentucky), Schutterwald, C-Town
        (ctown: BATADAL sensors, simulated benchmark readings)) if needed, publish it and
        serve it."""
        settings = _settings(data_dir, host=host, port=port)
        built = build_sample_city(settings, samples, quiet)
        readings = load_sample_monitoring(settings, samples)
        console.print(
            f"sample city ready in {settings.data_dir} "
            f"({'built ' + ', '.join(built) if built else 'up to date'}); "
            f"{readings} simulated benchmark readings of C-Town's sensors (BATADAL)"
        )
        if serve:
            _run(settings, workers_inline)

    @app.command()
    @reports_errors
    def publish(
        folder: Annotated[Path, typer.Argument(help="A tileset folder (e.g. from twin tile).")],
        layer: Annotated[str, typer.Option(help="Layer name, [a-z0-9][a-z0-9_-]*.")],
        kind: Annotated[LayerKind, typer.Option(help="What the layer holds.")],
        title: Annotated[str | None, typer.Option(help="Display title.")] = None,
        data_dir: DataDirOption = None,
    ) -> None:
        """Publish a folder as the new current version of a layer (atomic switch).

        The folder's entry file must fit the kind: layer.json (quantized-mesh) for terrain,
        tileset.json (3D Tiles) for every other kind.
        """
        settings = _settings(data_dir)
        meta: dict[str, Any] = {}
        tileset = folder / "tileset.json"
        if kind != LayerKind.TERRAIN and tileset.is_file():
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
        with open_stores(settings) as stores:
            for layer in stores.catalog.list_layers():
                version = layer.current.version_id if layer.current else "-"
                typer.echo(f"{layer.name}\t{layer.kind.value}\t{version}\t{layer.title}")

    @app.command()
    @reports_errors
    def gc(data_dir: DataDirOption = None) -> None:
        """Delete stored files that no published version uses any more."""
        from twin.garbage import collect_garbage

        settings = _settings(data_dir)
        with open_stores(settings) as stores:
            report = collect_garbage(stores, settings.data_dir)
        console.print(
            f"removed {report.objects} files ({report.bytes} bytes), "
            f"{report.versions} unrecorded versions, {report.staging} stale staging areas"
        )


def _run(settings: Settings, workers: int = 0) -> None:
    # The CLI and the server are separate shells: the server gets its settings the way any
    # deployment gives them, through TWIN_* variables, and uvicorn imports it by name.
    os.environ["TWIN_DATA_DIR"] = str(settings.data_dir.absolute())
    with inline_workers(workers, settings):
        console.print(f"serving {settings.data_dir} at http://{settings.host}:{settings.port}")
        uvicorn.run(
            "twin.server.app:create_app",
            factory=True,
            host=settings.host,
            port=settings.port,
            workers=settings.workers,
            log_level="info",
            log_config=logging_config("info"),
            access_log=False,  # twin.access logs each request as JSON, with its request id
            timeout_keep_alive=settings.timeout_keep_alive,
            # httptools with the head bound h11 would give (twin.cli.http_protocol); uvloop,
            # when installed, runs the event loop.
            http=BoundedHttpToolsProtocol,
            loop="auto",
            h11_max_incomplete_event_size=settings.h11_max_incomplete_event_size,
        )
