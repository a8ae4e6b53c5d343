"""The GLB writer: structure, alignment, feature ids and metadata, and the Khronos validator."""

import numpy as np
import pytest
from checks import assert_glb_valid

from tiling.errors import TilingError
from tiling.gltf import TriangleMesh, read_glb, triangle_mesh_glb
from tiling.metadata import PropertyTable, decode_property


def _mesh(n_features: int = 2) -> TriangleMesh:
    # One square per feature, 10 m apart, around an ECEF centre in Delft.
    squares = [
        np.array([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0]], float) + [10 * i, 0, 0]
        for i in range(n_features)
    ]
    positions = np.concatenate(squares).astype(np.float32)
    quads = np.array([[0, 1, 2], [0, 2, 3]])
    return TriangleMesh(
        center=np.array([3922925.25, 299626.99, 5003279.34]),
        positions=positions,
        normals=np.tile([0, 0, 1], (positions.shape[0], 1)).astype(np.float32),
        indices=np.concatenate([quads + 4 * i for i in range(n_features)]),
        feature_ids=np.repeat(np.arange(n_features), 4),
        colors=np.full((positions.shape[0], 4), 200, np.uint8),
    )


def test_glb_structure_and_rtc_translation(tmp_path) -> None:
    mesh = _mesh()
    table = PropertyTable(
        "building", {"id": np.array(["a", "b"], dtype=object), "height": np.array([3.0, 4.5])}
    )
    data = triangle_mesh_glb(mesh, table)
    assert len(data) % 4 == 0
    doc, binary = read_glb(data)
    # The centre is kept in double precision, in glTF's y-up frame.
    assert doc["nodes"][0]["translation"] == [3922925.25, 5003279.34, -299626.99]
    for view in doc["bufferViews"]:
        assert view["byteOffset"] % 8 == 0
    prim = doc["meshes"][0]["primitives"][0]
    fid = prim["extensions"]["EXT_mesh_features"]["featureIds"][0]
    assert fid == {"featureCount": 2, "attribute": 0, "propertyTable": 0}
    acc = doc["accessors"][prim["attributes"]["_FEATURE_ID_0"]]
    view = doc["bufferViews"][acc["bufferView"]]
    ids = np.frombuffer(binary, np.float32, acc["count"], view["byteOffset"])
    np.testing.assert_array_equal(ids, mesh.feature_ids)
    meta = doc["extensions"]["EXT_structural_metadata"]
    props = meta["schema"]["classes"]["building"]["properties"]
    table_doc = meta["propertyTables"][0]
    values = {}
    for pid, entry in table_doc["properties"].items():
        v = doc["bufferViews"][entry["values"]]
        raw = binary[v["byteOffset"] : v["byteOffset"] + v["byteLength"]]
        offsets = None
        if "stringOffsets" in entry:
            o = doc["bufferViews"][entry["stringOffsets"]]
            offsets = binary[o["byteOffset"] : o["byteOffset"] + o["byteLength"]]
        values[pid] = decode_property(props[pid], raw, offsets, table_doc["count"])
    assert values == {"id": ["a", "b"], "height": [3.0, 4.5]}
    path = tmp_path / "mesh.glb"
    path.write_bytes(data)
    assert_glb_valid(path)


def test_large_meshes_switch_to_32_bit_indices(tmp_path) -> None:
    mesh = _mesh(17_000)  # 68,000 vertices
    data = triangle_mesh_glb(mesh, PropertyTable("b", {"n": np.arange(17_000)}))
    doc, _ = read_glb(data)
    indices = doc["accessors"][doc["meshes"][0]["primitives"][0]["indices"]]
    assert indices["componentType"] == 5125
    path = tmp_path / "big.glb"
    path.write_bytes(data)
    assert_glb_valid(path)


def test_empty_mesh_is_refused() -> None:
    mesh = _mesh()
    empty = TriangleMesh(
        mesh.center, mesh.positions[:0], mesh.normals[:0], mesh.indices[:0], mesh.feature_ids[:0]
    )
    with pytest.raises(TilingError):
        triangle_mesh_glb(empty)


def test_read_glb_refuses_other_bytes() -> None:
    with pytest.raises(TilingError):
        read_glb(b"glTF" + b"\0" * 20)
