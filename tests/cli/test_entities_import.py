"""`twin entities import` on real month-end states (OSM history, BGT lifecycle): the reports
are what the files hold, bad deliveries change nothing, and a killed import leaves the store
at its previous month."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import shapely
from entity_support import BGT_CUT, OSM_MONTHS, osm_delivery, replicated_footprints
from typer.testing import CliRunner

from twin.cli.errors import EX_CANTCREAT, EX_USAGE
from twin.cli.main import app
from twin.settings import Settings
from twin.store import open_stores

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]


def _twin(data_dir: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--data-dir", str(data_dir)], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def _settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir)


def _features(month: str) -> dict[str, tuple[object, dict[str, object]]]:
    data = json.loads(osm_delivery(month).read_text())
    return {
        f["properties"]["osm_id"]: (
            shapely.geometry.shape(f["geometry"]),
            {k: v for k, v in f["properties"].items() if k != "osm_id"},
        )
        for f in data["features"]
    }


def _expected(before: dict, after: dict) -> dict[str, object]:  # type: ignore[type-arg]
    changed = {}
    for key in before.keys() & after.keys():
        (g0, a0), (g1, a1) = before[key], after[key]
        what = [] if shapely.equals_exact(g0, g1, tolerance=1e-7) else ["geometry"]
        what += sorted(k for k in set(a0) | set(a1) if a0.get(k) != a1.get(k))
        if what:
            changed[key] = what
    return {
        "added": sorted(after.keys() - before.keys()),
        "removed": sorted(before.keys() - after.keys()),
        "changed": dict(sorted(changed.items())),
    }


def test_osm_month_end_states_report_exactly_their_edits(tmp_path: Path) -> None:
    before: dict = {}  # type: ignore[type-arg]
    for month in OSM_MONTHS:
        path = str(osm_delivery(month))
        code, out, err = _twin(
            tmp_path, "entities", "import", "osm", path, "--month", month, "--id-field", "osm_id"
        )
        assert code == 0, err
        [report] = json.loads(out)
        after = _features(month)
        assert {k: report[k] for k in ("added", "removed", "changed")} == _expected(before, after)
        assert report["counts"]["unchanged"] == len(after) - len(report["added"]) - len(
            report["changed"]
        )
        before = after
    # Re-importing the latest delivery is a no-op.
    code, out, _ = _twin(
        tmp_path,
        "entities",
        "import",
        "osm",
        path,
        "--month",
        OSM_MONTHS[-1],
        "--id-field",
        "osm_id",
    )
    assert code == 0 and json.loads(out)[0]["already_imported"] is True


def test_dry_run_prints_the_report_and_writes_nothing(tmp_path: Path) -> None:
    month = OSM_MONTHS[0]
    code, out, err = _twin(
        tmp_path,
        "entities",
        "import",
        "osm",
        str(osm_delivery(month)),
        "--month",
        month,
        "--id-field",
        "osm_id",
        "--dry-run",
    )
    assert code == 0, err
    assert json.loads(out)[0]["counts"]["added"] == len(_features(month))
    assert "nothing written" in err
    with open_stores(_settings(tmp_path)) as stores:
        assert stores.entities.list_classes() == []


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--month", "2014-05", "--id-field", "osm_ref"], EX_USAGE, "no id field 'osm_ref'"),
        (["--month", "2014-03", "--id-field", "osm_id"], EX_CANTCREAT, "older than"),
        (["--month", "2014-13", "--id-field", "osm_id"], EX_USAGE, "YYYY-MM"),
        (
            ["--month", "2014-05", "--id-field", "osm_id", "--crs", "EPSG:28992"],
            EX_USAGE,
            "is the CRS right?",
        ),
    ],
    ids=["missing-id-field", "older-month", "bad-month", "wrong-crs"],
)
def test_bad_deliveries_are_refused_and_the_store_is_unchanged(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    first = OSM_MONTHS[0]
    assert (
        _twin(
            tmp_path,
            "entities",
            "import",
            "osm",
            str(osm_delivery(first)),
            "--month",
            first,
            "--id-field",
            "osm_id",
        )[0]
        == 0
    )
    got, _, err = _twin(tmp_path, "entities", "import", "osm", str(osm_delivery("2014-05")), *args)
    assert got == code and message in " ".join(err.split())
    with open_stores(_settings(tmp_path)) as stores:
        [cls] = stores.entities.list_classes()
        assert (cls.latest_month, cls.entities) == (first, len(_features(first)))


def test_a_delivery_in_another_crs_needs_crs(tmp_path: Path) -> None:
    import geopandas as gpd

    first, second = OSM_MONTHS[:2]
    assert (
        _twin(
            tmp_path,
            "entities",
            "import",
            "osm",
            str(osm_delivery(first)),
            "--month",
            first,
            "--id-field",
            "osm_id",
        )[0]
        == 0
    )
    # The same real month-end state, delivered in Web Mercator.
    mercator = tmp_path / "mercator.geojson"
    gpd.read_file(osm_delivery(second)).to_crs("EPSG:3857").to_file(mercator, driver="GeoJSON")
    args = ["entities", "import", "osm", str(mercator), "--month", second, "--id-field", "osm_id"]
    code, _, err = _twin(tmp_path, *args)
    assert code == EX_USAGE and "differs from class 'osm'" in " ".join(err.split())
    code, out, err = _twin(tmp_path, *args, "--crs", "EPSG:3857")
    assert code == 0, err
    [report] = json.loads(out)
    expected = _expected(_features(first), _features(second))
    assert report["added"] == expected["added"] and report["removed"] == expected["removed"]


def test_lifecycle_extract_imports_its_monthly_states(tmp_path: Path) -> None:
    code, out, err = _twin(tmp_path, "entities", "import", "buildings", str(BGT_CUT), "--lifecycle")
    assert code == 0, err
    reports = json.loads(out)
    assert len(reports) > 5 and all(r["written"] for r in reports)
    code, out, _ = _twin(tmp_path, "entities", "import", "buildings", str(BGT_CUT), "--lifecycle")
    assert code == 0 and [r["already_imported"] for r in json.loads(out)] == [True]


def test_sigkill_during_an_import_leaves_the_previous_month(tmp_path: Path) -> None:
    big = tmp_path / "big.gpkg"
    total = replicated_footprints(600, big)  # 42,000 real footprints, repeated on a grid
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}
    twin = [sys.executable, "-c", "from twin.cli.main import app; app()", "entities", "import"]
    common = ["buildings", str(big), "--id-field", "id", "--data-dir", str(data)]
    first = subprocess.run(
        [*twin, *common, "--month", "2020-01"], env=env, capture_output=True, text=True
    )
    assert first.returncode == 0, first.stderr
    # No edits are invented to make a big second month: the kill goes into the first month
    # of a second class, which writes every row in one transaction beside the first class.
    proc = subprocess.Popen(
        [
            *twin,
            "fresh",
            str(big),
            "--id-field",
            "id",
            "--data-dir",
            str(data),
            "--month",
            "2020-02",
        ],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if "wrote" in line:  # the first batch is written, the transaction still open
                proc.send_signal(signal.SIGKILL)
                break
        assert proc.wait(timeout=60) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
    with open_stores(_settings(data)) as stores:
        names = [c.name for c in stores.entities.list_classes()]
        assert names == ["buildings"]
        assert stores.entities.get_class("buildings").entities == total
        items, matched = stores.entities.items("buildings", "2020-02", limit=1)
        assert matched == total
    # Nothing is left locked or half-written: the same import now succeeds.
    again = subprocess.run(
        [
            *twin,
            "fresh",
            str(big),
            "--id-field",
            "id",
            "--data-dir",
            str(data),
            "--month",
            "2020-02",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0, again.stderr


def test_without_ids_the_real_split_is_reported(tmp_path: Path) -> None:
    """In 2014-05 one OSM way was deleted and three new ways cover its footprint (a map edit):
    matched by geometry, that is a split; matched by id, a removal and additions."""
    first, second = OSM_MONTHS[:2]
    for month in (first, second):
        code, out, err = _twin(
            tmp_path, "entities", "import", "osmgeo", str(osm_delivery(month)), "--month", month
        )
        assert code == 0, err
    [report] = json.loads(out)
    assert report["matched_by"] == "geometry"
    expected = _expected(_features(first), _features(second))
    [split] = report["splits"]
    assert len(split["from"]) == 1 and len(split["into"]) == 3
    assert report["counts"]["removed"] == len(expected["removed"]) == 1  # type: ignore[arg-type]
    assert report["counts"]["added"] == len(expected["added"])  # type: ignore[arg-type]
