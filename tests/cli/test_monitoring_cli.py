"""`twin monitoring register|ingest|sweep|retain` on the C-Town sample of tests/data."""

from __future__ import annotations

from pathlib import Path

from monitoring_support import READINGS_CSV, SENSORS_CSV
from typer.testing import CliRunner

from twin.cli.main import app
from twin.settings import Settings
from twin.store import open_stores

runner = CliRunner()


def test_register_ingest_sweep_and_retain(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    registered = runner.invoke(app, ["monitoring", "register", str(SENSORS_CSV), *data])
    assert registered.exit_code == 0, registered.output
    assert "registered 43 sensors" in registered.output
    written = runner.invoke(app, ["monitoring", "ingest", str(READINGS_CSV), *data])
    assert written.exit_code == 0 and "wrote 2064 readings" in written.output
    swept = runner.invoke(app, ["monitoring", "sweep", *data])  # 2016 readings, hourly sensors
    assert swept.exit_code == 0 and "43 sensors went stale" in swept.output
    kept = runner.invoke(app, ["monitoring", "retain", "--downsample-after", "1", *data])
    assert kept.exit_code == 0 and "folded 2064 readings" in kept.output
    with open_stores(Settings(data_dir=tmp_path / "data")) as stores:
        _, _, rollups = stores.monitoring.series("ctown-L_T1", 0, 2**41)
    assert int(rollups.count.sum()) == 48


def test_a_bad_file_exits_65_and_names_its_rows(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    result = runner.invoke(app, ["monitoring", "ingest", str(SENSORS_CSV), *data])
    assert result.exit_code == 65
    assert "row 1, sensor: missing column" in " ".join(result.output.split())
