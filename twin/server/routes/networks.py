"""GET /api/networks/{layer}/trace, /isolate and /api/networks/clearance over published pipe layers.

Each published version of a pipe layer carries its graph (`network.npz`); it is loaded once per
version and cached, so a query costs a graph search, not a file read.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from twin.errors import InvalidRequestError, NotFoundError
from twin.geodesy import ECEF_CRS, GEOGRAPHIC_CRS, clearance_coordinates
from twin.model import LayerKind, LayerVersion
from twin.networks import NPZ_NAME, NetworkGraph, describe, find_clearances, load_graph
from twin.server.dependencies import CatalogDep, SettingsDep, SourcesDep
from twin.server.sources import TileSources
from twin.settings import Settings
from twin.store import LayerCatalog

router = APIRouter(prefix="/api/networks", tags=["networks"])

MAX_GRAPHS = 16  # graphs of 1 M segments take about 100 MB each
_cache: OrderedDict[tuple[str, str, str], NetworkGraph] = OrderedDict()
_lock = threading.Lock()


def _graph(
    settings: Settings, catalog: LayerCatalog, sources: TileSources, name: str
) -> tuple[LayerVersion, NetworkGraph]:
    layer = catalog.get_layer(name)
    if layer.kind != LayerKind.PIPES or layer.current is None:
        raise NotFoundError(f"layer {name!r} is not a published pipe network")
    version = layer.current
    key = (str(settings.data_dir), name, version.version_id)
    with _lock:
        graph = _cache.get(key)
        if graph is not None:
            _cache.move_to_end(key)
            return version, graph
    try:
        path = sources.reader(version).locate(NPZ_NAME)[0]
    except NotFoundError:
        raise NotFoundError(f"layer {name!r} has no network graph") from None
    graph = load_graph(path)
    with _lock:
        _cache[key] = graph
        while len(_cache) > MAX_GRAPHS:
            _cache.popitem(last=False)
    return version, graph


def published_graph(
    settings: Settings, catalog: LayerCatalog, sources: TileSources, name: str
) -> tuple[LayerVersion, NetworkGraph]:
    """The current version of pipe layer ``name`` and its graph (cached); NotFoundError."""
    return _graph(settings, catalog, sources, name)


@router.get("/{layer}/trace")
def trace(
    layer: str,
    settings: SettingsDep,
    catalog: CatalogDep,
    sources: SourcesDep,
    start: Annotated[str, Query(alias="from", description="node or segment id")],
    direction: Literal["up", "down", "both"] = "down",
) -> dict[str, Any]:
    """Nodes and segments connected to `from`: downstream (start -> end of each segment),
    upstream, or both."""
    version, graph = _graph(settings, catalog, sources, layer)
    result = graph.trace(start, direction)
    return {
        "layer": layer,
        "version": version.version_id,
        "from": start,
        "direction": direction,
        **describe(graph, result.nodes, result.segments),
    }


@router.get("/{layer}/isolate")
def isolate(
    layer: str,
    settings: SettingsDep,
    catalog: CatalogDep,
    sources: SourcesDep,
    segment: Annotated[str, Query(description="id of the burst segment")],
) -> dict[str, Any]:
    """Valves to close to isolate a segment, its section, and every segment cut off."""
    version, graph = _graph(settings, catalog, sources, layer)
    result = graph.isolate(segment)
    return {
        "layer": layer,
        "version": version.version_id,
        "segment": segment,
        "isolable": result.isolable,
        "valves": graph.node_ids[result.valve_nodes].tolist()
        + graph.seg_ids[result.valve_segments].tolist(),
        "section": graph.seg_ids[result.section].tolist(),
        "segments": graph.seg_ids[result.cut_off].tolist(),
    }


@router.get("/clearance")
def clearance(
    settings: SettingsDep,
    catalog: CatalogDep,
    sources: SourcesDep,
    layers: Annotated[list[str], Query(description="two or more pipe layers")],
    minimum: Annotated[
        float, Query(ge=0.0, le=100.0, allow_inf_nan=False, description="clearance, m")
    ] = 0.5,
    limit: Annotated[int, Query(ge=1, le=100_000)] = 1000,
) -> dict[str, Any]:
    """Segment pairs of different layers closer than `minimum` (surface to surface)."""
    if len(set(layers)) < 2:
        raise InvalidRequestError("give at least two different pipe layers")
    versions = {name: _graph(settings, catalog, sources, name) for name in set(layers)}
    found = find_clearances({name: graph for name, (_, graph) in versions.items()}, minimum)[:limit]
    crs = {name: version.meta.get("crs") for name, (version, _) in versions.items()}
    where = clearance_coordinates(found, crs)
    return {
        "minimum_m": minimum,
        "count": len(found),
        "crs": {"geographic": GEOGRAPHIC_CRS, "ecef": ECEF_CRS, "layers": crs},
        "clearances": [
            {
                "layer_a": c.network_a,
                "segment_a": c.segment_a,
                "layer_b": c.network_b,
                "segment_b": c.segment_b,
                "gap_m": round(c.gap_m, 3),
                "ecef": c.point,
                **place,
            }
            for c, place in zip(found, where, strict=True)
        ],
    }
