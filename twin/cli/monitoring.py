"""`twin monitoring register|ingest|sweep|retain`: sensors and readings from files, upkeep."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from twin.cli.errors import reports_errors
from twin.cli.progress import console
from twin.cli.serve import DataDirOption, _settings
from twin.errors import InvalidRequestError
from twin.monitoring.readings import parse_csv, parse_json
from twin.monitoring.registration import sensors_from_csv, sensors_from_json
from twin.monitoring.service import ingest_batch, register_sensors
from twin.store import open_stores
from twin.store.monitoring import now_ms

app = typer.Typer(help="Monitoring: sensors, readings and their upkeep.", no_args_is_help=True)
DAY_MS = 86_400_000
FileArgument = Annotated[Path, typer.Argument(help="A .csv, .json or .geojson file.", exists=True)]


def _read(path: Path) -> tuple[str, object]:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".csv":
        return "csv", text
    if path.suffix.lower() in (".json", ".geojson"):
        return "json", json.loads(text)
    raise InvalidRequestError(f"{path.name}: use a .csv, .json or .geojson file")


@app.command("register")
@reports_errors
def register(
    file: FileArgument,
    agency: Annotated[str, typer.Option(help="Agency of sensors whose rows name none.")] = "",
    data_dir: DataDirOption = None,
) -> None:
    """Register sensors in bulk (rows with an existing id replace its registration)."""
    kind, content = _read(file)
    if kind == "csv":
        sensors = sensors_from_csv(str(content), agency)
    else:
        sensors = sensors_from_json(content, agency)
    with open_stores(_settings(data_dir)) as stores:
        count = register_sensors(stores.monitoring, sensors, None)
    console.print(f"registered {count} sensors from {file.name}")


@app.command("ingest")
@reports_errors
def ingest(file: FileArgument, data_dir: DataDirOption = None) -> None:
    """Write readings from a file (CSV sensor,time,value[,unit], or JSON); all or nothing."""
    kind, content = _read(file)
    batch, issues = parse_csv(str(content)) if kind == "csv" else parse_json(content)
    with open_stores(_settings(data_dir)) as stores:
        result = ingest_batch(stores.monitoring, batch, None, now_ms(), issues)
    console.print(f"wrote {result.written} readings; {len(result.alarms)} alarms changed")


@app.command("sweep")
@reports_errors
def sweep(data_dir: DataDirOption = None) -> None:
    """Mark sensors stale that sent nothing within their expected interval."""
    with open_stores(_settings(data_dir)) as stores:
        opened = stores.monitoring.sweep_stale(stores.monitoring.index())
    console.print(f"{len(opened)} sensors went stale")


@app.command("retain")
@reports_errors
def retain(
    downsample_after: Annotated[
        float, typer.Option(help="Fold raw readings older than this many days into rollups.")
    ] = 30.0,
    bucket_minutes: Annotated[int, typer.Option(help="Rollup bucket, minutes.", min=1)] = 60,
    delete_after: Annotated[
        float | None, typer.Option(help="Delete everything older than this many days.")
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Downsample old readings to per-bucket min/max/mean/count, and delete the oldest."""
    now = now_ms()
    with open_stores(_settings(data_dir)) as stores:
        folded = stores.monitoring.downsample(
            now - int(downsample_after * DAY_MS), bucket_minutes * 60_000
        )
        deleted = 0
        if delete_after is not None:
            deleted = stores.monitoring.purge(now - int(delete_after * DAY_MS))
    console.print(
        f"folded {folded} readings into {bucket_minutes}-minute rollups; deleted {deleted}"
    )
