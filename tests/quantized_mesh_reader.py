"""An independent quantized-mesh-1.0 decoder for the tests, written from the spec
(github.com/CesiumGS/quantized-mesh), sharing no code with tiling/quantized_mesh.py.

Plain Python loops on purpose: slow, obvious, and a second reading of the format.
"""

from __future__ import annotations

import gzip
import json
import math
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class DecodedTile:
    """Everything a quantized-mesh tile says."""

    center: tuple[float, float, float]
    min_height: float
    max_height: float
    sphere_center: tuple[float, float, float]
    sphere_radius: float
    horizon_point: tuple[float, float, float]
    u: list[int]
    v: list[int]
    h: list[int]
    triangles: list[tuple[int, int, int]]
    edges: dict[str, list[int]]
    extensions: dict[int, bytes] = field(default_factory=dict)

    def heights(self) -> list[float]:
        """Metres, as the spec says: lerp(min, max, h / 32767)."""
        return [self.min_height + (self.max_height - self.min_height) * q / 32767 for q in self.h]

    def normals(self) -> list[tuple[float, float, float]]:
        """Oct-decoded unit normals (extension 1)."""
        raw = self.extensions[1]
        out = []
        for i in range(len(self.u)):
            x = raw[2 * i] / 255 * 2 - 1
            y = raw[2 * i + 1] / 255 * 2 - 1
            z = 1 - abs(x) - abs(y)
            if z < 0:
                x, y = ((1 - abs(y)) * math.copysign(1, x), (1 - abs(x)) * math.copysign(1, y))
            n = math.sqrt(x * x + y * y + z * z)
            out.append((x / n, y / n, z / n))
        return out

    def metadata(self) -> dict[str, Any]:
        """The metadata extension's JSON (extension 4)."""
        raw = self.extensions[4]
        (length,) = struct.unpack_from("<I", raw, 0)
        return json.loads(raw[4 : 4 + length].decode())


def _zigzag(values: list[int]) -> list[int]:
    out, acc = [], 0
    for d in values:
        acc += (d >> 1) ^ -(d & 1)
        out.append(acc)
    return out


def decode(data: bytes) -> DecodedTile:
    """Decode one uncompressed tile."""
    header = struct.unpack_from("<3d2f4d3d", data, 0)
    pos = 88
    (n,) = struct.unpack_from("<I", data, pos)
    pos += 4
    raw = struct.unpack_from(f"<{3 * n}H", data, pos)
    pos += 6 * n
    u, v, h = _zigzag(list(raw[:n])), _zigzag(list(raw[n : 2 * n])), _zigzag(list(raw[2 * n :]))
    wide = n > 65536
    fmt, size = ("I", 4) if wide else ("H", 2)
    if pos % size:
        pos += size - pos % size
    (t,) = struct.unpack_from("<I", data, pos)
    pos += 4
    codes = struct.unpack_from(f"<{3 * t}{fmt}", data, pos)
    pos += 3 * t * size
    highest, indices = 0, []
    for code in codes:
        indices.append(highest - code)
        if code == 0:
            highest += 1
    triangles = [tuple(indices[i : i + 3]) for i in range(0, len(indices), 3)]
    edges = {}
    for name in ("west", "south", "east", "north"):
        (k,) = struct.unpack_from("<I", data, pos)
        pos += 4
        edges[name] = list(struct.unpack_from(f"<{k}{fmt}", data, pos))
        pos += k * size
    extensions = {}
    while pos < len(data):
        ext_id, length = struct.unpack_from("<BI", data, pos)
        extensions[ext_id] = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    assert pos == len(data), "trailing bytes"
    return DecodedTile(
        header[0:3],
        header[3],
        header[4],
        header[5:8],
        header[8],
        header[9:12],
        u,
        v,
        h,
        triangles,
        edges,
        extensions,
    )  # type: ignore[arg-type]


def read_tile(path: Path) -> DecodedTile:
    """Decode a gzip-encoded .terrain file."""
    return decode(gzip.decompress(path.read_bytes()))
