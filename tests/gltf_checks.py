"""glTF and tile content for the spec checks: the Khronos validator, and an independent reader of
the positions in GLB, b3dm, pnts and cmpt content (numpy only, nothing shared with the writers).
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

REPO = Path(__file__).resolve().parents[1]
GLTF_VALIDATOR = REPO / "tests" / "js" / "validate_gltf.mjs"
# 3D Tiles glTF extensions the Khronos validator does not know: it reports them as
# UNSUPPORTED_EXTENSION, which says nothing about the asset's validity.
ACCEPTED_UNSUPPORTED_EXTENSIONS = frozenset({"EXT_mesh_features", "EXT_structural_metadata"})
# glTF is y-up, 3D Tiles z-up: (x, y, z)_gltf -> (x, -z, y)_3dtiles (3D Tiles 1.1, glTF transforms).
Y_UP_TO_Z_UP = np.array([[1, 0, 0, 0], [0, 0, -1, 0], [0, 1, 0, 0], [0, 0, 0, 1]], dtype=np.float64)
_COMPONENTS = {5120: "i1", 5121: "u1", 5122: "i2", 5123: "u2", 5125: "u4", 5126: "f4"}
_NORMALIZE = {5120: 127.0, 5121: 255.0, 5122: 32767.0, 5123: 65535.0}
_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT4": 16}

Positions = NDArray[np.float64]  # (N, 3), metres


# ---------------------------------------------------------------------------- glTF validator


def validate_gltf_files(paths: Iterable[Path | str]) -> list[dict[str, Any]]:
    """Run the Khronos glTF validator once over `paths`; one report dict per file, in order."""
    files = [str(Path(p).resolve()) for p in paths]
    if not files:
        return []
    node = shutil.which("node")
    if node is None or not (GLTF_VALIDATOR.parent / "node_modules" / "gltf-validator").is_dir():
        raise AssertionError("glTF validator missing: run `make test` (npm ci in tests/js) first")
    done = subprocess.run(
        [node, str(GLTF_VALIDATOR), "-"],
        input="\n".join(files),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    if len(reports) != len(files):
        raise AssertionError(f"glTF validator crashed (exit {done.returncode}): {done.stderr}")
    return reports


def _is_accepted(message: dict[str, Any], accepted: frozenset[str]) -> bool:
    return message["code"] == "UNSUPPORTED_EXTENSION" and any(
        f"'{name}'" in message["message"] for name in accepted
    )


def assert_glb_valid(
    paths: Path | str | Iterable[Path | str],
    *,
    allow_warnings: Sequence[str] = (),
    accepted_extensions: frozenset[str] = ACCEPTED_UNSUPPORTED_EXTENSIONS,
) -> list[dict[str, Any]]:
    """Assert every glTF/GLB file passes the Khronos validator.

    Errors always fail. Warnings fail too unless their code is in `allow_warnings`, except
    UNSUPPORTED_EXTENSION for `accepted_extensions` (the 3D Tiles metadata extensions). Infos and
    hints are returned, not judged.

    Returns:
        The validator's per-file reports.

    Raises:
        AssertionError: listing each failing file with the validator's messages.
    """
    batch = [paths] if isinstance(paths, str | Path) else list(paths)
    reports = validate_gltf_files(batch)
    failures = []
    for report in reports:
        bad = [
            m
            for m in report["messages"]
            if m["severity"] == 0
            or (
                m["severity"] == 1
                and m["code"] not in allow_warnings
                and not _is_accepted(m, accepted_extensions)
            )
        ]
        if bad or report["numErrors"]:
            lines = [f"  {m['code']} {m.get('pointer') or ''}: {m['message']}" for m in bad[:20]]
            failures.append(f"{report['path']}: {report['numErrors']} errors\n" + "\n".join(lines))
    if failures:
        raise AssertionError("glTF validation failed:\n" + "\n".join(failures))
    return reports


# ---------------------------------------------------------------------------- content decoding


def parse_glb(data: bytes) -> tuple[dict[str, Any], bytes]:
    magic, version, length = struct.unpack_from("<4sII", data, 0)
    if magic != b"glTF" or version != 2:
        raise AssertionError(f"not a glTF 2.0 GLB (magic {magic!r}, version {version})")
    if length != len(data):
        raise AssertionError(f"GLB header length {length} != {len(data)} bytes")
    doc: dict[str, Any] | None = None
    binary = b""
    offset = 12
    while offset + 8 <= length:
        chunk_len, chunk_type = struct.unpack_from("<II", data, offset)
        chunk = data[offset + 8 : offset + 8 + chunk_len]
        if chunk_type == 0x4E4F534A:  # "JSON"
            doc = json.loads(chunk)
        elif chunk_type == 0x004E4942 and not binary:  # "BIN\0"
            binary = chunk
        offset += 8 + chunk_len
    if doc is None:
        raise AssertionError("GLB has no JSON chunk")
    return doc, binary


def read_accessor(doc: dict[str, Any], binary: bytes, index: int) -> NDArray[np.float64]:
    acc = doc["accessors"][index]
    width = _WIDTH[acc["type"]]
    dtype = np.dtype(_COMPONENTS[acc["componentType"]]).newbyteorder("<")
    count = acc["count"]
    out = np.zeros((count, width), dtype=np.float64)
    if "bufferView" in acc:
        view = doc["bufferViews"][acc["bufferView"]]
        if view["buffer"] != 0 or "uri" in doc["buffers"][0]:
            raise AssertionError("only GLB-embedded buffers are supported")
        start = view.get("byteOffset", 0) + acc.get("byteOffset", 0)
        stride = view.get("byteStride") or dtype.itemsize * width
        raw = (
            np.frombuffer(
                binary,
                dtype=np.uint8,
                count=stride * (count - 1) + dtype.itemsize * width,
                offset=start,
            )
            if count
            else np.zeros(0, np.uint8)
        )
        if count:
            rows = np.lib.stride_tricks.as_strided(
                raw, (count, dtype.itemsize * width), (stride, 1)
            )
            out = rows.copy().view(dtype).reshape(count, width).astype(np.float64)
    if sparse := acc.get("sparse"):
        ind, val = sparse["indices"], sparse["values"]
        iview, vview = doc["bufferViews"][ind["bufferView"]], doc["bufferViews"][val["bufferView"]]
        idx = np.frombuffer(
            binary,
            _COMPONENTS[ind["componentType"]],
            sparse["count"],
            iview.get("byteOffset", 0) + ind.get("byteOffset", 0),
        )
        vals = np.frombuffer(
            binary,
            dtype,
            sparse["count"] * width,
            vview.get("byteOffset", 0) + val.get("byteOffset", 0),
        )
        out[idx.astype(np.int64)] = vals.reshape(-1, width)
    if acc.get("normalized") and acc["componentType"] in _NORMALIZE:
        out = np.maximum(out / _NORMALIZE[acc["componentType"]], -1.0)
    return out


def _node_matrix(node: dict[str, Any]) -> NDArray[np.float64]:
    if "matrix" in node:
        return np.array(node["matrix"], dtype=np.float64).reshape(4, 4).T  # column-major
    x, y, z, w = node.get("rotation", [0.0, 0.0, 0.0, 1.0])
    rotation = np.array(
        [
            [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
            [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
            [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
        ]
    )
    matrix = np.eye(4)
    matrix[:3, :3] = rotation * np.array(node.get("scale", [1.0, 1.0, 1.0]))
    matrix[:3, 3] = node.get("translation", [0.0, 0.0, 0.0])
    return matrix


def read_glb_positions(data: bytes, rtc_center: Sequence[float] | None = None) -> Positions:
    """Decode every rendered vertex of a GLB into the tile's z-up frame.

    Applies node matrices/TRS down the scene graph, then glTF y-up -> 3D Tiles z-up, then
    `rtc_center` or the CESIUM_RTC extension's center (as CesiumJS does: after axis correction).

    Returns:
        (N, 3) float64 positions in metres, before any tile transform.
    """
    doc, binary = parse_glb(data)
    nodes = doc.get("nodes", [])
    if "scenes" in doc:
        roots = doc["scenes"][doc.get("scene", 0)].get("nodes", [])
    else:
        children = {c for n in nodes for c in n.get("children", [])}
        roots = [i for i in range(len(nodes)) if i not in children]
    parts = []
    stack = [(i, np.eye(4)) for i in roots]
    while stack:
        index, parent = stack.pop()
        node = nodes[index]
        world = parent @ _node_matrix(node)
        if "mesh" in node:
            for prim in doc["meshes"][node["mesh"]]["primitives"]:
                local = read_accessor(doc, binary, prim["attributes"]["POSITION"])
                parts.append(local @ world[:3, :3].T + world[:3, 3])
        stack.extend((c, world) for c in node.get("children", []))
    points = np.concatenate(parts) if parts else np.zeros((0, 3))
    points = points @ Y_UP_TO_Z_UP[:3, :3].T
    center = rtc_center or doc.get("extensions", {}).get("CESIUM_RTC", {}).get("center")
    return points + np.asarray(center, dtype=np.float64) if center else points


def _feature_table(data: bytes, offset: int, json_len: int) -> tuple[dict[str, Any], int]:
    text = data[offset : offset + json_len].decode().strip(" \x00")
    return (json.loads(text) if text else {}), offset + json_len


def read_content_positions(data: bytes) -> Positions:
    """Decode the vertices of a GLB, b3dm, pnts or cmpt tile content, z-up, before tile transforms.

    Raises:
        AssertionError: for a content type this cannot decode (i3dm, external glTF buffers).
    """
    magic = data[:4]
    if magic == b"glTF":
        return read_glb_positions(data)
    if magic == b"cmpt":
        (count,) = struct.unpack_from("<I", data, 12)
        parts, offset = [], 16
        for _ in range(count):
            (length,) = struct.unpack_from("<I", data, offset + 8)
            parts.append(read_content_positions(data[offset : offset + length]))
            offset += length
        return np.concatenate(parts) if parts else np.zeros((0, 3))
    if magic not in (b"b3dm", b"pnts"):
        raise AssertionError(f"cannot decode content with magic {magic!r}")
    ft_json, ft_bin, bt_json, bt_bin = struct.unpack_from("<4I", data, 12)
    table, bin_start = _feature_table(data, 28, ft_json)
    if magic == b"b3dm":
        glb = data[28 + ft_json + ft_bin + bt_json + bt_bin :]
        return read_glb_positions(glb, table.get("RTC_CENTER"))
    count = table["POINTS_LENGTH"]
    if "POSITION" in table:
        points = np.frombuffer(data, "<f4", count * 3, bin_start + table["POSITION"]["byteOffset"])
        points = points.reshape(-1, 3).astype(np.float64)
    else:
        quantized = np.frombuffer(
            data, "<u2", count * 3, bin_start + table["POSITION_QUANTIZED"]["byteOffset"]
        ).reshape(-1, 3)
        scale = np.asarray(table["QUANTIZED_VOLUME_SCALE"], dtype=np.float64) / 65535.0
        points = np.asarray(table["QUANTIZED_VOLUME_OFFSET"], dtype=np.float64) + quantized * scale
    return points + np.asarray(table.get("RTC_CENTER", [0.0, 0.0, 0.0]), dtype=np.float64)
