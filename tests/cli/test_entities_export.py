"""`twin entities export`: a month's state as CityJSON 2.0 / CityJSONSeq, read back by cjio."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import shapely
from entity_support import BGT_CUT, bgt_records
from typer.testing import CliRunner

from ingest_survey.readers.lifecycle import state_at
from twin.cli.main import app

runner = CliRunner()
MONTH = "2019-01"


def _twin(data_dir: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--data-dir", str(data_dir)], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout + result.stderr


def _footprint(document: dict, surfaces: list) -> shapely.Geometry:  # type: ignore[type-arg]
    scale, translate = document["transform"]["scale"], document["transform"]["translate"]
    vertices = np.asarray(document["vertices"], dtype=float) * scale + translate
    polygons = [
        shapely.Polygon(vertices[s[0], :2], [vertices[h, :2] for h in s[1:]]) for s in surfaces
    ]
    return shapely.MultiPolygon(polygons) if len(polygons) > 1 else polygons[0]


def _cjio_reader():  # type: ignore[no-untyped-def]
    """cjio's CityJSON reader, without what its import does to the whole process.

    Importing cjio.cityjson replaces the json module's float encoder with one that rounds
    (json.encoder.float = FloatEncoder, c_make_encoder = None): every json.dumps after it, the
    tilesets' bounding regions included, would lose digits. Put the encoder back.
    """
    c_make_encoder = json.encoder.c_make_encoder  # type: ignore[attr-defined]
    from cjio import cityjson

    json.encoder.c_make_encoder = c_make_encoder  # type: ignore[attr-defined]
    # json.encoder finds the builtin float when the module has no `float` of its own.
    vars(json.encoder).pop("float", None)
    assert json.dumps(0.1234567890123) == "0.1234567890123"
    return cityjson.reader


def test_cityjson_export_holds_the_months_state(tmp_path: Path) -> None:
    reader = _cjio_reader()
    assert _twin(tmp_path, "entities", "import", "buildings", str(BGT_CUT), "--lifecycle")[0] == 0
    out = tmp_path / "buildings.city.json"
    code, text = _twin(
        tmp_path, "entities", "export", "buildings", "--month", MONTH, "--out", str(out)
    )
    assert code == 0, text
    expected = {r.object_id: r for r in state_at(bgt_records(), MONTH)}
    with out.open() as stream:
        model = reader(file=stream)  # cjio's own reader
    assert model.get_version() == "2.0" and model.get_epsg() == 28992
    assert set(model.j["CityObjects"]) == set(expected)
    document = json.loads(out.read_text())
    for object_id, city_object in document["CityObjects"].items():
        assert city_object["type"] == "Building"
        [geometry] = city_object["geometry"]
        footprint = _footprint(document, geometry["boundaries"])
        assert shapely.equals_exact(
            shapely.normalize(footprint),
            shapely.normalize(expected[object_id].footprint),
            tolerance=0.0015,
        )


def test_cityjsonseq_export_is_read_by_cjio(tmp_path: Path) -> None:
    assert _twin(tmp_path, "entities", "import", "buildings", str(BGT_CUT), "--lifecycle")[0] == 0
    out = tmp_path / "buildings.city.jsonl"
    assert (
        _twin(tmp_path, "entities", "export", "buildings", "--month", MONTH, "--out", str(out))[0]
        == 0
    )
    lines = out.read_text().splitlines()
    assert json.loads(lines[0])["type"] == "CityJSON"
    assert all(json.loads(line)["type"] == "CityJSONFeature" for line in lines[1:])
    assert len(lines) - 1 == len(state_at(bgt_records(), MONTH))
    cjio = [sys.executable, "-c", "from cjio.cjio import cli; cli()", "stdin", "info"]
    info = subprocess.run(cjio, input=out.read_text(), capture_output=True, text=True, timeout=120)
    assert info.returncode == 0, info.stderr
    assert f"Building ({len(lines) - 1})" in info.stdout + info.stderr
    assert not list(tmp_path.glob(".*.partial"))
