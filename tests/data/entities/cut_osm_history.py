"""Regenerate the OSM month-end building states from ../shared/data/entities/osm_history.

For each month in MONTHS, the state at the end of the month (``osmium time-filter``
semantics: the latest version of every way and node with a timestamp before the first instant
of the next month, deleted objects dropped) of every way tagged ``building`` whose footprint
centre lies in BBOX, as a GeoJSON FeatureCollection (EPSG:4326) with the way id in ``osm_id``
and the way's tags as properties. Ways that are not closed rings are skipped (counted). OSM
deletions are map edits, not necessarily demolitions.

    python tests/data/entities/cut_osm_history.py
"""

from __future__ import annotations

import bisect
import json
import os
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import osmium
import shapely

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("TWIN_SHARED_DIR", HERE.parents[3] / "shared"))
SOURCE = SHARED / "data" / "entities" / "osm_history" / "faroe-islands.osh.pbf"
MONTHS = ("2014-04", "2014-05", "2014-10")
BBOX = (-7.19, 62.13, -7.12, 62.17)  # west, south, east, north: Kvívík and Vestmanna


class _History(osmium.SimpleHandler):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.nodes: dict[int, list[tuple[datetime, bool, float, float]]] = defaultdict(list)
        self.ways: dict[int, list[tuple[datetime, bool, dict[str, str], list[int]]]] = defaultdict(
            list
        )

    def node(self, n: osmium.osm.Node) -> None:
        loc = n.location
        lon, lat = (loc.lon, loc.lat) if n.visible and loc.valid() else (0.0, 0.0)
        self.nodes[n.id].append((n.timestamp, n.visible, lon, lat))

    def way(self, w: osmium.osm.Way) -> None:
        self.ways[w.id].append((w.timestamp, w.visible, dict(w.tags), [r.ref for r in w.nodes]))


def _at(versions: list, instant: datetime) -> tuple | None:  # type: ignore[type-arg]
    """The version current at ``instant`` (versions are in timestamp order), or None."""
    stamps = [v[0] for v in versions]
    i = bisect.bisect_left(stamps, instant) - 1
    return versions[i] if i >= 0 and versions[i][1] else None


def _first_instant_after(month: str) -> datetime:
    year, number = int(month[:4]), int(month[5:])
    return datetime(year + number // 12, number % 12 + 1, 1, tzinfo=UTC)


def main() -> None:
    """Write one GeoJSON per month beside this script."""
    history = _History()
    history.apply_file(str(SOURCE))
    area = shapely.box(*BBOX)
    for month in MONTHS:
        instant = _first_instant_after(month)
        features, open_rings = [], 0
        for way_id, versions in sorted(history.ways.items()):
            way = _at(versions, instant)
            if way is None or "building" not in way[2]:
                continue
            nodes = [_at(history.nodes[ref], instant) for ref in way[3]]
            if any(n is None for n in nodes) or len(nodes) < 4 or way[3][0] != way[3][-1]:
                open_rings += 1
                continue
            polygon = shapely.Polygon([(n[2], n[3]) for n in nodes])  # type: ignore[index]
            if not area.contains(polygon.centroid):
                continue
            features.append(
                {
                    "type": "Feature",
                    "properties": {"osm_id": str(way_id), **way[2]},
                    "geometry": json.loads(shapely.to_geojson(polygon)),
                }
            )
        out = HERE / f"osm_faroe_buildings_{month}.geojson"
        collection = {"type": "FeatureCollection", "features": features}
        out.write_text(json.dumps(collection, separators=(",", ":"), ensure_ascii=False))
        print(f"{out.name}: {len(features)} buildings ({open_rings} open or broken ways skipped)")


if __name__ == "__main__":
    main()
