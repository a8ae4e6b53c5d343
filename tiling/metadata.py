"""EXT_structural_metadata property tables from columns: every feature pickable with its attributes.

Columns are numpy arrays (or sequences) of one value per feature. Types follow the data:
bool -> BOOLEAN (bitstream), integers -> INT32 or INT64, floats -> FLOAT64 with a `noData` value
for NaN, everything else -> STRING (UTF-8, UINT32 offsets), missing strings as the empty string.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from tiling.errors import TilingError

# A JSON-representable value no real attribute takes; NaN itself cannot be written in JSON.
FLOAT_NO_DATA = -1.7976931348623157e308
INT32_NO_DATA = -2147483648
_IDENTIFIER = re.compile(r"[^A-Za-z0-9_]")


def property_id(name: str, taken: set[str]) -> str:
    """A schema identifier ([A-Za-z_][A-Za-z0-9_]*) for a source column name, unique in `taken`."""
    pid = _IDENTIFIER.sub("_", name) or "_"
    if pid[0].isdigit():
        pid = "_" + pid
    base, n = pid, 1
    while pid in taken:
        n += 1
        pid = f"{base}_{n}"
    taken.add(pid)
    return pid


@dataclass(frozen=True)
class EncodedViews:
    """The bytes of one property: values, and string offsets for strings."""

    values: bytes
    string_offsets: bytes | None = None


@dataclass(frozen=True)
class EncodedTable:
    """A schema dict and the per-property bytes, ready for buffer views."""

    schema: dict[str, Any]
    views: dict[str, EncodedViews]


@dataclass(frozen=True)
class Utf8Column:
    """A string column as one UTF-8 buffer and offsets (Arrow's layout): no Python object per row,
    and taking a tile's rows is a vectorised gather."""

    data: NDArray[np.uint8]
    offsets: NDArray[np.int64]  # n + 1, starting at 0
    missing: NDArray[np.bool_]

    @classmethod
    def from_values(cls, values: Sequence[Any] | NDArray[Any]) -> Utf8Column:
        """Encode any values as strings; None and NaN are missing (and encode as "")."""
        missing = np.array([_is_missing(v) for v in values], dtype=bool)
        # Plain strings (nearly all values) take the fast path.
        encoded = [
            v.encode("utf-8") if type(v) is str else _string_of(v).encode("utf-8") for v in values
        ]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, encoded), np.int64, len(encoded)), out=offsets[1:])
        return cls(np.frombuffer(b"".join(encoded), np.uint8), offsets, missing)

    def __len__(self) -> int:
        """Number of rows."""
        return int(self.missing.size)

    def take(self, rows: NDArray[np.integer[Any]]) -> Utf8Column:
        """The rows, in that order."""
        starts = self.offsets[rows]
        lengths = self.offsets[np.asarray(rows) + 1] - starts
        offsets = np.zeros(lengths.size + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        gather = np.repeat(starts - offsets[:-1], lengths) + np.arange(offsets[-1])
        return Utf8Column(self.data[gather], offsets, self.missing[rows])

    def strings(self) -> NDArray[Any]:
        """The rows decoded again (None where missing)."""
        raw = self.data.tobytes()
        out = np.empty(len(self), dtype=object)
        out[:] = [
            None if m else raw[a:b].decode("utf-8")
            for a, b, m in zip(self.offsets[:-1], self.offsets[1:], self.missing, strict=True)
        ]
        return out

    def byte_lengths(self) -> NDArray[np.int64]:
        """Encoded length of each row."""
        return np.diff(self.offsets)


Column = NDArray[Any] | Utf8Column


@dataclass
class PropertyTable:
    """Named columns of equal length describing `count` features of one class.

    Numeric and boolean columns stay numpy arrays; every other column is encoded to UTF-8 once,
    here, rather than once per tile.
    """

    class_name: str
    columns: Mapping[str, Sequence[Any] | NDArray[Any] | Utf8Column]
    descriptions: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Normalise the columns."""
        self.columns = {name: _prepare(col) for name, col in self.columns.items()}

    @property
    def count(self) -> int:
        """Number of features (rows)."""
        return len(next(iter(self.columns.values()))) if self.columns else 0

    def take(self, rows: NDArray[np.integer[Any]]) -> PropertyTable:
        """The table restricted to `rows`, in that order."""
        return PropertyTable(
            self.class_name,
            {
                name: col.take(rows) if isinstance(col, Utf8Column) else np.asarray(col)[rows]
                for name, col in self.columns.items()
            },
            self.descriptions,
        )

    def encode(self) -> EncodedTable:
        """Schema and binary views for EXT_structural_metadata."""
        if not self.columns:
            raise TilingError("a property table needs at least one column")
        taken: set[str] = set()
        class_props: dict[str, Any] = {}
        views: dict[str, EncodedViews] = {}
        for name, column in self.columns.items():
            values = _prepare(column)
            if len(values) != self.count:
                raise TilingError(f"column '{name}' has {len(values)} rows, expected {self.count}")
            pid = property_id(name, taken)
            definition, encoded = _encode_column(values)
            if pid != name:
                definition["name"] = name
            if name in self.descriptions:
                definition["description"] = self.descriptions[name]
            class_props[pid] = definition
            # A string column empty in every row has no bytes to point at: glTF forbids an empty
            # buffer view, and the property table may leave out a property that is not required.
            if encoded.values:
                views[pid] = encoded
        schema = {
            "id": f"twin_{self.class_name}",
            "classes": {self.class_name: {"properties": class_props}},
        }
        return EncodedTable(schema, views)


def row_bytes(table: PropertyTable) -> NDArray[np.int64]:
    """Bytes each row adds to the encoded table: 8 per number, offset + text per string."""
    total = np.zeros(table.count, dtype=np.int64)
    for column in table.columns.values():
        total += 4 + column.byte_lengths() if isinstance(column, Utf8Column) else 8
    return total


def _concat_utf8(parts: list[Utf8Column]) -> Utf8Column:
    shifts = np.cumsum([0] + [int(p.offsets[-1]) for p in parts[:-1]])
    offsets = np.concatenate(
        [parts[0].offsets[:1]]
        + [p.offsets[1:] + shift for p, shift in zip(parts, shifts, strict=True)]
    )
    return Utf8Column(
        np.concatenate([p.data for p in parts]), offsets, np.concatenate([p.missing for p in parts])
    )


def _concat_column(parts: list[Column]) -> Column:
    texts = [p for p in parts if isinstance(p, Utf8Column)]
    arrays = [p for p in parts if not isinstance(p, Utf8Column)]
    if not arrays:
        return _concat_utf8(texts)
    kinds = {a.dtype.kind for a in arrays}
    if texts or ("b" in kinds and len(kinds) > 1):
        # One source field typed differently in two batches (e.g. booleans with and without
        # nulls): text is the common ground.
        return Utf8Column.from_values(
            [v for p in parts for v in (p.strings() if isinstance(p, Utf8Column) else p.tolist())]
        )
    return np.concatenate(arrays)


def concat_tables(tables: Sequence[PropertyTable]) -> PropertyTable:
    """Rows of several tables of one class; a column missing from a table is missing there."""
    if len(tables) == 1:
        return tables[0]
    names = list(dict.fromkeys(name for t in tables for name in t.columns))
    columns: dict[str, Column] = {}
    for name in names:
        parts: list[Column] = []
        for t in tables:
            col = t.columns.get(name)
            parts.append(
                _prepare(col) if col is not None else Utf8Column.from_values([None] * t.count)
            )
        columns[name] = _concat_column(parts)
    return PropertyTable(tables[0].class_name, columns, tables[0].descriptions)


def _prepare(column: Sequence[Any] | NDArray[Any] | Utf8Column) -> Column:
    if isinstance(column, Utf8Column):
        return column
    arr = np.asarray(column)
    if arr.dtype.kind in "biuf":
        return arr
    return Utf8Column.from_values(arr)


def _encode_column(values: Column) -> tuple[dict[str, Any], EncodedViews]:
    if isinstance(values, Utf8Column):
        return _encode_strings(values)
    kind = values.dtype.kind
    if kind == "b":
        bits = np.packbits(values.astype(np.uint8), bitorder="little")
        return {"type": "BOOLEAN"}, EncodedViews(bits.tobytes())
    if kind in "iu":
        as_int = values.astype(np.int64)
        if as_int.size == 0 or (as_int.min() > INT32_NO_DATA and as_int.max() < 2**31):
            return {"type": "SCALAR", "componentType": "INT32"}, EncodedViews(
                as_int.astype("<i4").tobytes()
            )
        return {"type": "SCALAR", "componentType": "INT64"}, EncodedViews(
            as_int.astype("<i8").tobytes()
        )
    if kind == "f":
        floats = values.astype("<f8")
        definition: dict[str, Any] = {"type": "SCALAR", "componentType": "FLOAT64"}
        missing = ~np.isfinite(floats)
        if missing.any():
            floats = np.where(missing, FLOAT_NO_DATA, floats)
            definition["noData"] = FLOAT_NO_DATA
        return definition, EncodedViews(floats.tobytes())
    raise TilingError(f"cannot encode a column of {values.dtype}")


def _encode_strings(column: Utf8Column) -> tuple[dict[str, Any], EncodedViews]:
    offsets = column.offsets
    if offsets[-1] >= 2**32:
        raise TilingError("more than 4 GiB of strings in one property table")
    definition: dict[str, Any] = {"type": "STRING"}
    if column.missing.any():
        definition["noData"] = ""
    return definition, EncodedViews(column.data.tobytes(), offsets.astype("<u4").tobytes())


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and not np.isfinite(value))


def _string_of(value: Any) -> str:
    if _is_missing(value):
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def decode_property(
    schema_property: Mapping[str, Any], values: bytes, offsets: bytes | None, count: int
) -> list[Any]:
    """Read one property column back (used by tests and checks to prove the round trip)."""
    ptype = schema_property["type"]
    if ptype == "BOOLEAN":
        bits = np.unpackbits(np.frombuffer(values, np.uint8), bitorder="little")[:count]
        return [bool(b) for b in bits]
    if ptype == "STRING":
        if offsets is None:
            raise TilingError("a STRING property needs string offsets")
        offs = np.frombuffer(offsets, "<u4")
        return [values[offs[i] : offs[i + 1]].decode("utf-8") for i in range(count)]
    dtype = {"INT32": "<i4", "INT64": "<i8", "FLOAT64": "<f8"}[schema_property["componentType"]]
    numbers: list[Any] = np.frombuffer(values, dtype)[:count].tolist()
    return numbers
