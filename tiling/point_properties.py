"""Per-point properties of point cloud tiles (LAS dimensions) in their exact types.

glTF vertex attributes take only 8- and 16-bit integers and float32, so a 32-bit integer, a
float64 (GPS time, a float64 extra-bytes dimension whose no-data value is DBL_MAX) or a 64-bit
integer cannot be one without losing values. Every property therefore goes into an
EXT_structural_metadata property table of one row per point (tightly packed, any of INT8 ..
UINT64, FLOAT32, FLOAT64), row i being vertex i (implicit feature IDs, EXT_mesh_features, would
reference it for picking: see gltf.PICKABLE_POINTS). The properties viewers colour by
(classification, intensity, return_number) are property attributes as well, for shaders.

A property may declare `normalized`, `offset` and `scale` (value = offset + scale * raw, raw
normalized first) and a `noData` raw value, as EXT_structural_metadata defines them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from tiling.errors import TilingError

COMPONENT_TYPES = {
    "i1": "INT8",
    "u1": "UINT8",
    "i2": "INT16",
    "u2": "UINT16",
    "i4": "INT32",
    "u4": "UINT32",
    "i8": "INT64",
    "u8": "UINT64",
    "f4": "FLOAT32",
    "f8": "FLOAT64",
}
ATTRIBUTE_DTYPES = frozenset({"i1", "u1", "i2", "u2", "f4"})  # what a vertex attribute holds
STYLE_PROPERTIES = ("classification", "intensity", "return_number")  # also vertex attributes
_NORMAL_MAX = {"i1": 127, "u1": 255, "i2": 32767, "u2": 65535, "i4": 2**31 - 1, "u4": 2**32 - 1}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class PointProperty:
    """How one per-point property is stored: `dtype` is a numpy kind+size ("u2", "f8", ...)."""

    name: str
    dtype: str
    normalized: bool = False
    offset: float | None = None
    scale: float | None = None
    no_data: int | float | None = None
    description: str = ""

    def __post_init__(self) -> None:
        """Refuse what EXT_structural_metadata cannot declare."""
        if not _IDENTIFIER.match(self.name):
            raise TilingError(f"property name {self.name!r} is not an identifier")
        if self.dtype not in COMPONENT_TYPES:
            raise TilingError(f"property {self.name}: unsupported type {self.dtype}")
        if self.normalized and self.dtype not in _NORMAL_MAX:
            raise TilingError(f"property {self.name}: only integers up to 32 bits normalize")
        transformed = self.offset is not None or self.scale is not None
        if transformed and not (self.normalized or self.dtype[0] == "f"):
            raise TilingError(f"property {self.name}: offset/scale need normalized or float")
        if self.no_data is not None and not np.isfinite(self.no_data):
            raise TilingError(f"property {self.name}: noData must be a finite number")

    @classmethod
    def plain(cls, name: str, values: NDArray[Any]) -> PointProperty:
        """A property stored as the array is, with no transform."""
        return cls(name, values.dtype.str[1:])

    @property
    def in_attribute(self) -> bool:
        """Whether it is also a vertex attribute (for shaders)."""
        return self.name in STYLE_PROPERTIES and self.dtype in ATTRIBUTE_DTYPES

    def schema(self) -> dict[str, Any]:
        """The class property (EXT_structural_metadata)."""
        out: dict[str, Any] = {"type": "SCALAR", "componentType": COMPONENT_TYPES[self.dtype]}
        if self.normalized:
            out["normalized"] = True
        if self.offset is not None:
            out["offset"] = self.offset
        if self.scale is not None:
            out["scale"] = self.scale
        if self.no_data is not None:
            out["noData"] = self.no_data
        if self.description:
            out["description"] = self.description
        return out

    def raw(self, values: NDArray[Any]) -> NDArray[Any]:
        """The values in the stored type (little-endian), refusing any that would change."""
        target = np.dtype("<" + self.dtype)
        arr = np.asarray(values)
        if arr.dtype == target:
            return arr
        cast = arr.astype(target)
        if not np.array_equal(cast, arr, equal_nan=arr.dtype.kind == "f"):
            raise TilingError(f"property {self.name}: values do not fit {self.dtype}")
        return cast

    def values(self, raw: NDArray[Any]) -> NDArray[np.float64]:
        """The property's meaning of stored values (float64, NaN at noData): for pnts and tests."""
        out = np.asarray(raw).astype(np.float64)
        if self.normalized:
            out = out / _NORMAL_MAX[self.dtype]
            if self.dtype[0] == "i":
                out = np.maximum(out, -1.0)
        if self.scale is not None:
            out = out * self.scale
        if self.offset is not None:
            out = out + self.offset
        if self.no_data is not None:
            out[np.asarray(raw) == self.no_data] = np.nan
        return out


def resolve(
    extras: dict[str, NDArray[Any]], declared: Sequence[PointProperty]
) -> list[tuple[PointProperty, NDArray[Any]]]:
    """Each array with its declared property (plain when undeclared), in the arrays' order."""
    by_name = {p.name: p for p in declared}
    out = []
    for name, values in extras.items():
        prop = by_name.get(name) or PointProperty.plain(name, np.asarray(values))
        out.append((prop, prop.raw(values)))
    return out


# 3D Tiles 1.0 batch tables: no 64-bit integers, no transforms, no noData.
PNTS_COMPONENTS = {
    "i1": "BYTE",
    "u1": "UNSIGNED_BYTE",
    "i2": "SHORT",
    "u2": "UNSIGNED_SHORT",
    "i4": "INT",
    "u4": "UNSIGNED_INT",
    "f4": "FLOAT",
    "f8": "DOUBLE",
}


def pnts_array(prop: PointProperty, raw: NDArray[Any]) -> tuple[str, NDArray[Any]]:
    """(componentType, values) of a property in a pnts batch table: raw when the type exists
    there and needs no transform, else its value as DOUBLE (no-data stays the raw value)."""
    plain = not prop.normalized and prop.scale is None and prop.offset is None
    if plain and prop.dtype in PNTS_COMPONENTS:
        return PNTS_COMPONENTS[prop.dtype], raw.astype("<" + prop.dtype)
    values = prop.values(raw)
    if prop.no_data is not None:
        values[np.asarray(raw) == prop.no_data] = float(prop.no_data)
    return "DOUBLE", values.astype("<f8")
