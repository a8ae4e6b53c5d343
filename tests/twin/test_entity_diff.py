"""The delivery diff's geometry rule (IoU >= 0.5 one-to-one; splits and merges), and the id
rule against geometry matching on the real BGT lifecycle."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import shapely
from entity_support import BGT_CUT, bgt_records

from ingest_survey.readers.lifecycle import monthly_deliveries
from twin.entities.delivery import Delivery, to_rows
from twin.entities.diff import MATCH_IOU, PreviousState, diff_by_geometry, diff_by_id
from twin.entities.model import ChangeReport

RD = "EPSG:28992"


def _delivery(
    boxes: list[tuple[float, float, float, float]], ids: list[str] | None = None
) -> Delivery:
    geoms = np.asarray([shapely.box(*b) for b in boxes], dtype=object)
    return Delivery("t", "t.geojson", RD, ids, geoms, [{} for _ in boxes])


def _state(delivery: Delivery, ids: list[str]) -> PreviousState:
    rows = to_rows(delivery)
    return PreviousState(ids, rows.geom_hash, rows.attrs_json, rows.native_wkb)


# Footprints in metres: (previous boxes, delivered boxes) -> expected counts, splits, merges.
CASES = {
    "identical": ([(0, 0, 10, 10)], [(0, 0, 10, 10)], (0, 0, 0, 1), 0, 0),
    "moved a little": ([(0, 0, 10, 10)], [(1, 0, 11, 10)], (0, 0, 1, 0), 0, 0),
    "moved away": ([(0, 0, 10, 10)], [(6, 0, 16, 10)], (1, 1, 0, 0), 0, 0),
    "split in two": ([(0, 0, 10, 10)], [(0, 0, 5, 10), (5, 0, 10, 10)], (2, 1, 0, 0), 1, 0),
    "two merged": ([(0, 0, 5, 10), (5, 0, 10, 10)], [(0, 0, 10, 10)], (1, 2, 0, 0), 0, 1),
    "one-to-one": (
        [(0, 0, 10, 10), (10, 0, 20, 10)],
        [(0, 0, 10, 10), (10, 0, 20, 10)],
        (0, 0, 0, 2),
        0,
        0,
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_geometry_rule(case: tuple) -> None:  # type: ignore[type-arg]
    before, after, (added, removed, changed, unchanged), splits, merges = case
    previous = _state(_delivery(before), [f"p{i}" for i in range(len(before))])
    report = ChangeReport("t", "2020-02", "2020-01", "geometry")
    result = diff_by_geometry(report, previous, to_rows(_delivery(after)))
    assert (len(report.added), len(report.removed), len(report.changed), report.unchanged) == (
        added,
        removed,
        changed,
        unchanged,
    )
    assert (len(report.splits), len(report.merges)) == (splits, merges)
    assert sorted(result.close) == sorted(report.removed + list(report.changed))


@pytest.mark.parametrize(("shift", "same"), [(0.9, True), (1.0, False)])
def test_iou_threshold_is_strictly_above_one_half(shift: float, same: bool) -> None:
    assert MATCH_IOU == 0.5
    # Shifted by a third of its width: IoU = 2 / 4 = 0.5 exactly -> a different entity.
    previous = _state(_delivery([(0, 0, 3, 1)]), ["p"])
    report = ChangeReport("t", "2020-02", "2020-01", "geometry")
    diff_by_geometry(report, previous, to_rows(_delivery([(shift, 0, 3 + shift, 1)])))
    assert (list(report.changed) == ["p"]) is same
    assert (report.removed == ["p"]) is not same


def test_new_ids_are_stable_across_reimports() -> None:
    previous = PreviousState([], [], [], [])
    rows = to_rows(_delivery([(0, 0, 10, 10)]))
    first = diff_by_geometry(ChangeReport("t", "2020-01", None, "geometry"), previous, rows)
    second = diff_by_geometry(ChangeReport("t", "2020-01", None, "geometry"), previous, rows)
    assert first.delivered_ids == second.delivered_ids


def _churn(
    removed: list[str], added: list[str], old: dict[str, object], new: dict[str, object]
) -> set[str]:
    """Removed ids whose footprint a newly added id covers with IoU > 0.5 (brute force)."""
    found = set()
    for r in removed:
        for a in added:
            inter = shapely.intersection(old[r], new[a]).area
            if inter / shapely.union(old[r], new[a]).area > MATCH_IOU:
                found.add(r)
    return found


def test_geometry_matching_agrees_with_ids_on_the_real_history() -> None:
    """Without ids, each real month's diff is the id diff, except that an id replaced by a new
    id on (nearly) the same footprint is one entity, changed or not: the history holds one
    such id churn (2020-01), which geometry matching must see as the same building."""
    deliveries = list(monthly_deliveries(bgt_records(), "b", BGT_CUT.name))
    state = PreviousState([], [], [], [])
    old: dict[str, object] = {}
    churned = 0
    for month, delivery in deliveries:
        rows = to_rows(delivery)
        ids = list(delivery.ids or [])
        new = dict(zip(ids, delivery.geometries, strict=True))
        by_id = diff_by_id(ChangeReport("b", month, None, "id"), state, ids, rows).report
        geo_rows = to_rows(replace(delivery, ids=None))
        by_geometry = diff_by_geometry(
            ChangeReport("b", month, None, "geometry"), state, geo_rows
        ).report
        churn = _churn(by_id.removed, by_id.added, old, new)
        churned += len(churn)
        assert sorted(by_geometry.removed) == sorted(set(by_id.removed) - churn), month
        assert len(by_geometry.added) == len(by_id.added) - len(churn), month
        assert by_id.changed.items() <= by_geometry.changed.items(), month
        assert set(by_geometry.changed) - set(by_id.changed) <= churn, month
        state = PreviousState(ids, rows.geom_hash, rows.attrs_json, rows.native_wkb)
        old = new
    assert churned == 1
