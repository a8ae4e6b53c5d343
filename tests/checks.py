"""Spec invariants for what twin writes: glTF validity and 3D Tiles 1.1 tileset rules.

Every pipeline's tests call these on everything they write (DESIGN.md principle 14):
- `assert_glb_valid(paths)`: the Khronos glTF validator (tests/js, one node process per batch).
- `assert_tileset_valid(tileset_json)`: walks a tileset tree and checks asset.version, geometric
  errors, refine, content URIs and that every bounding volume contains its content's vertices
  (GLB, b3dm, pnts, cmpt decoded here with numpy, independently of the writer).
- Building blocks: `read_glb_positions`, `read_content_positions`, `assert_contains`,
  `assert_geometric_error_decreases`.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pyproj import Transformer

REPO = Path(__file__).resolve().parents[1]
GLTF_VALIDATOR = REPO / "tests" / "js" / "validate_gltf.mjs"
# 3D Tiles glTF extensions the Khronos validator does not know: it reports them as
# UNSUPPORTED_EXTENSION, which says nothing about the asset's validity.
ACCEPTED_UNSUPPORTED_EXTENSIONS = frozenset({"EXT_mesh_features", "EXT_structural_metadata"})
ANGLE_TOL_RAD = 1e-9  # about 6 mm on the ground
LENGTH_TOL_M = 0.01
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


def _parse_glb(data: bytes) -> tuple[dict[str, Any], bytes]:
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


def _read_accessor(doc: dict[str, Any], binary: bytes, index: int) -> NDArray[np.float64]:
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
    doc, binary = _parse_glb(data)
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
                local = _read_accessor(doc, binary, prim["attributes"]["POSITION"])
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


# ---------------------------------------------------------------------------- bounding volumes


@cache
def _ecef_to_geodetic() -> Transformer:
    return Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True)


def _apply(transform: NDArray[np.float64], points: Positions) -> Positions:
    return points @ transform[:3, :3].T + transform[:3, 3]


def _outside(volume: dict[str, Any], points: Positions, transform: NDArray[np.float64]) -> str:
    """Describe how `points` (world frame) leave `volume`; "" when all are inside."""
    if len(points) == 0:
        return ""
    if "region" in volume:  # never transformed (3D Tiles 1.1, "tile transforms")
        west, south, east, north, low, high = volume["region"]
        lon, lat, h = _ecef_to_geodetic().transform(points[:, 0], points[:, 1], points[:, 2])
        lon, lat = np.radians(lon), np.radians(lat)
        if west <= east:
            dlon = np.maximum(west - lon, lon - east)
        else:  # crosses the antimeridian
            dlon = np.minimum(west - lon, lon - east)
        excess = np.stack(
            [
                dlon / ANGLE_TOL_RAD,
                np.maximum(south - lat, lat - north) / ANGLE_TOL_RAD,
                np.maximum(low - h, h - high) / LENGTH_TOL_M,
            ],
            axis=1,
        )
        bad = (excess > 1.0).any(axis=1)
        if not bad.any():
            return ""
        worst = np.maximum(excess.max(axis=0), 0.0)
        return (
            f"{bad.sum()} of {len(points)} vertices outside region by up to "
            f"{worst[0] * ANGLE_TOL_RAD:.3g} rad lon, {worst[1] * ANGLE_TOL_RAD:.3g} rad lat, "
            f"{worst[2] * LENGTH_TOL_M:.3g} m height"
        )
    if "box" in volume:
        box = np.asarray(volume["box"], dtype=np.float64)
        center = _apply(transform, box[None, :3])[0]
        axes = box[3:].reshape(3, 3) @ transform[:3, :3].T  # rows: half-axes
        offsets = points - center
        local = offsets @ np.linalg.pinv(axes)  # degenerate (flat) boxes get a 0 coordinate
        lengths = np.linalg.norm(axes, axis=1)
        over = np.abs(local) * lengths - lengths
        residual = np.linalg.norm(offsets - local @ axes, axis=1)
        distance = np.maximum(over.max(axis=1), residual)
        bad = distance > LENGTH_TOL_M
        return (
            f"{bad.sum()} of {len(points)} vertices outside box by up to {distance.max():.3g} m"
            if bad.any()
            else ""
        )
    if "sphere" in volume:
        cx, cy, cz, radius = volume["sphere"]
        center = _apply(transform, np.array([[cx, cy, cz]]))[0]
        radius *= np.linalg.norm(transform[:3, :3], axis=0).max()
        distance = np.linalg.norm(points - center, axis=1) - radius
        bad = distance > LENGTH_TOL_M
        return (
            f"{bad.sum()} of {len(points)} vertices outside sphere by up to {distance.max():.3g} m"
            if bad.any()
            else ""
        )
    raise AssertionError(f"bounding volume has no box, region or sphere: {volume}")


def assert_contains(
    bounding_volume: dict[str, Any],
    positions: Positions,
    transform: NDArray[np.float64] | None = None,
) -> None:
    """Assert a 3D Tiles bounding volume contains `positions` (N, 3) metres in EPSG:4978.

    `transform` is the tile's computed 4x4 transform (applied to box and sphere, not region).
    Tolerance: 1e-9 rad for region angles, 1 cm for lengths.
    """
    matrix = np.eye(4) if transform is None else np.asarray(transform, dtype=np.float64)
    if problem := _outside(bounding_volume, np.asarray(positions, dtype=np.float64), matrix):
        raise AssertionError(problem)


def _volume_samples(volume: dict[str, Any], transform: NDArray[np.float64]) -> Positions:
    """Points on the hull of a volume, in the world frame, to test nesting approximately."""
    if "region" in volume:
        west, south, east, north, low, high = volume["region"]
        lon, lat, h = np.meshgrid(
            np.linspace(west, east, 3), np.linspace(south, north, 3), [low, high]
        )
        x, y, z = _ecef_to_geodetic().transform(
            np.degrees(lon.ravel()), np.degrees(lat.ravel()), h.ravel(), direction="INVERSE"
        )
        return np.stack([x, y, z], axis=1)
    if "box" in volume:
        box = np.asarray(volume["box"], dtype=np.float64)
        signs = np.array([[a, b, c] for a in (-1, 1) for b in (-1, 1) for c in (-1, 1)])
        return _apply(transform, box[:3] + signs @ box[3:].reshape(3, 3))
    cx, cy, cz, r = volume["sphere"]
    return _apply(transform, np.array([cx, cy, cz]) + np.vstack([np.eye(3), -np.eye(3)]) * r)


# ---------------------------------------------------------------------------- tileset walk


@dataclass
class TilesetReport:
    """What `assert_tileset_valid` saw: counts, content files, and non-fatal notes."""

    tiles: int = 0
    contents: list[Path] = field(default_factory=list)
    glbs: list[Path] = field(default_factory=list)
    vertices: int = 0
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def assert_geometric_error_decreases(tileset: dict[str, Any]) -> None:
    """Assert geometricError is present and strictly decreases parent -> child (leaves may be 0)."""
    problems: list[str] = []

    def walk(tile: dict[str, Any], pointer: str, parent_error: float | None) -> None:
        error = tile.get("geometricError")
        if not isinstance(error, int | float) or error < 0:
            problems.append(f"{pointer}: geometricError missing or negative: {error!r}")
            return
        if parent_error is not None and not error < parent_error:
            problems.append(
                f"{pointer}: geometricError {error} not below its parent's {parent_error}"
            )
        for i, child in enumerate(tile.get("children", [])):
            walk(child, f"{pointer}/children/{i}", error)

    top = tileset.get("geometricError")
    if not isinstance(top, int | float) or top < 0:
        problems.append(f"tileset geometricError missing or negative: {top!r}")
    walk(tileset.get("root", {}), "root", None)
    if problems:
        raise AssertionError("geometric error: " + "; ".join(problems))


def _check_content(
    content: dict[str, Any],
    tile: dict[str, Any],
    base: Path,
    pointer: str,
    transform: NDArray[np.float64],
    report: TilesetReport,
) -> None:
    uri = content.get("uri")
    if not isinstance(uri, str):
        report.problems.append(f"{pointer}: content without uri")
        return
    path = (base / uri).resolve()
    if not path.is_file():
        report.problems.append(f"{pointer}: content {uri} does not exist")
        return
    report.contents.append(path)
    if path.suffix == ".json":  # an external tileset: same rules, inherits the transform
        _walk_tileset(path, transform, report)
        return
    if path.suffix == ".gltf":
        report.notes.append(f"{pointer}: {uri}: .gltf containment not checked")
        return
    data = path.read_bytes()
    if data[:4] == b"glTF":
        report.glbs.append(path)
    try:
        world = _apply(transform, read_content_positions(data))
    except (AssertionError, KeyError, ValueError, struct.error) as error:
        report.problems.append(f"{pointer}: {uri}: cannot decode: {error}")
        return
    report.vertices += len(world)
    for name, volume in (
        ("tile", tile["boundingVolume"]),
        ("content", content.get("boundingVolume")),
    ):
        if volume is not None and (problem := _outside(volume, world, transform)):
            report.problems.append(f"{pointer}: {uri}: {name} bounding volume: {problem}")


def _walk_tile(
    tile: dict[str, Any],
    base: Path,
    pointer: str,
    parent: tuple[dict[str, Any], NDArray[np.float64]] | None,
    transform: NDArray[np.float64],
    report: TilesetReport,
) -> None:
    report.tiles += 1
    if "implicitTiling" in tile:
        report.problems.append(f"{pointer}: implicit tiling is not checked by assert_tileset_valid")
    volume = tile.get("boundingVolume")
    if not isinstance(volume, dict) or not ({"box", "region", "sphere"} & volume.keys()):
        report.problems.append(f"{pointer}: missing or empty boundingVolume")
        return
    if tile.get("refine", "ADD") not in ("ADD", "REPLACE"):
        report.problems.append(f"{pointer}: refine {tile['refine']!r} is not ADD or REPLACE")
    if "transform" in tile:
        if len(tile["transform"]) != 16:
            report.problems.append(f"{pointer}: transform must have 16 numbers")
            return
        transform = transform @ np.array(tile["transform"], dtype=np.float64).reshape(4, 4).T
    if parent is not None and (
        problem := _outside(parent[0], _volume_samples(volume, transform), parent[1])
    ):
        # The spec only requires content containment; nesting is recommended, so report it.
        report.notes.append(f"{pointer}: bounding volume not inside its parent's: {problem}")
    contents = ([tile["content"]] if "content" in tile else []) + tile.get("contents", [])
    for i, content in enumerate(contents):
        _check_content(content, tile, base, f"{pointer}/content[{i}]", transform, report)
    for i, child in enumerate(tile.get("children", [])):
        _walk_tile(child, base, f"{pointer}/children/{i}", (volume, transform), transform, report)


def _walk_tileset(path: Path, transform: NDArray[np.float64], report: TilesetReport) -> None:
    tileset = json.loads(path.read_text())
    if tileset.get("asset", {}).get("version") != "1.1":
        report.problems.append(f'{path.name}: asset.version is not "1.1": {tileset.get("asset")}')
    root = tileset.get("root")
    if not isinstance(root, dict):
        report.problems.append(f"{path.name}: no root tile")
        return
    if root.get("refine") not in ("ADD", "REPLACE"):
        report.problems.append(f"{path.name}: root.refine must be ADD or REPLACE")
    try:
        assert_geometric_error_decreases(tileset)
    except AssertionError as error:
        report.problems.append(f"{path.name}: {error}")
    if (
        isinstance(tileset.get("geometricError"), int | float)
        and isinstance(root.get("geometricError"), int | float)
        and tileset["geometricError"] < root["geometricError"]
    ):
        report.notes.append(f"{path.name}: tileset geometricError below the root's")
    _walk_tile(root, path.parent, f"{path.name}#root", None, transform, report)


def assert_tileset_valid(tileset_json: Path | str, *, validate_glb: bool = True) -> TilesetReport:
    """Assert a 3D Tiles 1.1 tileset folder follows the spec rules twin relies on.

    Checks asset.version "1.1"; tileset and tile geometricError present and strictly decreasing
    parent -> child; root refine ADD/REPLACE; every content URI exists; every tile (and content)
    bounding volume contains its content's vertices (tile transforms, glTF y-up -> z-up and RTC
    applied). Child volumes outside their parent's are only reported in `notes`. With
    `validate_glb`, all GLB contents also go through `assert_glb_valid` in one batch.

    Returns:
        A TilesetReport (tiles, contents, glbs, vertices, notes).

    Raises:
        AssertionError: listing every problem found.
    """
    report = TilesetReport()
    _walk_tileset(Path(tileset_json), np.eye(4), report)
    if report.problems:
        shown = "\n  ".join(report.problems[:50])
        raise AssertionError(f"{len(report.problems)} tileset problems:\n  {shown}")
    if validate_glb and report.glbs:
        assert_glb_valid(report.glbs)
    return report
