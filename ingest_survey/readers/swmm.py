"""SWMM 5 `.inp` drainage networks: junctions (manholes), outfalls, storage, dividers; conduits and
the other links, with cross-sections, inverts and offsets.

SWMM 5.2 user manual, appendix D: [JUNCTIONS] Elevation is the invert and MaxDepth the depth to
the rim (the ground); conduit InOffset/OutOffset lift each end above its node's invert (or are
elevations with LINK_OFFSETS ELEVATION). US flow units (CFS, GPM, MGD) mean feet, SI ones (CMS,
LPS, MLD) metres. A title like "init=EPSG:2817" is the only CRS a SWMM file can carry.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import resolve_crs
from ingest_survey.readers.inp import (
    Row,
    Sections,
    as_numbers,
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
        "OPTIONS",
        "EVAPORATION",
        "RAINGAGES",
        "SUBCATCHMENTS",
        "SUBAREAS",
        "INFILTRATION",
        "AQUIFERS",
        "GROUNDWATER",
        "GWF",
        "SNOWPACKS",
        "JUNCTIONS",
        "OUTFALLS",
        "DIVIDERS",
        "STORAGE",
        "CONDUITS",
        "PUMPS",
        "ORIFICES",
        "WEIRS",
        "OUTLETS",
        "XSECTIONS",
        "TRANSECTS",
        "STREETS",
        "INLETS",
        "INLET_USAGE",
        "LOSSES",
        "CONTROLS",
        "POLLUTANTS",
        "LANDUSES",
        "COVERAGES",
        "LOADINGS",
        "BUILDUP",
        "WASHOFF",
        "TREATMENT",
        "INFLOWS",
        "DWF",
        "RDII",
        "HYDROGRAPHS",
        "CURVES",
        "TIMESERIES",
        "PATTERNS",
        "REPORT",
        "TAGS",
        "MAP",
        "COORDINATES",
        "VERTICES",
        "POLYGONS",
        "SYMBOLS",
        "LABELS",
        "BACKDROP",
        "PROFILES",
        "FILES",
        "ADJUSTMENTS",
        "EVENTS",
        "TEMPERATURE",
        "LID_CONTROLS",
        "LID_USAGE",
        "END",
    }
)
US_FLOW_UNITS = frozenset({"CFS", "GPM", "MGD"})
FOOT_M = 0.3048
BOX_SHAPES = frozenset(
    {"RECT_CLOSED", "RECT_OPEN", "RECT_TRIANGULAR", "RECT_ROUND", "MODBASKETHANDLE", "TRAPEZOIDAL"}
)
_TITLE_CRS = re.compile(r"(EPSG:\d+)", re.IGNORECASE)
NODE_SECTIONS = (
    ("JUNCTIONS", "manhole"),
    ("OUTFALLS", "outfall"),
    ("DIVIDERS", "manhole"),
    ("STORAGE", "storage"),
)
LINK_SECTIONS = ("CONDUITS", "PUMPS", "ORIFICES", "WEIRS", "OUTLETS")


def _option(sections: Sections, name: str, default: str) -> str:
    for row in sections.get("OPTIONS", []):
        if row.fields[0].upper() == name and len(row.fields) > 1:
            return row.fields[1].upper()
    return default


def title_crs(sections: Sections) -> str | None:
    """An `EPSG:n` named in the [TITLE] (swmmio's convention), else None."""
    for row in sections.get("TITLE", []):
        match = _TITLE_CRS.search(" ".join(row.fields))
        if match:
            return match.group(1).upper()
    return None


def _nodes(
    sections: Sections, path: Path, unit: float
) -> tuple[NDArray[np.str_], NDArray[np.float64], NDArray[np.float64], NDArray]:
    ids: list[str] = []
    invert: list[NDArray[np.float64]] = []
    depth: list[NDArray[np.float64]] = []
    kinds: list[str] = []
    for name, kind in NODE_SECTIONS:
        rows = sections.get(name, [])
        ids += column(rows, 0, "name", name, path)
        invert.append(numbers(rows, 1, "elevation", name, path) * unit)
        # Outfalls have no depth: their rim is unknown (the builder takes the ground).
        max_depth = (
            numbers(rows, 2, "max depth", name, path)
            if name in ("JUNCTIONS", "STORAGE")
            else np.full(len(rows), np.nan)
        )
        depth.append(np.where(max_depth > 0, max_depth * unit, np.nan))
        kinds += [kind] * len(rows)
    return (
        np.array(ids, dtype=str),
        np.concatenate(invert),
        np.concatenate(depth),
        np.array(kinds, dtype=object),
    )


def _xsections(
    sections: Sections, seg_ids: NDArray[np.str_], path: Path, unit: float
) -> tuple[NDArray, NDArray[np.float64], NDArray[np.float64], NDArray]:
    """Shape, height (or diameter), width and SWMM shape name of every link."""
    rows = sections.get("XSECTIONS", [])
    links = np.array(column(rows, 0, "link", "XSECTIONS", path), dtype=str)
    index = require_nodes(seg_ids, links, links, "link", path) if rows else np.empty(0, np.intp)
    swmm_shape = np.full(seg_ids.size, "", dtype=object)
    geom1 = np.full(seg_ids.size, np.nan)
    geom2 = np.full(seg_ids.size, np.nan)
    swmm_shape[index] = [s.upper() for s in column(rows, 1, "shape", "XSECTIONS", path)]
    custom = np.isin(swmm_shape[index], ["CUSTOM", "IRREGULAR", "STREET"])
    g1 = np.array(column(rows, 2, "geom1", "XSECTIONS", path), dtype=object)
    g1[custom] = "nan"  # transect or curve names, not sizes
    geom1[index] = as_numbers(rows, g1, "geom1", "XSECTIONS", path) * unit
    geom2[index] = numbers(rows, 3, "geom2", "XSECTIONS", path, default="0") * unit
    box = np.isin(swmm_shape, list(BOX_SHAPES))
    shape = np.where(box, "box", "circular").astype(object)
    return shape, geom1, np.where(box, geom2, np.nan), swmm_shape


def read_swmm(path: str | Path, *, crs: str | CRS | None = None) -> Network:
    """Read a SWMM network; every error names the section, line and element."""
    path = Path(path)
    sections = read_sections(path, SECTIONS)
    unit = FOOT_M if _option(sections, "FLOW_UNITS", "CFS") in US_FLOW_UNITS else 1.0
    offsets_are_elevations = _option(sections, "LINK_OFFSETS", "DEPTH") == "ELEVATION"
    node_ids, node_invert, max_depth, kind = _nodes(sections, path, unit)
    require(sections, "CONDUITS", path)
    links: list[Row] = []
    link_type: list[str] = []
    for name in LINK_SECTIONS:
        rows = sections.get(name, [])
        links += rows
        link_type += [name.lower().rstrip("s")] * len(rows)
    seg_ids = np.array(column(links, 0, "name", "CONDUITS", path), dtype=str)
    seg_from = require_nodes(
        node_ids,
        np.array(column(links, 1, "from node", "CONDUITS", path), dtype=str),
        seg_ids,
        "from node",
        path,
    )
    seg_to = require_nodes(
        node_ids,
        np.array(column(links, 2, "to node", "CONDUITS", path), dtype=str),
        seg_ids,
        "to node",
        path,
    )
    conduits = sections["CONDUITS"]
    nc = len(conduits)
    length = np.r_[
        numbers(conduits, 3, "length", "CONDUITS", path) * unit, np.full(seg_ids.size - nc, np.nan)
    ]
    offset = np.full((seg_ids.size, 2), np.nan)
    offset[:nc, 0] = numbers(conduits, 5, "inlet offset", "CONDUITS", path, default="0") * unit
    offset[:nc, 1] = numbers(conduits, 6, "outlet offset", "CONDUITS", path, default="0") * unit
    ends = np.column_stack([seg_from, seg_to])
    invert = offset if offsets_are_elevations else node_invert[ends] + np.nan_to_num(offset)
    shape, height, width, swmm_shape = _xsections(sections, seg_ids, path, unit)
    node_xy = coordinates(sections, node_ids, path)
    seg_xy, seg_offsets = polylines(sections, seg_ids, node_xy, seg_from, seg_to, path)
    box = shape == "box"
    file_crs = title_crs(sections)
    return Network(
        path=path,
        crs=resolve_crs(
            CRS.from_user_input(file_crs) if file_crs else None, crs, path=path, option="--crs"
        )
        if (crs or file_crs)
        else None,
        pipeline_type="drainage",
        node_ids=node_ids.astype(object),
        node_xy=node_xy,
        node_kind=kind,
        node_ground=node_invert + max_depth,
        node_invert=node_invert,
        seg_ids=seg_ids.astype(object),
        seg_from=seg_from,
        seg_to=seg_to,
        seg_xy=seg_xy,
        seg_offsets=seg_offsets,
        seg_shape=shape,
        seg_diameter_m=np.where(box, np.nan, height),
        seg_width_m=width,
        seg_height_m=np.where(box, height, np.nan),
        seg_depth=np.full((seg_ids.size, 2), np.nan),
        seg_invert=invert,
        seg_length_m=length,
        seg_is_valve=np.zeros(seg_ids.size, dtype=bool),
        seg_attributes={"link_type": np.array(link_type, dtype=object), "swmm_shape": swmm_shape},
    )
