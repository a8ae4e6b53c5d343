"""Job specs: JSON in, validated data out; every problem named by its field before any work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from citydata import SAMPLES
from typer.testing import CliRunner

from ingest_survey.job_specs import (
    InvalidSpecError,
    PointCloudJob,
    input_files,
    parse_spec,
    spec_to_json,
)
from twin.cli.main import app
from twin.cli.samples import sample_city


def test_spec_round_trips_through_json() -> None:
    spec = parse_spec(
        '{"kind": "pointcloud", "inputs": ["a.laz", "b.laz"], "options": {"crs": "EPSG:28992"},'
        ' "layer": "survey"}'
    )
    assert isinstance(spec, PointCloudJob)
    assert spec.options.max_points == 50_000  # defaults filled in
    again = parse_spec(spec_to_json(spec))
    assert again == spec
    assert json.loads(spec_to_json(spec))["options"]["crs"] == "EPSG:28992"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"kind": "mesh", "inputs": ["a"]}, "kind", "unknown job kind"),
        ({"inputs": ["a"]}, "kind", "unknown job kind"),
        ({"kind": "pointcloud", "inputs": []}, "inputs", "at least 1 item"),
        ({"kind": "pointcloud", "inputs": ["a"], "options": {"max_points": 0}},
         "options.max_points", "greater than or equal to 1"),
        ({"kind": "pointcloud", "inputs": ["a"], "options": {"max_pionts": 5}},
         "options.max_pionts", "Extra inputs are not permitted"),
        ({"kind": "buildings", "inputs": ["a", "b"]}, "inputs", "at most 1 item"),
        ({"kind": "buildings", "inputs": ["a"], "options": {"roof_percentile": 60}},
         "options.roof_percentile", "50, 70 or 90"),
        ({"kind": "terrain", "inputs": ["a"], "options": {"error_scale": -1}},
         "options.error_scale", "greater than 0"),
        ({"kind": "pipes", "inputs": ["a"], "options": {"diameter_unit": "ft"}},
         "options.diameter_unit", "'mm' or 'm'"),
        ({"kind": "pipes", "inputs": ["a"], "colour": "red"}, "colour", "Extra inputs"),
    ],
)  # fmt: skip
def test_bad_specs_are_refused_naming_the_field(data: dict, field: str, message: str) -> None:
    with pytest.raises(InvalidSpecError, match=message) as caught:
        parse_spec(data, source="job.json")
    assert caught.value.field == field
    assert caught.value.path == "job.json"


def test_not_json_is_refused() -> None:
    with pytest.raises(InvalidSpecError, match="Invalid JSON"):
        parse_spec("{kind: pipes")


def test_sample_city_is_specs_whose_files_ship_in_samples() -> None:
    specs = sample_city()
    layers = [s.layer for s in specs]
    assert len(layers) == len(set(layers)) == 12
    for spec in specs:
        for named in input_files(spec):
            if named.startswith("layer:"):
                # A layer input is built earlier in the list.
                assert layers.index(named[len("layer:") :]) < layers.index(spec.layer)
            else:
                assert (SAMPLES / named).is_file(), named


def test_job_run_publishes_a_spec_file(tmp_path: Path) -> None:
    spec = {
        "kind": "pipes",
        "layer": "ky4",
        "inputs": [str(SAMPLES / "ky4" / "ky4.inp")],
        "options": {"crs": "EPSG:3547", "terrain": "ky4_elevation.tif"},
    }
    # Relative inputs are relative to the spec's folder.
    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "ky4_elevation.tif").write_bytes((SAMPLES / "ky4" / "ky4_elevation.tif").read_bytes())
    (folder / "job.json").write_text(json.dumps(spec))
    data = tmp_path / "data"
    result = CliRunner().invoke(
        app, ["job", "run", str(folder / "job.json"), "--data-dir", str(data), "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert "published ky4 version" in result.output
    listed = CliRunner().invoke(app, ["layers", "--data-dir", str(data)])
    assert listed.output.startswith("ky4\tpipes\t")


def test_job_run_names_a_bad_field(tmp_path: Path) -> None:
    (tmp_path / "job.json").write_text('{"kind": "pipes", "inputs": ["x"], "layer": 3}')
    result = CliRunner().invoke(app, ["job", "run", str(tmp_path / "job.json")])
    assert result.exit_code != 0
    assert "job.json" in result.output and "layer" in result.output
