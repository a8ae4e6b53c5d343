"""Legacy 3D Tiles 1.0 Point Cloud (`pnts`) content, for viewers that predate glTF point clouds.

Layout (3D Tiles 1.0, "Point Cloud"): a 28-byte header, then the feature table (JSON + binary),
then the batch table (JSON + binary). Each JSON part is padded with spaces so that the part after
it starts on an 8-byte boundary of the file, each binary part is zero padded to a multiple of 8,
and every binary property starts at an 8-byte offset within its body (stricter than the
component size the spec asks for). Positions are float32 relative to RTC_CENTER, z-up (pnts
content is not glTF, so no y-up turn). Per-point properties go into the batch table without
BATCH_ID, so each has POINTS_LENGTH values (no BATCH_LENGTH), by the same names as the glTF
properties (one viewer style serves both outputs): in their own type where the batch table has it,
else (64-bit integers, offset/scale) as DOUBLE.
"""

from __future__ import annotations

import json
import struct
from typing import Any

import numpy as np
from numpy.typing import NDArray

from tiling.errors import TilingError
from tiling.gltf import PointCloudContent
from tiling.point_properties import pnts_array

HEADER_BYTES = 28


def _binary_body(arrays: list[tuple[str, NDArray[Any]]]) -> tuple[dict[str, int], bytes]:
    """Concatenate arrays, each starting on an 8-byte offset; the body ends padded to 8."""
    offsets: dict[str, int] = {}
    body = bytearray()
    for name, array in arrays:
        body.extend(b"\0" * (-len(body) % 8))
        offsets[name] = len(body)
        body.extend(np.ascontiguousarray(array).tobytes())
    body.extend(b"\0" * (-len(body) % 8))
    return offsets, bytes(body)


def _json_part(doc: dict[str, Any], start: int) -> bytes:
    """Compact JSON padded with spaces so that the next part starts on an 8-byte boundary."""
    text = json.dumps(doc, separators=(",", ":"), allow_nan=False).encode()
    return text + b" " * (-(start + len(text)) % 8)


def pnts_bytes(content: PointCloudContent) -> bytes:
    """Serialise a point cloud tile as `pnts` (POSITION float32, RGB, per-point batch table)."""
    n = content.positions.shape[0]
    if n == 0:
        raise TilingError("a point cloud tile needs at least one point")
    features = [("POSITION", content.positions.astype("<f4"))]
    if content.colors is not None:
        features.append(("RGB", content.colors.astype(np.uint8)))
    offsets, feature_bin = _binary_body(features)
    feature_doc: dict[str, Any] = {
        "POINTS_LENGTH": int(n),
        "RTC_CENTER": [float(v) for v in content.center],
        **{name: {"byteOffset": off} for name, off in offsets.items()},
    }
    feature_json = _json_part(feature_doc, HEADER_BYTES)
    batch_json = b""
    batch_bin = b""
    properties = content.properties()
    if properties:
        typed = [(prop.name, *pnts_array(prop, raw)) for prop, raw in properties]
        boffsets, batch_bin = _binary_body([(name, a) for name, _, a in typed])
        batch_doc: dict[str, Any] = {
            name: {"byteOffset": boffsets[name], "componentType": component, "type": "SCALAR"}
            for name, component, _ in typed
        }
        no_data = {p.name: p.no_data for p, _ in properties if p.no_data is not None}
        if no_data:  # 3D Tiles 1.0 has no noData: said in the batch table's extras
            batch_doc["extras"] = {"noData": no_data}
        batch_json = _json_part(batch_doc, HEADER_BYTES + len(feature_json) + len(feature_bin))
    total = HEADER_BYTES + len(feature_json) + len(feature_bin) + len(batch_json) + len(batch_bin)
    header = struct.pack(
        "<4sIIIIII",
        b"pnts",
        1,
        total,
        len(feature_json),
        len(feature_bin),
        len(batch_json),
        len(batch_bin),
    )
    return b"".join([header, feature_json, feature_bin, batch_json, batch_bin])
