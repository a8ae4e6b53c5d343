"""glTF 2.0 binary (GLB) writer: one buffer, 8-byte aligned views, triangle meshes and points.

Positions are written relative to an RTC centre (float32 keeps millimetres within a few km of it)
and the centre goes into the node's translation as a JSON double, in glTF's y-up frame.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from tiling.errors import TilingError
from tiling.frames import zup_to_yup
from tiling.metadata import PropertyTable
from tiling.point_properties import PointProperty, resolve

GLB_MAGIC = 0x46546C67  # "glTF"
CHUNK_JSON = 0x4E4F534A
CHUNK_BIN = 0x004E4942
ARRAY_BUFFER = 34962
ELEMENT_ARRAY_BUFFER = 34963
MODE_POINTS = 0
MODE_TRIANGLES = 4

COMPONENT_TYPES: dict[np.dtype[Any], int] = {
    np.dtype(np.int8): 5120,
    np.dtype(np.uint8): 5121,
    np.dtype(np.int16): 5122,
    np.dtype(np.uint16): 5123,
    np.dtype(np.uint32): 5125,
    np.dtype(np.float32): 5126,
}
ACCESSOR_TYPES = {1: "SCALAR", 2: "VEC2", 3: "VEC3", 4: "VEC4"}
GENERATOR = "twin tiling"


@dataclass(frozen=True)
class TriangleMesh:
    """Triangles in ECEF metres relative to `center`, z-up as 3D Tiles sees them.

    positions, normals: (N, 3) float32; colors: (N, 4) uint8 RGBA or None; feature_ids: (N,)
    integer index into the property table; indices: (M, 3) integer vertex indices, counter-clockwise
    seen from outside.
    """

    center: NDArray[np.float64]
    positions: NDArray[np.float32]
    normals: NDArray[np.float32]
    indices: NDArray[np.integer[Any]]
    feature_ids: NDArray[np.integer[Any]]
    colors: NDArray[np.uint8] | None = None


class GlbBuilder:
    """Accumulates buffer views and accessors in one binary buffer, then writes the GLB."""

    def __init__(self) -> None:
        """Start an empty asset."""
        self._bin = bytearray()
        self.gltf: dict[str, Any] = {
            "asset": {"version": "2.0", "generator": GENERATOR},
            "buffers": [],
            "bufferViews": [],
            "accessors": [],
        }

    def add_view(self, data: bytes, target: int | None = None) -> int:
        """Append bytes as a buffer view aligned to 8 bytes (the metadata spec's strictest need)."""
        self._bin.extend(b"\0" * (-len(self._bin) % 8))
        if not data:
            raise TilingError("glTF forbids an empty buffer view")
        view: dict[str, Any] = {"buffer": 0, "byteOffset": len(self._bin), "byteLength": len(data)}
        if target is not None:
            view["target"] = target
        self._bin.extend(data)
        self.gltf["bufferViews"].append(view)
        return len(self.gltf["bufferViews"]) - 1

    def add_accessor(
        self, array: NDArray[Any], target: int | None, *, normalized: bool = False
    ) -> int:
        """Append a tightly packed accessor; min and max are set (required for POSITION)."""
        arr = np.ascontiguousarray(array)
        components = 1 if arr.ndim == 1 else arr.shape[1]
        if arr.dtype not in COMPONENT_TYPES:
            raise TilingError(f"unsupported accessor dtype {arr.dtype}")
        accessor: dict[str, Any] = {
            "bufferView": self.add_view(arr.tobytes(), target),
            "componentType": COMPONENT_TYPES[arr.dtype],
            "count": int(arr.shape[0]),
            "type": ACCESSOR_TYPES[components],
        }
        if normalized:
            accessor["normalized"] = True
        if arr.shape[0] and not normalized:
            flat = arr.reshape(arr.shape[0], components)
            cast = float if arr.dtype.kind == "f" else int
            # Column by column: numpy reduces a strided column far faster than along axis 0.
            accessor["min"] = [cast(flat[:, c].min()) for c in range(components)]
            accessor["max"] = [cast(flat[:, c].max()) for c in range(components)]
        self.gltf["accessors"].append(accessor)
        return len(self.gltf["accessors"]) - 1

    def add_property_table(self, table: PropertyTable) -> None:
        """Attach an EXT_structural_metadata schema and its one property table."""
        encoded = table.encode()
        properties: dict[str, Any] = {}
        for pid, views in encoded.views.items():
            entry: dict[str, Any] = {"values": self.add_view(views.values)}
            if views.string_offsets is not None:
                entry["stringOffsets"] = self.add_view(views.string_offsets)
                entry["stringOffsetType"] = "UINT32"
            properties[pid] = entry
        self.gltf.setdefault("extensions", {})["EXT_structural_metadata"] = {
            "schema": encoded.schema,
            "propertyTables": [
                {"class": table.class_name, "count": table.count, "properties": properties}
            ],
        }
        _use_extension(self.gltf, "EXT_structural_metadata")

    def to_bytes(self) -> bytes:
        """Serialise to GLB: 12-byte header, JSON chunk (space padded), BIN chunk (zero padded)."""
        self._bin.extend(b"\0" * (-len(self._bin) % 4))
        self.gltf["buffers"] = [{"byteLength": len(self._bin)}]
        doc = json.dumps(self.gltf, separators=(",", ":"), allow_nan=False).encode()
        doc += b" " * (-len(doc) % 4)
        total = 12 + 8 + len(doc) + 8 + len(self._bin)
        return b"".join(
            [
                struct.pack("<III", GLB_MAGIC, 2, total),
                struct.pack("<II", len(doc), CHUNK_JSON),
                doc,
                struct.pack("<II", len(self._bin), CHUNK_BIN),
                bytes(self._bin),
            ]
        )


def _use_extension(gltf: dict[str, Any], name: str) -> None:
    used = gltf.setdefault("extensionsUsed", [])
    if name not in used:
        used.append(name)


def _feature_id_array(ids: NDArray[np.integer[Any]]) -> NDArray[np.float32]:
    # glTF reserves UNSIGNED_INT for indices and wants every vertex attribute element 4-byte
    # aligned, so float32 (exact up to 2^24, allowed by EXT_mesh_features) is the compact choice.
    if ids.size and int(ids.max()) >= 2**24:
        raise TilingError("more than 16,777,216 features in one tile")
    return ids.astype(np.float32)


def _scene_with_rtc(builder: GlbBuilder, center: NDArray[np.float64]) -> None:
    translation = [float(v) for v in zup_to_yup(np.asarray(center, dtype=np.float64))]
    builder.gltf["scene"] = 0
    builder.gltf["scenes"] = [{"nodes": [0]}]
    builder.gltf["nodes"] = [{"mesh": 0, "translation": translation}]


def triangle_mesh_glb(
    mesh: TriangleMesh, table: PropertyTable | None = None, *, double_sided: bool = False
) -> bytes:
    """A GLB of one triangle primitive with per-vertex feature ids and optional properties."""
    n_vertices = mesh.positions.shape[0]
    if n_vertices == 0 or mesh.indices.size == 0:
        raise TilingError("a triangle mesh needs at least one triangle")
    builder = GlbBuilder()
    index_dtype = np.uint16 if n_vertices <= 65535 else np.uint32
    attributes = {
        "POSITION": builder.add_accessor(
            zup_to_yup(mesh.positions).astype(np.float32), ARRAY_BUFFER
        ),
        "NORMAL": builder.add_accessor(zup_to_yup(mesh.normals).astype(np.float32), ARRAY_BUFFER),
    }
    if mesh.colors is not None:
        attributes["COLOR_0"] = builder.add_accessor(
            mesh.colors.astype(np.uint8), ARRAY_BUFFER, normalized=True
        )
    attributes["_FEATURE_ID_0"] = builder.add_accessor(
        _feature_id_array(mesh.feature_ids), ARRAY_BUFFER
    )
    primitive: dict[str, Any] = {
        "attributes": attributes,
        "indices": builder.add_accessor(
            mesh.indices.astype(index_dtype).reshape(-1), ELEMENT_ARRAY_BUFFER
        ),
        "mode": MODE_TRIANGLES,
        "material": 0,
    }
    if table is not None:
        primitive["extensions"] = {
            "EXT_mesh_features": {
                "featureIds": [
                    {
                        "featureCount": int(np.unique(mesh.feature_ids).size),
                        "attribute": 0,
                        "propertyTable": 0,
                    }
                ]
            }
        }
        _use_extension(builder.gltf, "EXT_mesh_features")
        builder.add_property_table(table)
    builder.gltf["materials"] = [
        {
            "pbrMetallicRoughness": {
                "baseColorFactor": [1.0, 1.0, 1.0, 1.0],
                "metallicFactor": 0.0,
                "roughnessFactor": 0.9,
            },
            "doubleSided": double_sided,
        }
    ]
    builder.gltf["meshes"] = [{"primitives": [primitive]}]
    _scene_with_rtc(builder, mesh.center)
    return builder.to_bytes()


def read_glb(data: bytes) -> tuple[dict[str, Any], bytes]:
    """Split a GLB into its JSON document and binary chunk (a reader for tests and checks)."""
    magic, version, length = struct.unpack_from("<III", data, 0)
    if magic != GLB_MAGIC or version != 2 or length != len(data):
        raise TilingError("not a glTF 2.0 binary")
    json_len, json_type = struct.unpack_from("<II", data, 12)
    if json_type != CHUNK_JSON:
        raise TilingError("GLB does not start with a JSON chunk")
    doc = json.loads(data[20 : 20 + json_len])
    binary = b""
    offset = 20 + json_len
    if offset < len(data):
        bin_len, bin_type = struct.unpack_from("<II", data, offset)
        if bin_type == CHUNK_BIN:
            binary = data[offset + 8 : offset + 8 + bin_len]
    return doc, binary


@dataclass(frozen=True)
class PointCloudContent:
    """Points in ECEF metres relative to `center` (z-up, as 3D Tiles sees them).

    positions: (N, 3) float32; colors: (N, 3) uint8 RGB or None; classification, return_number:
    (N,) uint8; intensity: (N,) uint16 (each None when absent). `extras`: further per-point
    properties (the other LAS dimensions, extra bytes) by identifier-safe name, stored as
    `declared` says (type, offset/scale, noData; see tiling.point_properties), else as they are.
    """

    center: NDArray[np.float64]
    positions: NDArray[np.float32]
    colors: NDArray[np.uint8] | None = None
    classification: NDArray[np.uint8] | None = None
    intensity: NDArray[np.uint16] | None = None
    return_number: NDArray[np.uint8] | None = None
    extras: dict[str, NDArray[Any]] | None = None
    declared: tuple[PointProperty, ...] = ()

    def properties(self) -> list[tuple[PointProperty, NDArray[Any]]]:
        """The per-point properties present, each with its stored values."""
        found = {
            "classification": self.classification,
            "intensity": self.intensity,
            "return_number": self.return_number,
            **(self.extras or {}),
        }
        return resolve({k: v for k, v in found.items() if v is not None}, self.declared)


POINT_CLASS = "point"
# Implicit feature IDs (one per point) would make points pickable, but CesiumJS 1.145 never
# finishes loading such tiles of 50,000 points (tests/browser/test_pointcloud_view.py): off until
# that is understood; the property table stands alone (valid, not referenced by feature IDs).
PICKABLE_POINTS = False


def _strided_scalar(builder: GlbBuilder, values: NDArray[Any]) -> int:
    """A scalar vertex attribute in its own view with a 4-byte stride.

    glTF wants every element of a vertex attribute on a 4-byte boundary, so 1- and 2-byte
    scalars are padded to 4 bytes each (the byteStride the validator accepts).
    """
    per = 4 // values.itemsize
    padded = np.zeros((values.shape[0], per), dtype=values.dtype)
    padded[:, 0] = values
    view = builder.add_view(padded.tobytes(), ARRAY_BUFFER)
    builder.gltf["bufferViews"][view]["byteStride"] = 4
    builder.gltf["accessors"].append(
        {
            "bufferView": view,
            "componentType": COMPONENT_TYPES[values.dtype],
            "count": int(values.shape[0]),
            "type": "SCALAR",
        }
    )
    return len(builder.gltf["accessors"]) - 1


def points_glb(content: PointCloudContent) -> bytes:
    """A GLB of one POINTS primitive: POSITION, COLOR_0 (RGBA uint8, normalized), every per-point
    property in a property table of one row per point, and the styling ones
    as property attributes (`_CLASSIFICATION`, ...), as the 3D Tiles 1.1 point cloud guidance
    describes."""
    n = content.positions.shape[0]
    if n == 0:
        raise TilingError("a point cloud tile needs at least one point")
    builder = GlbBuilder()
    attributes = {
        "POSITION": builder.add_accessor(
            zup_to_yup(content.positions).astype(np.float32), ARRAY_BUFFER
        ),
    }
    if content.colors is not None:
        rgba = np.full((n, 4), 255, dtype=np.uint8)
        rgba[:, :3] = content.colors
        attributes["COLOR_0"] = builder.add_accessor(rgba, ARRAY_BUFFER, normalized=True)
    primitive: dict[str, Any] = {"attributes": attributes, "mode": MODE_POINTS}
    properties = content.properties()
    if properties:
        _point_metadata(builder, primitive, properties, n)
    builder.gltf["meshes"] = [{"primitives": [primitive]}]
    _scene_with_rtc(builder, content.center)
    return builder.to_bytes()


def _point_metadata(
    builder: GlbBuilder,
    primitive: dict[str, Any],
    properties: list[tuple[PointProperty, NDArray[Any]]],
    n: int,
) -> None:
    """Every property in a property table of one row per point (implicit feature IDs when
    PICKABLE_POINTS), and the
    styling ones as property attributes too."""
    mapping: dict[str, Any] = {}
    columns: dict[str, Any] = {}
    for prop, raw in properties:
        columns[prop.name] = {"values": builder.add_view(np.ascontiguousarray(raw).tobytes())}
        if prop.in_attribute:
            attribute = f"_{prop.name.upper()}"
            primitive["attributes"][attribute] = _strided_scalar(builder, raw)
            mapping[prop.name] = {"attribute": attribute}
    metadata: dict[str, Any] = {
        "schema": {
            "id": "twin_pointcloud",
            "classes": {POINT_CLASS: {"properties": {p.name: p.schema() for p, _ in properties}}},
        },
        "propertyTables": [{"class": POINT_CLASS, "count": n, "properties": columns}],
    }
    extensions: dict[str, Any] = {}
    if PICKABLE_POINTS:
        extensions["EXT_mesh_features"] = {"featureIds": [{"featureCount": n, "propertyTable": 0}]}
    if mapping:
        metadata["propertyAttributes"] = [{"class": POINT_CLASS, "properties": mapping}]
        extensions["EXT_structural_metadata"] = {"propertyAttributes": [0]}
    builder.gltf.setdefault("extensions", {})["EXT_structural_metadata"] = metadata
    if extensions:
        primitive["extensions"] = extensions
    _use_extension(builder.gltf, "EXT_structural_metadata")
    if PICKABLE_POINTS:
        _use_extension(builder.gltf, "EXT_mesh_features")
