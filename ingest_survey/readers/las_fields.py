"""Which per-point properties a LAS point format gives the tiles, and how each is read exactly.

Besides position, colour, classification, intensity and return number (read by las.py), every
standard LAS dimension of the point format is kept (as PotreeConverter does): number of returns,
classification flags, scan flags, scanner channel, user data, scan angle, point source id (flight
line), GPS time and NIR, each in its own type (GPS time as float64: exact). Extra-bytes
dimensions keep their stored type too; a scaled one (scale or offset in its VLR) is stored as
float64 of laspy's value; its `no_data` becomes the property's noData. Waveform packet fields
(formats 4, 5, 9, 10) point into waveform data that the tiles do not carry: left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import laspy
import numpy as np
from numpy.typing import NDArray

from tiling.point_properties import PointProperty

# Names the tiles use for standard fields: an extra dimension called so is left out.
BASE_NAMES = ("q", "rgb", "classification", "intensity", "return_number")
SCAN_ANGLE_UNIT = 0.006  # degrees per step of the LAS 1.4 (formats 6-10) scan angle
_FLAGS = (("synthetic", 1), ("key_point", 2), ("withheld", 4), ("overlap", 8))
_SCAN_FLAGS = (("scan_direction_flag", 1), ("edge_of_flight_line", 2))


@dataclass(frozen=True)
class LasField:
    """One per-point property and its source: laspy dimension `source` (element `index` of an
    array dimension), or for `bits`, several one-bit dimensions packed into one byte."""

    prop: PointProperty
    source: str
    index: int | None = None
    bits: tuple[tuple[str, int], ...] = ()
    scale: float | None = None  # an extra-bytes VLR's scale and offset (value = raw * s + o)
    offset: float | None = None
    extra: bool = False  # an extra-bytes dimension (not a standard one)

    @property
    def name(self) -> str:
        """The property name."""
        return self.prop.name

    def read(self, points: laspy.ScaleAwarePointRecord) -> NDArray[Any]:
        """This field of a run of points, in the property's stored type."""
        if self.bits:
            out = np.zeros(len(points), dtype=np.uint8)
            for dim, bit in self.bits:
                if dim in points.point_format.dimension_names:
                    out |= np.asarray(points[dim], dtype=np.uint8) * np.uint8(bit)
            return out
        # Extra bytes raw from the record (laspy would scale them), standard ones as laspy has them.
        raw = np.asarray(points.array[self.source] if self.extra else points[self.source])
        if self.index is not None:
            raw = raw[:, self.index]
        if self.scale is not None or self.offset is not None:
            scaled = raw * (1.0 if self.scale is None else self.scale)
            return np.asarray(scaled + (0.0 if self.offset is None else self.offset), np.float64)
        return raw.astype(self.prop.dtype)


def standard_fields(point_format: laspy.PointFormat) -> list[LasField]:
    """The standard dimensions of a point format beyond the base five."""
    names = set(point_format.dimension_names)
    six_plus = point_format.id >= 6
    fields = [
        LasField(PointProperty("number_of_returns", "u1"), "number_of_returns"),
        LasField(
            PointProperty(
                "classification_flags",
                "u1",
                description="bits: 1 synthetic, 2 key-point, 4 withheld, 8 overlap (LAS 1.4)",
            ),
            "",
            bits=tuple(f for f in _FLAGS if f[0] in names),
        ),
        LasField(
            PointProperty(
                "scan_flags", "u1", description="bits: 1 scan direction, 2 edge of flight line"
            ),
            "",
            bits=_SCAN_FLAGS,
        ),
        LasField(PointProperty("user_data", "u1"), "user_data"),
        LasField(
            PointProperty("point_source_id", "u2", description="flight line (point source ID)"),
            "point_source_id",
        ),
    ]
    if six_plus:
        fields.insert(3, LasField(PointProperty("scanner_channel", "u1"), "scanner_channel"))
        # value = raw / 32767 * scale = raw * 0.006 degrees (valid raws stay within +-30000)
        scale = SCAN_ANGLE_UNIT * 32767
        angle = PointProperty("scan_angle", "i2", normalized=True, scale=scale)
        fields.append(LasField(angle, "scan_angle"))
    else:
        rank = PointProperty("scan_angle_rank", "i1", description="scan angle, whole degrees")
        fields.append(LasField(rank, "scan_angle_rank"))
    if "gps_time" in names:
        gps = PointProperty("gps_time", "f8", description="GPS time (s) as the file stores it")
        fields.append(LasField(gps, "gps_time"))
    if "nir" in names:
        fields.append(LasField(PointProperty("nir", "u2", description="near infrared"), "nir"))
    return fields


def _no_data_of(header: laspy.LasHeader) -> dict[str, Any]:
    """Extra-bytes `no_data` values by dimension name (laspy reads them but does not pass them
    on to its dimension info)."""
    found: dict[str, Any] = {}
    for vlr in header.vlrs:
        for struct in getattr(vlr, "extra_bytes_structs", ()):
            if struct.no_data is not None:
                found[struct.format_name()] = np.asarray(struct.no_data)
    return found


def extra_fields(header: laspy.LasHeader, taken: set[str]) -> list[LasField]:
    """The numeric extra-bytes dimensions, one field per scalar (arrays split into name_0..)."""
    found: list[LasField] = []
    no_data = _no_data_of(header)
    for dim in header.point_format.extra_dimensions:
        if dim.dtype is None or dim.dtype.base.kind not in "iuf":
            continue  # undocumented raw bytes: no meaning to carry
        base = re.sub(r"[^A-Za-z0-9_]", "_", dim.name.strip()) or "extra"
        if base[0].isdigit():
            base = "_" + base
        count = int(dim.num_elements)
        for index in [None] if count == 1 else list(range(count)):
            name = base if index is None else f"{base}_{index}"
            if name.lower() in taken:
                continue  # a clash with a standard field or another dimension: left out
            taken.add(name.lower())
            element = 0 if index is None else index
            scale = None if dim.scales is None else float(dim.scales[element])
            offset = None if dim.offsets is None else float(dim.offsets[element])
            raw_type = dim.dtype.base.str[1:]
            nd = no_data.get(dim.name)
            nodata: int | float | None = None
            if nd is not None and np.isfinite(nd[element]):
                nodata = nd[element].item()
            scaled = scale is not None or offset is not None
            if scaled and nodata is not None:  # noData is compared with the stored value
                nodata = float(nodata * (1.0 if scale is None else scale) + (offset or 0.0))
            description = str(dim.description or "").strip("\0 ")
            prop = PointProperty(
                name, "f8" if scaled else raw_type, no_data=nodata, description=description
            )
            found.append(LasField(prop, dim.name, index, scale=scale, offset=offset, extra=True))
    return found


def las_fields(header: laspy.LasHeader) -> tuple[LasField, ...]:
    """Every per-point property the tiles keep beyond the base five, standard ones first."""
    standard = standard_fields(header.point_format)
    taken = {n.lower() for n in BASE_NAMES} | {f.name.lower() for f in standard}
    return (*standard, *extra_fields(header, taken))
