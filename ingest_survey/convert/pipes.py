"""A pipe network (+ terrain) -> a 3D Tiles 1.1 tileset of tubes at their burial depth + its graph.

Ground comes from the DEM (`terrain`) where given, else from the network's own node elevations.
Each segment's axis is placed from, in this order: its inverts (SWMM; axis = invert + half the
height), its declared cover depth (axis = ground - cover - half the height, following the ground
along the polyline), or an assumed cover from a published design standard, flagged as assumed in
the segment's `assumed` attribute and in the layer metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ingest_survey.crs import GEODETIC_3D, check_area_of_use, crs_name, transformer
from ingest_survey.errors import InvalidFeatureError, MissingCRSError
from ingest_survey.readers.dem import sample_dem
from ingest_survey.readers.networks import SOURCE_KINDS, Network, read_network
from ingest_survey.vertical import (
    UNKNOWN,
    VerticalInfo,
    horizontal_of,
    resolve_heights,
    to_ellipsoidal,
)
from tiling.frames import geodetic_to_ecef
from tiling.metadata import PropertyTable
from tiling.pipe_tiles import PipeTilingOptions, assemble_pipe_tileset, plan_pipe_tiles
from tiling.pipes import PipeGeometry, type_colors
from twin.networks import NPZ_NAME, NetworkGraph
from twin.storage import DataRef

from .executor import TaskExecutor
from .pipe_table import network_table
from .pipe_tasks import run_pipe_tiles
from .targets import Target, output

Progress = Callable[[str, int, int | None], None]

# Minimum cover (ground to pipe top) when the source gives none, from the design codes:
# gas GB 50028-2006 (城镇燃气设计规范) 6.3.4 item 1, under carriageways 0.9 m; water supply
# GB 50013-2018 (室外给水设计标准) and drainage GB 50014-2021 (室外排水设计标准), under
# carriageways 0.7 m. Other types: 0.7 m, an assumption with no standard behind it.
ASSUMED_COVER_M: dict[str, tuple[float, str]] = {
    "gas": (0.9, "GB 50028-2006 6.3.4 minimum cover under carriageways"),
    "water": (0.7, "GB 50013-2018 minimum cover under carriageways"),
    "drainage": (0.7, "GB 50014-2021 minimum cover under carriageways"),
}
DEFAULT_COVER = (0.7, "no standard: typical minimum cover")
ASSUMED_DIAMETER_M = (0.2, "no diameter in the source: DN200 assumed")
# Cables: the outer diameter of a common 4-core low-voltage cable (NAYY 4x150 SE, about 50 mm).
ASSUMED_CABLE_DIAMETER_M = (0.05, "no diameter in the source: a 4x150 mm2 cable, about 50 mm")
CABLE_TYPES = ("power", "telecom")
MANHOLE_RADIUS_M = 0.5  # a 1000 mm round chamber
HYDRANT_RADIUS_M = 0.1
HYDRANT_ABOVE_GROUND_M = 0.75
NO_SOURCE_HEIGHTS = VerticalInfo(
    None, None, None, None, "no heights in the source: placed under the terrain", False
)


@dataclass
class PipeBuildResult:
    """What a build wrote."""

    out: Path | None  # the folder written, or None for a target
    segments: int
    nodes: int
    shafts: int
    tiles: int
    region: list[float]
    assumed: dict[str, str] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    above_ground: int = 0
    crs: str | None = None  # the CRS the network was read in ("EPSG:3547", or WKT)
    vertical: dict[str, Any] | None = None  # VerticalInfo.meta() of the source's heights

    def meta(self) -> dict[str, Any]:
        """The layer metadata the catalog keeps."""
        return {
            "region": self.region,
            "features": self.segments + self.shafts,
            "segments": self.segments,
            "nodes": self.nodes,
            "tiles": self.tiles,
            "assumed": self.assumed,
            "pipeline_types": self.types,
            "above_ground": self.above_ground,
            "crs": self.crs,
            "vertical": self.vertical,
            "network": NPZ_NAME,
            "colour_standard": "CJJ 61-2017 appendix B",
        }


def _along(net: Network) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
    """Owner segment and fraction of length (0 at the start, 1 at the end) of every vertex."""
    owner = np.repeat(np.arange(net.n_segments), np.diff(net.seg_offsets))
    step = np.r_[0.0, np.linalg.norm(np.diff(net.seg_xy, axis=0), axis=1)]
    step[net.seg_offsets[:-1]] = 0.0
    cum = np.cumsum(step)
    cum -= np.repeat(cum[net.seg_offsets[:-1]], np.diff(net.seg_offsets))
    total = cum[net.seg_offsets[1:] - 1]
    frac = cum / np.where(total[owner] > 0, total[owner], 1.0)
    return owner, frac


def _ground(
    net: Network, terrain: Path | None, owner: NDArray[np.intp], frac: NDArray
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Ground at every polyline vertex and at every node."""
    ends = net.node_ground[np.column_stack([net.seg_from, net.seg_to])]
    from_nodes = ends[owner, 0] * (1 - frac) + ends[owner, 1] * frac
    if terrain is None:
        vertex, node = from_nodes, net.node_ground.copy()
    else:
        assert net.crs is not None
        xy = np.r_[net.seg_xy, net.node_xy]
        sampled = sample_dem(terrain, xy[:, 0], xy[:, 1], net.crs)
        vertex = np.where(np.isnan(sampled[: owner.size]), from_nodes, sampled[: owner.size])
        node = np.where(np.isnan(sampled[owner.size :]), net.node_ground, sampled[owner.size :])
    return vertex, node


def _cover(
    net: Network, types: NDArray[Any], assumed: dict[str, str]
) -> tuple[NDArray[np.float64], NDArray[np.bool_]]:
    depth = net.seg_depth.copy()
    missing = np.isnan(depth).all(axis=1) & np.isnan(net.seg_invert).any(axis=1)
    for t in np.unique(types[missing]):
        value, source = ASSUMED_COVER_M.get(str(t), DEFAULT_COVER)
        depth[missing & (types == t)] = value
        assumed[f"cover_{t}"] = f"{value} m ({source})"
    depth = np.where(np.isnan(depth), np.nanmax(depth, axis=1, initial=0.0)[:, None], depth)
    return depth, missing


def _axis_heights(
    net: Network, ground_v: NDArray, owner: NDArray, frac: NDArray, cover: NDArray, size_v: NDArray
) -> tuple[NDArray, NDArray[np.bool_]]:
    """Height of the axis at every vertex, and which segments the inverts placed."""
    by_invert = ~np.isnan(net.seg_invert).any(axis=1)
    inv = net.seg_invert[owner, 0] * (1 - frac) + net.seg_invert[owner, 1] * frac
    cov = cover[owner, 0] * (1 - frac) + cover[owner, 1] * frac
    z = np.where(by_invert[owner], inv + size_v / 2.0, ground_v - cov - size_v / 2.0)
    return z, by_invert


def _heights_to_ellipsoid(
    net: Network, vertical_crs: str | None, geoid: str | None
) -> VerticalInfo:
    """The source's ground and invert heights made ellipsoidal at their nodes (in place).

    A DEM is sampled ellipsoidal already; between nodes heights are interpolated, which the
    geoid, bilinear over 4.6 km cells, follows to millimetres along one segment.
    """
    assert net.crs is not None
    if np.isnan(net.node_ground).all() and np.isnan(net.seg_invert).all():
        return NO_SOURCE_HEIGHTS
    effective, vertical = resolve_heights(
        net.crs, vertical_crs=vertical_crs, geoid=geoid, path=net.path
    )
    if vertical.converted:
        x, y = net.node_xy[:, 0], net.node_xy[:, 1]
        offset = to_ellipsoidal(effective, x, y, np.zeros_like(x))
        net.node_ground = net.node_ground + offset
        ends = np.column_stack([net.seg_from, net.seg_to])
        net.seg_invert = net.seg_invert + offset[ends]
    return vertical


def _to_ecef(net: Network, x: NDArray, y: NDArray, z: NDArray) -> NDArray[np.float64]:
    assert net.crs is not None  # heights are ellipsoidal: only the horizontal CRS transforms
    lon, lat, h = transformer(horizontal_of(net.crs), GEODETIC_3D).transform(x, y, z)
    return geodetic_to_ecef(np.asarray(lon), np.asarray(lat), np.asarray(h))


def _shafts(
    net: Network, node_ground: NDArray, axis_z_end: NDArray, size: NDArray
) -> tuple[NDArray[np.intp], NDArray, NDArray, NDArray]:
    """Nodes drawn as shafts: manholes to the surface, hydrants above it, valves as drums."""
    ends = np.r_[net.seg_from, net.seg_to]
    z_end = np.r_[axis_z_end[:, 0], axis_z_end[:, 1]]
    r_end = np.r_[size, size] / 2.0
    low = np.full(net.n_nodes, np.inf)
    np.minimum.at(low, ends, z_end - r_end)
    centre = np.full(net.n_nodes, np.nan)
    np.fmax.at(centre, ends, z_end)
    radius_pipe = np.zeros(net.n_nodes)
    np.maximum.at(radius_pipe, ends, r_end)
    kind = net.node_kind
    rows = np.flatnonzero(
        np.isin(kind, ["manhole", "storage", "outfall", "hydrant", "valve"]) & np.isfinite(low)
    )
    bottom = np.where(np.isnan(net.node_invert), low, net.node_invert)[rows]
    top = node_ground[rows].copy()
    radius = np.full(rows.size, MANHOLE_RADIUS_M)
    hydrant = kind[rows] == "hydrant"
    top[hydrant] += HYDRANT_ABOVE_GROUND_M
    radius[hydrant] = HYDRANT_RADIUS_M
    valve = kind[rows] == "valve"
    r = np.maximum(radius_pipe[rows] * 1.3, 0.15)
    bottom[valve], top[valve], radius[valve] = (
        (centre[rows] - r)[valve],
        (centre[rows] + r)[valve],
        r[valve],
    )
    ok = np.isfinite(top) & np.isfinite(bottom) & (top > bottom)
    return rows[ok], bottom[ok], top[ok], radius[ok]


@dataclass(frozen=True)
class PlacedNetwork:
    """A network placed in 3D: its geometry, attributes, graph and what was assumed."""

    network: Network
    geometry: PipeGeometry
    table: PropertyTable
    graph: NetworkGraph
    item_xy: NDArray[np.float64]  # planar positions of segments then shafts (for the quadtree)
    shafts: int
    assumed: dict[str, str]
    types: NDArray[Any]
    above_ground: int
    vertical: VerticalInfo = UNKNOWN


def place_network(
    network: str | Path | Network,
    *,
    terrain: str | Path | None = None,
    crs: str | None = None,
    pipeline_type: str | None = None,
    read_options: dict[str, Any] | None = None,
    ground: float | None = None,
    vertical_crs: str | None = None,
    geoid: str | None = None,
) -> PlacedNetwork:
    """Read a network (or take one already read) and place every segment and node shaft at its
    burial depth (ECEF). `ground` is a flat ground height for nodes that have none (flagged
    as assumed), for networks with neither heights nor a DEM."""
    if isinstance(network, Network):
        net = network
        net.check()
    else:
        net = read_network(network, crs=crs, pipeline_type=pipeline_type, **(read_options or {}))
    if net.crs is None:
        raise MissingCRSError(
            "the network file has no coordinate reference system; give one with --crs",
            path=net.path,
            field="--crs",
        )
    check_area_of_use(net.crs, net.node_xy[:, 0], net.node_xy[:, 1], path=net.path, option="--crs")
    assumed = dict(net.assumed)
    if terrain is not None:
        assumed.pop("ground", None)
    if ground is not None and np.isnan(net.node_ground).any():
        net.node_ground = np.where(np.isnan(net.node_ground), ground, net.node_ground)
        assumed["ground"] = f"flat ground at {ground:g} m where the source and DEM give none"
    vertical = _heights_to_ellipsoid(net, vertical_crs, geoid)
    types = net.segment_types()
    box = net.seg_shape == "box"
    diameter = net.seg_diameter_m.copy()
    no_size = ~box & np.isnan(diameter)
    for cable in (False, True):
        these = no_size & (np.isin(types, CABLE_TYPES) == cable)
        if these.any():
            value, source = ASSUMED_CABLE_DIAMETER_M if cable else ASSUMED_DIAMETER_M
            diameter[these] = value
            assumed["cable_diameter" if cable else "diameter"] = f"{value} m ({source})"
    size = np.where(box, net.seg_height_m, diameter)
    owner, frac = _along(net)
    ground_v, ground_n = _ground(net, Path(terrain) if terrain else None, owner, frac)
    cover, cover_assumed = _cover(net, types, assumed)
    z, by_invert = _axis_heights(net, ground_v, owner, frac, cover, size[owner])
    bad = ~np.isfinite(z)
    if bad.any():
        s = int(owner[np.flatnonzero(bad)[0]])
        raise InvalidFeatureError(
            f"segment '{net.seg_ids[s]}': no ground height to bury it under (no elevation at its "
            "nodes and none from the DEM); give --terrain",
            path=net.path,
            row=str(net.seg_ids[s]),
            field="ground",
        )
    start, stop = net.seg_offsets[:-1], net.seg_offsets[1:] - 1
    ground_ends = np.column_stack([ground_v[start], ground_v[stop]])
    axis_ends = np.column_stack([z[start], z[stop]])
    top_ends = axis_ends + size[:, None] / 2.0
    depth_out = ground_ends - top_ends
    invert_out = axis_ends - size[:, None] / 2.0
    xyz = _to_ecef(net, net.seg_xy[:, 0], net.seg_xy[:, 1], z)
    rows, bottom, top, radius = _shafts(net, ground_n, axis_ends, size)
    nx, ny = net.node_xy[rows, 0], net.node_xy[rows, 1]
    shaft_colors = type_colors(np.full(rows.size, net.pipeline_type, dtype=object))
    geom = PipeGeometry(
        xyz=xyz,
        offsets=net.seg_offsets,
        radius=diameter / 2.0,
        box=box,
        width=net.seg_width_m,
        height=net.seg_height_m,
        colors=type_colors(types),
        shaft_bottom=_to_ecef(net, nx, ny, bottom),
        shaft_top=_to_ecef(net, nx, ny, top),
        shaft_radius=radius,
        shaft_colors=shaft_colors,
    )
    step = np.r_[np.linalg.norm(np.diff(xyz, axis=0), axis=1), 0.0]
    step[stop] = 0.0
    length = np.where(np.isnan(net.seg_length_m), np.add.reduceat(step, start), net.seg_length_m)
    table = network_table(
        net,
        types,
        diameter,
        length,
        depth_out,
        invert_out,
        ground_ends,
        cover_assumed & ~by_invert,
        no_size,
        rows,
        ground_n,
        bottom,
        top,
    )
    xy_items = np.r_[(net.seg_xy[start] + net.seg_xy[stop]) / 2.0, net.node_xy[rows]]
    half = np.where(box, np.hypot(net.seg_width_m, net.seg_height_m) / 2.0, diameter / 2.0)
    graph = NetworkGraph(
        node_ids=net.node_ids.astype(str),
        seg_ids=net.seg_ids.astype(str),
        seg_from=net.seg_from.astype(np.int64),
        seg_to=net.seg_to.astype(np.int64),
        node_is_valve=net.node_kind == "valve",
        seg_is_valve=net.seg_is_valve,
        node_is_source=np.isin(net.node_kind, list(SOURCE_KINDS)),
        axis_xyz=xyz,
        axis_offsets=net.seg_offsets.astype(np.int64),
        half_size=half,
    )
    return PlacedNetwork(
        net,
        geom,
        table,
        graph,
        xy_items,
        int(rows.size),
        assumed,
        types,
        int((depth_out < 0).any(axis=1).sum()),
        vertical,
    )


def build_pipes(
    network: str | Path | Network,
    out: str | Path | Target,
    *,
    terrain: str | Path | None = None,
    crs: str | None = None,
    pipeline_type: str | None = None,
    read_options: dict[str, Any] | None = None,
    ground: float | None = None,
    vertical_crs: str | None = None,
    geoid: str | None = None,
    force: bool = False,
    options: PipeTilingOptions | None = None,
    workers: int | None = None,
    executor: TaskExecutor | None = None,
    work: DataRef | None = None,
    progress: Progress | None = None,
) -> PipeBuildResult:
    """Read, place and tile a network, with its graph, into `out`: a tileset folder (staged,
    then renamed) or a target.

    Tiles are made by `executor` (default: a local pool of `workers` processes), in batches of
    planned tiles; `work` is the scratch folder its tasks read the placed network from."""
    placed = place_network(
        network,
        terrain=terrain,
        crs=crs,
        pipeline_type=pipeline_type,
        read_options=read_options,
        ground=ground,
        vertical_crs=vertical_crs,
        geoid=geoid,
    )
    net = placed.network
    total = net.n_segments + placed.shafts

    def report(done: int) -> None:
        if progress is not None:
            progress("segments", done, total)

    plan = plan_pipe_tiles(placed.geometry, placed.item_xy, options)
    with output(out, work=work, force=force) as (target, scratch):
        contents = run_pipe_tiles(
            plan,
            placed.geometry,
            placed.table,
            target=target,
            work=scratch,
            executor=executor,
            workers=workers,
            on_progress=report,
        )
        result = assemble_pipe_tileset(plan, contents)
        target.write(NPZ_NAME, placed.graph.to_npz())
        target.write_json("tileset.json", result.tileset)
    names, counts = np.unique(placed.types.astype(str), return_counts=True)
    return PipeBuildResult(
        Path(out) if isinstance(out, str | Path) else None,
        net.n_segments,
        net.n_nodes,
        placed.shafts,
        result.tiles,
        result.region.as_list(),
        placed.assumed,
        {str(n): int(c) for n, c in zip(names, counts, strict=True)},
        placed.above_ground,
        crs_name(net.crs),
        placed.vertical.meta(),
    )
