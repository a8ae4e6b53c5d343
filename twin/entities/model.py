"""Months, entity versions and import reports: plain values, no I/O.

A month is the city's time unit: ``"YYYY-MM"`` text, which sorts as time does, so the stores
compare months as text on both backends. A version is valid from its ``valid_from`` month up to,
not including, its ``valid_to`` month (None: still valid); ``recorded_at`` is when twin learned
it (ISO 8601 UTC), kept apart so that the city's time and the database's time never mix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from twin.errors import InvalidRequestError

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_CLASS = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,62}$")


def parse_month(text: str, *, field_name: str = "month") -> str:
    """``text`` as a month ``YYYY-MM``.

    Raises:
        InvalidRequestError: not a month of that form (named by ``field_name``).
    """
    if not isinstance(text, str) or not _MONTH.match(text):
        raise InvalidRequestError(f"{field_name} must be a month YYYY-MM, not {text!r}")
    return text


def month_of(day: date) -> str:
    """The month ``day`` falls in."""
    return f"{day.year:04d}-{day.month:02d}"


def next_month(month: str) -> str:
    """The month after ``month`` (``2019-12`` -> ``2020-01``)."""
    year, number = int(month[:4]), int(month[5:])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def check_class_name(name: str) -> str:
    """``name`` as an entity class name (a letter, then letters, digits, ``_`` or ``-``).

    Raises:
        InvalidRequestError: any other name.
    """
    if not _CLASS.match(name):
        raise InvalidRequestError(
            f"invalid entity class {name!r}: a letter, then up to 62 letters, digits, _ or -"
        )
    return name


@dataclass(frozen=True)
class EntityClass:
    """A class of entities (buildings, pipe segments...): its native CRS and latest month."""

    name: str
    crs: str  # the CRS deliveries come in, e.g. "EPSG:28992"; geometries are also kept in 4326
    latest_month: str | None
    entities: int = 0  # valid in the latest month


@dataclass(frozen=True)
class EntityVersion:
    """One version of an entity: its geometry (GeoJSON dict, EPSG:4326) and attributes."""

    entity_id: str
    entity_class: str
    valid_from: str
    valid_to: str | None
    recorded_at: str
    geometry: dict[str, Any]
    attributes: dict[str, Any]
    change: str  # "added" or "changed": how this version began

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) in degrees of the 4326 geometry."""
        from shapely.geometry import shape

        west, south, east, north = shape(self.geometry).bounds
        return (west, south, east, north)


@dataclass
class ChangeReport:
    """What a delivery changes in its class, against the class's state before its month.

    ``changed`` maps each changed id to what changed: ``"geometry"`` and/or the names of the
    attributes whose values differ. ``splits`` and ``merges`` (geometry matching only) name the
    previous and delivered ids involved; those entities are also in ``removed`` and ``added``.
    """

    entity_class: str
    month: str
    previous_month: str | None
    matched_by: str  # "id" or "geometry"
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    unchanged: int = 0
    splits: list[dict[str, list[str]]] = field(default_factory=list)
    merges: list[dict[str, list[str]]] = field(default_factory=list)
    already_imported: bool = False
    written: bool = False

    @property
    def counts(self) -> dict[str, int]:
        """How many entities each kind of change has."""
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "changed": len(self.changed),
            "unchanged": self.unchanged,
        }

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON data (ids sorted, so two reports compare as text)."""
        return {
            "class": self.entity_class,
            "month": self.month,
            "previous_month": self.previous_month,
            "matched_by": self.matched_by,
            "counts": self.counts,
            "added": sorted(self.added),
            "removed": sorted(self.removed),
            "changed": {key: self.changed[key] for key in sorted(self.changed)},
            "splits": self.splits,
            "merges": self.merges,
            "already_imported": self.already_imported,
            "written": self.written,
        }
