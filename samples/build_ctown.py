"""Regenerate the C-Town monitoring sample (samples/ctown/, tests/data/monitoring/) from BATADAL.

Usage: python samples/build_ctown.py --source DIR   (DIR: the shared data folder)

Source: the BATADAL benchmark (Taormina et al. 2018, CC BY 4.0): C-Town's EPANET model
`CTown.inp` and the hourly SCADA readings `BATADAL_dataset04.csv`. These readings are
**simulated benchmark readings** (made by the benchmark's authors with EPANET, 219 hours flagged
as attacks), not field measurements; every sensor carries that label.

Place: C-Town is a fictional town. Its model's coordinates are taken as metres in EPSG:3857
(Web Mercator), which puts it in the Gulf of Guinea near 2.2 W, 1.3 N: an assumed place, labelled
so in every sensor's properties. Thresholds come from the data itself: warning at the 1st and
99th percentiles and alarm at the minimum and maximum of the hours *not* flagged as attacks,
with a hysteresis of 2 % of that range; tank levels are bounded by the tanks' own MinLevel and
MaxLevel from CTown.inp; flows get upper limits only (a stopped pump has zero flow). Pump
and valve states (0/1) get no thresholds.
"""

from __future__ import annotations

import argparse
import csv
import shutil
from datetime import UTC
from pathlib import Path

import numpy as np
import pandas as pd
from pyproj import Transformer

REPO = Path(__file__).resolve().parents[1]
ASSUMED_CRS = "EPSG:3857"
LABEL = "simulated benchmark readings (BATADAL, C-Town)"
PLACE = "C-Town, a fictional town: model coordinates read as EPSG:3857 metres (assumed place)"
AGENCY = "ctown-water"
SAMPLE_HOURS = 24 * 7  # samples/: the first week; tests/data: the first two days
TEST_HOURS = 48
KIND_BY_PREFIX = {"L": ("level", "m"), "F": ("flow", "L/s"), "S": ("status", "1"),
                  "P": ("pressure", "m")}  # fmt: skip
HEADER = ["id", "name", "kind", "unit", "lon", "lat", "layer", "entity", "agency",
          "warning_low", "warning_high", "alarm_low", "alarm_high", "hysteresis",
          "expected_interval_s", "label", "place"]  # fmt: skip


def _sections(inp: Path) -> dict[str, list[list[str]]]:
    sections: dict[str, list[list[str]]] = {}
    current = ""
    for line in inp.read_text().splitlines():
        line = line.split(";")[0].strip()
        if line.startswith("["):
            current = line.strip("[]").upper()
            sections.setdefault(current, [])
        elif line:
            sections[current].append(line.split())
    return sections


def _places(inp: Path) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[str, str]]]:
    sections = _sections(inp)
    xy = {row[0]: (float(row[1]), float(row[2])) for row in sections["COORDINATES"]}
    links = {row[0]: (row[1], row[2]) for s in ("PIPES", "PUMPS", "VALVES") for row in sections[s]}
    return xy, links


def build(source: Path) -> None:
    """Write samples/ctown/ and tests/data/monitoring/ from ``source``/monitoring/batadal_ctown."""
    folder = source / "monitoring" / "batadal_ctown"
    inp = folder / "CTown.inp"
    data = pd.read_csv(folder / "BATADAL_dataset04.csv", skipinitialspace=True)
    data.columns = [c.strip() for c in data.columns]
    times = pd.to_datetime(data["DATETIME"], format="%d/%m/%y %H").dt.tz_localize(UTC)
    calm = data[data["ATT_FLAG"] == 0]
    xy, links = _places(inp)
    tanks = {row[0]: (float(row[3]), float(row[4])) for row in _sections(inp)["TANKS"]}
    to_lonlat = Transformer.from_crs(ASSUMED_CRS, "EPSG:4326", always_xy=True)
    sensors = []
    for column in data.columns[1:-1]:
        prefix, entity = column.split("_", 1)
        kind, unit = KIND_BY_PREFIX[prefix]
        if entity in xy:
            x, y = xy[entity]
        else:  # a pump or valve: the middle of its link
            a, b = links[entity]
            x, y = (xy[a][0] + xy[b][0]) / 2, (xy[a][1] + xy[b][1]) / 2
        lon, lat = to_lonlat.transform(x, y)
        row = {"id": f"ctown-{column}", "name": column, "kind": kind, "unit": unit,
               "lon": round(lon, 8), "lat": round(lat, 8), "layer": "ctown", "entity": entity,
               "agency": AGENCY, "expected_interval_s": 3600, "label": LABEL,
               "place": PLACE}  # fmt: skip
        if kind != "status":
            values = calm[column].to_numpy(float)
            low, high = float(values.min()), float(values.max())
            if kind == "level":
                low, high = tanks[entity]
            p1, p99 = (float(v) for v in np.percentile(values, [1, 99]))
            row |= {"warning_low": round(max(p1, low), 3), "warning_high": round(min(p99, high), 3),
                    "alarm_low": round(low, 3), "alarm_high": round(high, 3),
                    "hysteresis": round(0.02 * (high - low), 3)}  # fmt: skip
            if kind == "flow":
                # A stopped pump has zero flow, a normal state: flows get upper limits only.
                row["warning_low"] = row["alarm_low"] = None
        sensors.append(row)
    out = REPO / "samples" / "ctown"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(inp, out / "CTown.inp")
    tests = REPO / "tests" / "data" / "monitoring"
    tests.mkdir(parents=True, exist_ok=True)
    for target in (out / "sensors.csv", tests / "ctown_sensors.csv"):
        with target.open("w", newline="") as f:
            writer = csv.DictWriter(f, HEADER)
            writer.writeheader()
            writer.writerows(sensors)
    for target, hours in (
        (out / "readings.csv", SAMPLE_HOURS),
        (tests / "batadal_48h.csv", TEST_HOURS),
    ):
        with target.open("w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["sensor", "time", "value", "unit", "attack"])
            for i in range(hours):
                when = times[i].isoformat().replace("+00:00", "Z")
                for row in sensors:
                    value = data[row["name"]].iloc[i]
                    writer.writerow([row["id"], when, f"{value:g}", row["unit"],
                                     int(data["ATT_FLAG"].iloc[i])])  # fmt: skip
    print(
        f"{len(sensors)} sensors; readings of {SAMPLE_HOURS} h -> {out}, {TEST_HOURS} h -> {tests}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True)
    build(parser.parse_args().source)
