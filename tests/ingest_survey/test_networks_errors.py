"""Bad networks: a clear error naming the element, and nothing half-written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import wntr
from citydata import SAMPLES, TEST_DATA

from ingest_survey.convert.pipes import build_pipes
from ingest_survey.errors import IngestError, MissingCRSError, UnsupportedFormatError
from ingest_survey.readers.networks import read_network

NETWORKS = TEST_DATA / "networks"
WNTR_BAD = Path(wntr.__file__).parent / "tests" / "networks_for_testing"
MONACO_GAS = SAMPLES / "monaco" / "gas_pipeline.geojson"
KY4 = SAMPLES / "ky4" / "ky4.inp"


def _build_fails(tmp_path: Path, source: Path, **kwargs: object) -> IngestError:
    out = tmp_path / "out"
    with pytest.raises(IngestError) as info:
        build_pipes(source, out, **kwargs)  # type: ignore[arg-type]
    # Nothing half-written: no output, no staging folder beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == []
    assert not out.exists()
    return info.value


def test_wntr_bad_syntax_names_the_section(tmp_path: Path) -> None:
    error = _build_fails(tmp_path, WNTR_BAD / "bad_syntax.inp", crs="EPSG:3547")
    assert isinstance(error, UnsupportedFormatError)
    assert "[FOO]" in str(error) and "line 330" in str(error)


def test_wntr_bad_values_names_the_pipe_and_node(tmp_path: Path) -> None:
    error = _build_fails(tmp_path, WNTR_BAD / "bad_values.inp", crs="EPSG:3547")
    assert error.row == "pipe2" and "'node1'" in str(error)


def test_wntr_bad_times_names_the_entry(tmp_path: Path) -> None:
    error = _build_fails(tmp_path, WNTR_BAD / "bad_times.inp", crs="EPSG:3547")
    assert "[TIMES]" in str(error) and "0:00:00:00" in str(error)


@pytest.mark.parametrize("section", ["PIPES", "COORDINATES"])
def test_missing_section(tmp_path: Path, section: str) -> None:
    text = KY4.read_text()
    start = text.index(f"[{section}]")
    stop = text.index("[", start + 1)
    bad = tmp_path / "cut.inp"
    bad.write_text(text[:start] + text[stop:])
    error = _build_fails(tmp_path, bad, crs="EPSG:3547")
    assert error.field == section and f"[{section}]" in str(error)


def test_negative_diameter_names_the_pipe(tmp_path: Path) -> None:
    text = re.sub(r"(?m)^( P-1\s+J-1\s+J-34\s+[\d.]+\s+)6", r"\g<1>-6", KY4.read_text())
    assert "\t-6" in text
    bad = tmp_path / "neg.inp"
    bad.write_text(text)
    error = _build_fails(tmp_path, bad, crs="EPSG:3547")
    assert error.row == "P-1" and error.field == "diameter"


def _monaco_with(tmp_path: Path, **props: object) -> Path:
    doc = json.loads(MONACO_GAS.read_text())
    for key, value in props.items():
        doc["features"][1]["properties"][key] = value
    path = tmp_path / "gas.geojson"
    path.write_text(json.dumps(doc))
    return path


def test_negative_depth_names_the_segment(tmp_path: Path) -> None:
    error = _build_fails(tmp_path, _monaco_with(tmp_path, depth_from=-1.2, depth_to=1.0))
    assert error.row == "722801035" and error.field == "depth"


def test_negative_diameter_in_gis_lines(tmp_path: Path) -> None:
    error = _build_fails(tmp_path, _monaco_with(tmp_path, diameter_mm=-150))
    assert error.row == "722801035" and error.field == "diameter"


def test_segment_end_that_is_not_a_node(tmp_path: Path) -> None:
    junctions = json.loads((NETWORKS / "ky4_junctions.geojson").read_text())
    junctions["features"] = [f for f in junctions["features"] if f["properties"]["name"] != "J-34"]
    cut = tmp_path / "junctions.geojson"
    cut.write_text(json.dumps(junctions))
    nodes = [cut, NETWORKS / "ky4_tanks.geojson", NETWORKS / "ky4_reservoirs.geojson"]
    error = _build_fails(
        tmp_path,
        NETWORKS / "ky4_pipes.geojson",
        read_options={"nodes": nodes, "diameter_unit": "m"},
    )
    touching = [
        f["properties"]["name"]
        for f in json.loads((NETWORKS / "ky4_pipes.geojson").read_text())["features"]
        if "J-34" in (f["properties"]["start_node_name"], f["properties"]["end_node_name"])
    ]
    assert "'J-34'" in str(error) and error.row in touching


def test_segment_end_not_at_a_node_position(tmp_path: Path) -> None:
    pipes = json.loads((NETWORKS / "ky4_pipes.geojson").read_text())
    for feature in pipes["features"]:  # no from/to ids: ends are matched by position
        del feature["properties"]["start_node_name"], feature["properties"]["end_node_name"]
    pipes["features"][0]["geometry"]["coordinates"][-1][0] += 25.0
    path = tmp_path / "pipes.geojson"
    path.write_text(json.dumps(pipes))
    nodes = [NETWORKS / f"ky4_{k}.geojson" for k in ("junctions", "tanks", "reservoirs")]
    error = _build_fails(tmp_path, path, read_options={"nodes": nodes, "diameter_unit": "m"})
    assert error.row == "P-1" and "is not a node" in str(error)


def test_epanet_without_crs_asks_for_one(tmp_path: Path) -> None:
    error = _build_fails(tmp_path, KY4)
    assert isinstance(error, MissingCRSError) and error.field == "--crs"


def test_swmm_title_crs_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    error = _build_fails(tmp_path, NETWORKS / "model_state_plane.inp")
    assert "Missouri" in str(error) and error.field == "--crs"


def test_unknown_format() -> None:
    with pytest.raises(UnsupportedFormatError):
        read_network(NETWORKS / "SOURCE.md")


@pytest.mark.parametrize(
    ("geometry", "named"),
    [
        ({"type": "Polygon", "coordinates": [[[0, 0], [9, 0], [9, 9], [0, 0]]]}, "is a Polygon"),
        (
            {"type": "MultiPolygon", "coordinates": [[[[0, 0], [9, 0], [9, 9], [0, 0]]]]},
            "is a MultiPolygon",
        ),
        ({"type": "Point", "coordinates": [0, 0]}, "is a Point"),
        (
            {
                "type": "GeometryCollection",
                "geometries": [{"type": "Point", "coordinates": [0, 0]}],
            },
            "is a GeometryCollection",
        ),
        (None, "has no geometry"),
        (
            {"type": "MultiLineString", "coordinates": [[[0, 0], [9, 0]], [[50, 50], [60, 60]]]},
            "MultiLineString of 2 parts",
        ),
    ],
    ids=["polygon", "multipolygon", "point", "collection", "null", "disjoint-multiline"],
)
def test_gis_pipes_refuse_what_is_not_one_line(
    tmp_path: Path, geometry: dict[str, object] | None, named: str
) -> None:
    line = {"type": "LineString", "coordinates": [[0, 0], [9, 0]]}
    features = [
        {"type": "Feature", "properties": {"id": fid}, "geometry": geom}
        for fid, geom in (("ok-1", line), ("bad-2", geometry))
    ]
    path = tmp_path / "lines.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    error = _build_fails(tmp_path, path, crs="EPSG:4326")
    assert error.row == "bad-2" and error.field == "geometry"
    assert named in str(error)
    assert not re.search(r"\ba \d+ geometry\b", str(error))  # no type numbers
