"""EPANET 2.2 `.inp` water networks: junctions, reservoirs and tanks; pipes, pumps and valves.

Units follow the file's [OPTIONS] Units (EPANET 2.2 manual, table "Units of measurement"): US flow
units (CFS, GPM, MGD, IMGD, AFD) mean feet and inches, SI ones (LPS, LPM, MLD, CMH, CMD) metres
and millimetres. EPANET files carry no CRS: give one (`--crs`) for real coordinates.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from pyproj import CRS

from ingest_survey.crs import resolve_crs
from ingest_survey.errors import InvalidFeatureError
from ingest_survey.readers.inp import (
    Row,
    Sections,
    column,
    coordinates,
    numbers,
    polylines,
    read_sections,
    require,
)
from ingest_survey.readers.networks import Network, require_nodes

SECTIONS = frozenset(
    {
        "TITLE",
        "JUNCTIONS",
        "RESERVOIRS",
        "TANKS",
        "PIPES",
        "PUMPS",
        "VALVES",
        "TAGS",
        "DEMANDS",
        "STATUS",
        "PATTERNS",
        "CURVES",
        "CONTROLS",
        "RULES",
        "ENERGY",
        "EMITTERS",
        "QUALITY",
        "SOURCES",
        "REACTIONS",
        "MIXING",
        "TIMES",
        "REPORT",
        "OPTIONS",
        "COORDINATES",
        "VERTICES",
        "LABELS",
        "BACKDROP",
        "END",
        "LEAKS",
    }
)
US_FLOW_UNITS = frozenset({"CFS", "GPM", "MGD", "IMGD", "AFD"})
SI_FLOW_UNITS = frozenset({"LPS", "LPM", "MLD", "CMH", "CMD"})
FOOT_M = 0.3048
INCH_M = 0.0254
# EPANET times: decimal hours or h:mm[:ss], optionally with a unit or AM/PM.
_TIME = re.compile(r"^(\d+(\.\d*)?|\.\d+|\d+:\d{1,2}(:\d{1,2})?)$")
_TIME_UNITS = frozenset(
    {"SEC", "SECONDS", "MIN", "MINUTES", "HOUR", "HOURS", "DAY", "DAYS", "AM", "PM"}
)
_TIME_KEYS = ("DURATION", "HYDRAULIC", "QUALITY", "RULE", "PATTERN", "REPORT", "START")


def _units(sections: Sections, path: Path) -> tuple[float, float]:
    """(metres per length unit, metres per diameter unit) from [OPTIONS] Units."""
    for row in sections.get("OPTIONS", []):
        if row.fields[0].upper() == "UNITS" and len(row.fields) > 1:
            unit = row.fields[1].upper()
            if unit in US_FLOW_UNITS:
                return FOOT_M, INCH_M
            if unit in SI_FLOW_UNITS:
                return 1.0, 0.001
            raise InvalidFeatureError(
                f"[OPTIONS] line {row.line}: unknown flow units '{unit}'",
                path=path,
                row=f"line {row.line}",
                field="Units",
            )
    return FOOT_M, INCH_M  # EPANET's default is GPM


def _check_times(rows: list[Row], path: Path) -> None:
    for row in rows:
        words = [w.upper() for w in row.fields]
        if words[0] not in _TIME_KEYS or words[0] == "START" and "CLOCKTIME" in words:
            continue
        values = [w for w in words[1:] if w not in ("TIMESTEP", "START", "CLOCKTIME")]
        if words[0] == "REPORT" and len(words) > 1 and words[1] == "START":
            values = words[2:]
        if (
            not values
            or not _TIME.match(values[0])
            or any(v not in _TIME_UNITS for v in values[1:])
        ):
            raise InvalidFeatureError(
                f"[TIMES] line {row.line}: '{' '.join(row.fields)}' is not a valid time "
                "(decimal hours or h:mm[:ss], optionally with a unit)",
                path=path,
                row=f"line {row.line}",
                field=" ".join(row.fields[:-1] or row.fields),
            )


def read_epanet(path: str | Path, *, crs: str | CRS | None = None) -> Network:
    """Read an EPANET network; every error names the section, line and element."""
    path = Path(path)
    sections = read_sections(path, SECTIONS)
    _check_times(sections.get("TIMES", []), path)
    length_m, diameter_m = _units(sections, path)
    junctions = sections.get("JUNCTIONS", [])
    reservoirs = sections.get("RESERVOIRS", [])
    tanks = sections.get("TANKS", [])
    node_ids = np.array(
        column(junctions, 0, "id", "JUNCTIONS", path)
        + column(reservoirs, 0, "id", "RESERVOIRS", path)
        + column(tanks, 0, "id", "TANKS", path),
        dtype=str,
    )
    elevation = (
        np.concatenate(
            [
                numbers(junctions, 1, "elevation", "JUNCTIONS", path, default="0"),
                numbers(reservoirs, 1, "head", "RESERVOIRS", path),
                numbers(tanks, 1, "elevation", "TANKS", path),
            ]
        )
        * length_m
    )
    kind = np.array(
        ["junction"] * len(junctions) + ["reservoir"] * len(reservoirs) + ["tank"] * len(tanks),
        dtype=object,
    )
    pipes = require(sections, "PIPES", path)
    pumps = sections.get("PUMPS", [])
    valves = sections.get("VALVES", [])
    links = pipes + pumps + valves
    seg_ids = np.array(column(links, 0, "id", "PIPES", path), dtype=str)
    start = np.array(column(links, 1, "start node", "PIPES", path), dtype=str)
    end = np.array(column(links, 2, "end node", "PIPES", path), dtype=str)
    seg_from = require_nodes(node_ids, start, seg_ids, "start node", path)
    seg_to = require_nodes(node_ids, end, seg_ids, "end node", path)
    diameter = np.concatenate(
        [
            numbers(pipes, 4, "diameter", "PIPES", path) * diameter_m,
            np.full(len(pumps), np.nan),
            numbers(valves, 3, "diameter", "VALVES", path) * diameter_m,
        ]
    )
    length = np.concatenate(
        [
            numbers(pipes, 3, "length", "PIPES", path) * length_m,
            np.full(len(pumps) + len(valves), np.nan),
        ]
    )
    bad = (diameter <= 0) | (length <= 0)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        field = "diameter" if diameter[i] <= 0 else "length"
        raise InvalidFeatureError(
            f"link '{seg_ids[i]}' has a {field} of "
            f"{diameter[i] if field == 'diameter' else length[i]:g}: it "
            "must be positive",
            path=path,
            row=str(seg_ids[i]),
            field=field,
        )
    node_xy = coordinates(sections, node_ids, path)
    seg_xy, offsets = polylines(sections, seg_ids, node_xy, seg_from, seg_to, path)
    link_type = np.array(
        ["pipe"] * len(pipes) + ["pump"] * len(pumps) + ["valve"] * len(valves), dtype=object
    )
    roughness = np.concatenate(
        [numbers(pipes, 5, "roughness", "PIPES", path), np.full(len(pumps) + len(valves), np.nan)]
    )
    status = np.array(
        column(pipes, 7, "status", "PIPES", path, default="Open")
        + ["Open"] * len(pumps)
        + column(valves, 4, "type", "VALVES", path),
        dtype=object,
    )
    n = seg_ids.size
    return Network(
        path=path,
        crs=_optional_crs(crs, path),
        pipeline_type="water",
        node_ids=node_ids.astype(object),
        node_xy=node_xy,
        node_kind=kind,
        node_ground=elevation,
        node_invert=np.full(node_ids.size, np.nan),
        seg_ids=seg_ids.astype(object),
        seg_from=seg_from,
        seg_to=seg_to,
        seg_xy=seg_xy,
        seg_offsets=offsets,
        seg_shape=np.full(n, "circular", dtype=object),
        seg_diameter_m=diameter,
        seg_width_m=np.full(n, np.nan),
        seg_height_m=np.full(n, np.nan),
        seg_depth=np.full((n, 2), np.nan),
        seg_invert=np.full((n, 2), np.nan),
        seg_length_m=length,
        seg_is_valve=link_type == "valve",
        seg_attributes={"link_type": link_type, "roughness": roughness, "status": status},
        assumed={"ground": "EPANET node elevations taken as the ground where no DEM is given"},
    )


def _optional_crs(crs: str | CRS | None, path: Path) -> CRS | None:
    """.inp files carry no CRS: the user's, or None (the builder then asks for one)."""
    return None if crs is None else resolve_crs(None, crs, path=path, option="--crs")
