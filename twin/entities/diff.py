"""Compare a delivery with its class's previous state: added, removed, changed, unchanged.

Matching by id is exact. Matching by geometry (deliveries without ids) follows one rule:

* a delivered and a previous footprint are **the same entity** when their intersection over
  union (IoU) is greater than ``MATCH_IOU`` (0.5). Above one half a match is necessarily
  one-to-one among footprints that do not overlap each other; overlapping ones are taken best
  IoU first. A footprint cut exactly in half (IoU = 0.5 with each part) is a split;
* an unmatched previous footprint was **split** when two or more unmatched delivered
  footprints each lie at least ``PART_SHARE`` (half) inside it; an unmatched delivered
  footprint is a **merge** when two or more unmatched previous ones each lie at least half
  inside it. Splits and merges are reported as such; their parts are also removed and added.

Candidate pairs come from one shapely STRtree query; areas and IoUs are computed as arrays.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

import numpy as np
import shapely
from numpy.typing import NDArray

from twin.entities.delivery import DeliveryRows
from twin.entities.model import ChangeReport

MATCH_IOU = 0.5
PART_SHARE = 0.5
# New ids of geometry-matched entities: a UUID of the class and the footprint, so that
# importing the same delivery twice names its entities the same way.
_ID_NAMESPACE = uuid.UUID("6f1d2c4e-8a53-4c1b-9e0f-2f7d7f0e3a10")


@dataclass(frozen=True)
class PreviousState:
    """The versions valid in the class's latest month, as parallel lists."""

    ids: list[str]
    geom_hash: list[str]
    attrs_json: list[str]
    native_wkb: list[bytes] = field(default_factory=list)  # only for geometry matching


@dataclass
class DiffResult:
    """A report plus what to write: each delivered entity's id and how its version begins."""

    report: ChangeReport
    delivered_ids: list[str]
    change: list[str]  # per delivered entity: "added", "changed" or "unchanged"
    close: list[str]  # previous ids whose version ends this month (removed or changed)


def diff_by_id(
    report: ChangeReport,
    previous: PreviousState,
    ids: list[str],
    rows: DeliveryRows,
) -> DiffResult:
    """Match ``ids`` to the previous state's ids; fill ``report`` and say what to write."""
    index = {entity_id: i for i, entity_id in enumerate(previous.ids)}
    change: list[str] = []
    for j, entity_id in enumerate(ids):
        i = index.get(entity_id)
        if i is None:
            report.added.append(entity_id)
            change.append("added")
            continue
        what = _what_changed(previous, i, rows, j)
        if what:
            report.changed[entity_id] = what
            change.append("changed")
        else:
            report.unchanged += 1
            change.append("unchanged")
    delivered = set(ids)
    report.removed = [entity_id for entity_id in previous.ids if entity_id not in delivered]
    return DiffResult(report, list(ids), change, report.removed + list(report.changed))


def diff_by_geometry(
    report: ChangeReport, previous: PreviousState, rows: DeliveryRows
) -> DiffResult:
    """Match delivered footprints to previous ones by IoU (module docstring); fill ``report``."""
    old = shapely.from_wkb(np.asarray(previous.native_wkb, dtype=object))
    new = shapely.from_wkb(np.asarray(rows.native_wkb, dtype=object))
    pairs = _overlapping_pairs(new, old)
    inter = shapely.area(shapely.intersection(new[pairs[0]], old[pairs[1]]))
    new_area, old_area = shapely.area(new), shapely.area(old)
    union = new_area[pairs[0]] + old_area[pairs[1]] - inter
    iou = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    match_old = np.full(len(new), -1)
    taken_old = np.zeros(len(old), dtype=bool)
    for k in np.argsort(-iou, kind="stable"):
        if iou[k] <= MATCH_IOU:
            break
        j, i = pairs[0][k], pairs[1][k]
        if match_old[j] < 0 and not taken_old[i]:
            match_old[j], taken_old[i] = i, True
    delivered_ids: list[str] = []
    change: list[str] = []
    for j in range(len(new)):
        i = int(match_old[j])
        if i < 0:
            entity_id = str(uuid.uuid5(_ID_NAMESPACE, f"{report.entity_class}:{rows.geom_hash[j]}"))
            report.added.append(entity_id)
            delivered_ids.append(entity_id)
            change.append("added")
            continue
        entity_id = previous.ids[i]
        delivered_ids.append(entity_id)
        what = _what_changed(previous, i, rows, j)
        if what:
            report.changed[entity_id] = what
            change.append("changed")
        else:
            report.unchanged += 1
            change.append("unchanged")
    report.removed = [previous.ids[i] for i in np.flatnonzero(~taken_old)]
    _find_parts(
        report, pairs, inter, new_area, old_area, match_old, taken_old, previous.ids, delivered_ids
    )
    return DiffResult(report, delivered_ids, change, report.removed + list(report.changed))


def _overlapping_pairs(
    new: NDArray[np.object_], old: NDArray[np.object_]
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    if len(new) == 0 or len(old) == 0:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty
    tree = shapely.STRtree(old)
    found = tree.query(new, predicate="intersects")
    return found[0], found[1]


def _find_parts(
    report: ChangeReport,
    pairs: tuple[NDArray[np.intp], NDArray[np.intp]],
    inter: NDArray[np.float64],
    new_area: NDArray[np.float64],
    old_area: NDArray[np.float64],
    match_old: NDArray[np.intp],
    taken_old: NDArray[np.bool_],
    old_ids: list[str],
    new_ids: list[str],
) -> None:
    # Only unmatched footprints take part in splits and merges.
    free = (match_old[pairs[0]] < 0) & ~taken_old[pairs[1]]
    with np.errstate(divide="ignore", invalid="ignore"):
        new_inside = free & (inter / new_area[pairs[0]] >= PART_SHARE)
        old_inside = free & (inter / old_area[pairs[1]] >= PART_SHARE)
    for i in np.unique(pairs[1][new_inside]):
        parts = pairs[0][new_inside & (pairs[1] == i)]
        if len(parts) >= 2:
            report.splits.append({"from": [old_ids[i]], "into": sorted(new_ids[j] for j in parts)})
    for j in np.unique(pairs[0][old_inside]):
        parts = pairs[1][old_inside & (pairs[0] == j)]
        if len(parts) >= 2:
            report.merges.append({"from": sorted(old_ids[i] for i in parts), "into": [new_ids[j]]})


def _what_changed(previous: PreviousState, i: int, rows: DeliveryRows, j: int) -> list[str]:
    """ "geometry" and/or the sorted names of attributes whose values differ; [] when equal."""
    what = [] if previous.geom_hash[i] == rows.geom_hash[j] else ["geometry"]
    if previous.attrs_json[i] != rows.attrs_json[j]:
        before, after = json.loads(previous.attrs_json[i]), json.loads(rows.attrs_json[j])
        keys = sorted(set(before) | set(after))
        what += [key for key in keys if before.get(key, _MISSING) != after.get(key, _MISSING)]
    return what


_MISSING = object()
