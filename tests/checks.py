"""Spec invariants for what twin writes: glTF validity and 3D Tiles 1.1 tileset rules.

Every pipeline's tests call these on everything they write (DESIGN.md principle 14):
- `assert_glb_valid(paths)`: the Khronos glTF validator (tests/js, one node process per batch).
- `assert_tileset_valid(tileset_json)`: walks a tileset tree and checks asset.version, geometric
  errors, refine, content URIs and that every bounding volume contains its content's vertices
  (GLB, b3dm, pnts, cmpt decoded here with numpy, independently of the writer).
- `assert_official_validator_passes(tileset_json)`: CesiumGS' 3d-tiles-validator, read from
  TWIN_3DTILES_VALIDATOR (its executable, or its `build/main` entry run with node); the test is
  skipped, saying so, when it is not set.
- Building blocks: `assert_contains`, `assert_geometric_error_decreases`; content readers and the
  validator live in gltf_checks.py (re-exported here).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from gltf_checks import (
    Positions,
    assert_glb_valid,
    read_content_positions,
    read_glb_positions,
    validate_gltf_files,
)
from numpy.typing import NDArray
from pyproj import Transformer

__all__ = [
    "assert_contains",
    "assert_geometric_error_decreases",
    "assert_glb_valid",
    "assert_official_validator_passes",
    "assert_tileset_valid",
    "official_validator_command",
    "read_content_positions",
    "read_glb_positions",
    "validate_gltf_files",
]

ANGLE_TOL_RAD = 1e-9  # about 6 mm on the ground
LENGTH_TOL_M = 0.01


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


def official_validator_command() -> list[str]:
    """The command that runs CesiumGS' 3d-tiles-validator, from TWIN_3DTILES_VALIDATOR.

    The variable names the validator's executable (e.g. `node_modules/.bin/3d-tiles-validator`
    after `npm install 3d-tiles-validator`) or the `build/main` entry of a built checkout, which
    is run with node. Skips the calling test, saying why, when it is unset or missing.
    """
    setting = os.environ.get("TWIN_3DTILES_VALIDATOR")
    if not setting:
        pytest.skip("the official 3d-tiles-validator: set TWIN_3DTILES_VALIDATOR to run this")
    path = Path(setting)
    if not path.is_file():
        pytest.skip(f"TWIN_3DTILES_VALIDATOR={setting} is not a file")
    if os.access(path, os.X_OK) and path.suffix not in {".js", ".mjs", ".cjs"}:
        return [str(path)]
    node = shutil.which("node")
    if node is None:
        pytest.skip("the official 3d-tiles-validator needs node, which is not on PATH")
    return [node, str(path)]


def assert_official_validator_passes(
    tileset_json: Path | str, command: list[str] | None = None
) -> None:
    """Assert CesiumGS' 3d-tiles-validator finds no error and no warning in a tileset.

    `command` is official_validator_command()'s result, when the test took it first (to skip
    before doing any work).

    Raises:
        AssertionError: with the validator's issues.
        pytest.skip.Exception: when the validator is not configured (official_validator_command).
    """
    command = command or official_validator_command()
    with tempfile.TemporaryDirectory(prefix="twin-3dtiles-report-") as tmp:
        report = Path(tmp) / "report.json"
        done = subprocess.run(
            [*command, "--tilesetFile", str(tileset_json), "--reportFile", str(report)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if not report.is_file():
            raise AssertionError(f"the validator wrote no report:\n{done.stdout}\n{done.stderr}")
        found = json.loads(report.read_text())
    assert found["numErrors"] == 0 and found["numWarnings"] == 0, found.get("issues")
