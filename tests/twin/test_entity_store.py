"""The entity store on SQLite and PostgreSQL/PostGIS, fed the real BGT lifecycle month by month.

Expected changes are derived from the raw lifecycle records (which version is alive at each
month's end, compared with shapely's own equality), independently of the store's hashes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pytest
import shapely
from entity_support import BGT_CUT, bgt_records
from sqlalchemy import func, select

from ingest_survey.readers.lifecycle import (
    LifecycleRecord,
    change_months,
    monthly_deliveries,
    state_at,
)
from twin.entities.model import ChangeReport
from twin.errors import ConflictError, InvalidRequestError, NotFoundError
from twin.settings import Settings
from twin.store import Stores, open_stores
from twin.store.entity_tables import entity_versions

CLASS = "buildings"


@pytest.fixture
def database_url(any_database_url: str) -> str:
    return any_database_url


@pytest.fixture
def stores(settings: Settings) -> Iterator[Stores]:
    with open_stores(settings) as opened:
        yield opened


@pytest.fixture(scope="module")
def records() -> list[LifecycleRecord]:
    return bgt_records()


def _import_all(stores: Stores, records: list[LifecycleRecord]) -> list[ChangeReport]:
    return [
        stores.entities.import_delivery(delivery, month)
        for month, delivery in monthly_deliveries(records, CLASS, BGT_CUT.name)
    ]


def _version_count(stores: Stores) -> int:
    with stores.engine.connect() as connection:
        return int(
            connection.execute(select(func.count()).select_from(entity_versions)).scalar_one()
        )


def _same(a: LifecycleRecord, b: LifecycleRecord) -> bool:
    return bool(shapely.equals_exact(a.footprint, b.footprint, tolerance=0.001)) or bool(
        shapely.equals(a.footprint, b.footprint)
    )


def _expected(before: list[LifecycleRecord], after: list[LifecycleRecord]) -> dict[str, object]:
    old = {r.object_id: r for r in before}
    new = {r.object_id: r for r in after}
    changed = {}
    for key in old.keys() & new.keys():
        what = [] if _same(old[key], new[key]) else ["geometry"]
        attrs = old[key].attributes, new[key].attributes
        what += sorted(
            k for k in set(attrs[0]) | set(attrs[1]) if attrs[0].get(k) != attrs[1].get(k)
        )
        if what:
            changed[key] = what
    return {
        "added": sorted(new.keys() - old.keys()),
        "removed": sorted(old.keys() - new.keys()),
        "changed": dict(sorted(changed.items())),
    }


def test_each_month_finds_exactly_the_changes_of_the_history(
    stores: Stores, records: list[LifecycleRecord]
) -> None:
    reports = _import_all(stores, records)
    months = change_months(records)
    assert [r.month for r in reports] == months
    previous: list[LifecycleRecord] = []
    for report, month in zip(reports, months, strict=True):
        state = state_at(records, month)
        got = report.to_dict()
        assert {k: got[k] for k in ("added", "removed", "changed")} == _expected(previous, state)
        assert report.written
        previous = state
    # The cut holds real removals and real geometry edits, so the check above is not vacuous.
    assert sum(len(r.removed) for r in reports) > 0
    assert any("geometry" in what for r in reports for what in r.changed.values())


def test_datetime_returns_each_months_state(stores: Stores, records: list[LifecycleRecord]) -> None:
    _import_all(stores, records)
    months = change_months(records)
    # Every month of the history, and the months between (whose state is the one before).
    first, last = months[0], months[-1]
    month = first
    while month <= last:
        items, matched = stores.entities.items(CLASS, month, limit=1000)
        expected = [r.object_id for r in state_at(records, month)]
        assert [v.entity_id for v in items] == expected, month
        assert matched == len(expected)
        month = f"{int(month[:4]) + int(month[5:]) // 12:04d}-{int(month[5:]) % 12 + 1:02d}"
    assert stores.entities.items(CLASS, "2015-06")[1] == 0


def test_history_lists_the_versions_of_an_entity(
    stores: Stores, records: list[LifecycleRecord]
) -> None:
    _import_all(stores, records)
    months = change_months(records)
    for object_id in {r.object_id for r in records}:
        history = stores.entities.history(CLASS, object_id)
        # Each version's validity equals the months in which its state is the month-end state.
        for version in history:
            inside = [
                m
                for m in months
                if version.valid_from <= m and (version.valid_to is None or m < version.valid_to)
            ]
            assert inside and inside[0] == version.valid_from
            for month in inside:
                alive = {r.object_id: r for r in state_at(records, month)}
                assert object_id in alive
        assert [v.valid_from for v in history] == sorted(v.valid_from for v in history)
        assert all(
            a.valid_to == b.valid_from
            for a, b in zip(history, history[1:], strict=False)
            if a.valid_to
        )
    with pytest.raises(NotFoundError):
        stores.entities.history(CLASS, "no-such-id")


def test_reimport_is_a_no_op(stores: Stores, records: list[LifecycleRecord]) -> None:
    _import_all(stores, records)
    before = _version_count(stores)
    month, last = list(monthly_deliveries(records, CLASS, BGT_CUT.name))[-1]
    report = stores.entities.import_delivery(last, month)
    assert report.already_imported and not report.written
    assert report.counts["added"] == report.counts["removed"] == report.counts["changed"] == 0
    assert _version_count(stores) == before


def test_dry_run_writes_nothing(stores: Stores, records: list[LifecycleRecord]) -> None:
    month, delivery = next(monthly_deliveries(records, CLASS, BGT_CUT.name))
    report = stores.entities.import_delivery(delivery, month, dry_run=True)
    assert report.counts["added"] == len(delivery) and not report.written
    assert _version_count(stores) == 0
    with pytest.raises(NotFoundError):
        stores.entities.get_class(CLASS)


def _bad_deliveries(
    records: list[LifecycleRecord],
) -> list[tuple[str, object, type[Exception], str]]:
    deliveries = list(monthly_deliveries(records, CLASS, BGT_CUT.name))
    month, last = deliveries[-1]
    ids = list(last.ids or [])
    duplicated = replace(last, ids=[ids[0], *ids[:-1]])
    other_crs = replace(last, crs="EPSG:3857")
    changed = replace(last, attributes=[{**a, "bgt-status": "plan"} for a in last.attributes])
    return [
        ("older month", (deliveries[0][1], deliveries[0][0]), ConflictError, "older than"),
        ("duplicate ids", (duplicated, "2030-01"), InvalidRequestError, "duplicate id"),
        ("other CRS", (other_crs, "2030-01"), InvalidRequestError, "give --crs"),
        ("same month, other content", (changed, month), ConflictError, "already has"),
    ]


@pytest.mark.parametrize("case", range(4), ids=["older", "duplicates", "crs", "same-month"])
def test_bad_deliveries_are_refused_and_change_nothing(
    stores: Stores, records: list[LifecycleRecord], case: int
) -> None:
    _import_all(stores, records)
    before = _version_count(stores)
    latest = stores.entities.get_class(CLASS).latest_month
    _, (delivery, month), error, message = _bad_deliveries(records)[case]
    with pytest.raises(error, match=message):
        stores.entities.import_delivery(delivery, month)  # type: ignore[arg-type]
    assert _version_count(stores) == before
    assert stores.entities.get_class(CLASS).latest_month == latest


def test_crs_given_reprojects_to_the_class_crs(
    stores: Stores, records: list[LifecycleRecord]
) -> None:
    deliveries = list(monthly_deliveries(records, CLASS, BGT_CUT.name))
    stores.entities.import_delivery(deliveries[0][1], deliveries[0][0])
    first = deliveries[0][1]
    # The same footprints delivered in ETRS89 / UTM 31N: nothing changed but the CRS.
    from pyproj import Transformer

    t = Transformer.from_crs("EPSG:28992", "EPSG:25831", always_xy=True)
    moved = shapely.transform(
        first.geometries, lambda c: np.column_stack(t.transform(c[:, 0], c[:, 1]))
    )
    utm = replace(first, crs="EPSG:25831", geometries=moved)
    report = stores.entities.import_delivery(utm, "2015-08", crs_given=True, dry_run=True)
    assert report.counts["added"] == report.counts["removed"] == 0
    # Reprojection round trips move vertices by well under a millimetre, but not always zero.
    assert report.counts["changed"] + report.counts["unchanged"] == len(first)


def test_bbox_query_keeps_the_entities_whose_box_meets_it(
    stores: Stores, records: list[LifecycleRecord]
) -> None:
    _import_all(stores, records)
    everything, total = stores.entities.items(CLASS, "2019-01", limit=10_000)
    boxes = np.array([shapely.bounds(shapely.geometry.shape(v.geometry)) for v in everything])
    west, south = np.percentile(boxes[:, 0], 30), np.percentile(boxes[:, 1], 30)
    east, north = np.percentile(boxes[:, 2], 60), np.percentile(boxes[:, 3], 60)
    inside = (
        (boxes[:, 0] <= east)
        & (boxes[:, 2] >= west)
        & (boxes[:, 1] <= north)
        & (boxes[:, 3] >= south)
    )
    expected = sorted(v.entity_id for v, keep in zip(everything, inside, strict=True) if keep)
    assert 0 < len(expected) < total
    got, matched = stores.entities.items(
        CLASS, "2019-01", bbox=(west, south, east, north), limit=10_000
    )
    assert [v.entity_id for v in got] == expected and matched == len(expected)
    page, matched = stores.entities.items(
        CLASS, "2019-01", bbox=(west, south, east, north), limit=3, offset=2
    )
    assert [v.entity_id for v in page] == expected[2:5] and matched == len(expected)


def test_changes_between_two_months(stores: Stores, records: list[LifecycleRecord]) -> None:
    _import_all(stores, records)
    months = change_months(records)
    start, end = months[2], months[-1]
    changes = stores.entities.changes(CLASS, start, end)
    before = {r.object_id: r for r in state_at(records, start)}
    after = {r.object_id: r for r in state_at(records, end)}
    assert changes["added"] == sorted(after.keys() - before.keys())
    assert changes["removed"] == sorted(before.keys() - after.keys())
    expected_changed = _expected(list(before.values()), list(after.values()))["changed"]
    assert changes["changed"] == sorted(expected_changed)  # type: ignore[call-overload]
