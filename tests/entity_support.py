"""Shared helpers of the entity tests: the BGT lifecycle cut and its monthly deliveries."""

from __future__ import annotations

from pathlib import Path

from ingest_survey.readers.lifecycle import LifecycleRecord, read_bgt_lifecycle

DATA = Path(__file__).resolve().parent / "data" / "entities"
BGT_CUT = DATA / "bgt_pand_cut.gml"


def bgt_records() -> list[LifecycleRecord]:
    """Every version in the cut (real BGT lifecycle, see tests/data/README.md)."""
    return read_bgt_lifecycle(BGT_CUT)


OSM_MONTHS = ("2014-04", "2014-05", "2014-10")


def osm_delivery(month: str) -> Path:
    """The month-end state of the Faroe Islands cut (real OSM history, tests/data/README.md)."""
    return DATA / f"osm_faroe_buildings_{month}.geojson"


def replicated_footprints(copies: int, out: Path) -> int:
    """Write the BGT cut's footprints (latest versions) ``copies`` times on a grid into ``out``
    (GeoPackage, EPSG:28992, id field ``id``); returns the number of features.

    The footprints are real; only their positions repeat, 6 km apart (the cut spans 5.7 km).
    """
    import geopandas as gpd
    import numpy as np
    import shapely

    from ingest_survey.readers.lifecycle import state_at

    records = bgt_records()
    base = state_at(records, "2020-01")
    geoms = np.asarray([r.footprint for r in base], dtype=object)
    side = int(np.ceil(np.sqrt(copies)))
    parts, ids = [], []
    for k in range(copies):
        dx, dy = (k % side) * 6000.0, (k // side) * 6000.0
        parts.append(shapely.transform(geoms, lambda c, dx=dx, dy=dy: c + (dx, dy)))
        ids += [f"{r.object_id}-{k}" for r in base]
    frame = gpd.GeoDataFrame(
        {"id": ids, "status": ["bestaand"] * len(ids)},
        geometry=np.concatenate(parts),
        crs="EPSG:28992",
    )
    frame.to_file(out, driver="GPKG", engine="pyogrio")
    return len(frame)
