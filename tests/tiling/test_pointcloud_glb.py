"""glTF POINTS content: valid for the Khronos validator, colours normalized, properties as
EXT_structural_metadata property attributes, RTC centre in the node, y-up."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from gltf_checks import assert_glb_valid, parse_glb, read_accessor, read_glb_positions

from tiling.gltf import PointCloudContent, points_glb

CENTER = np.array([-2_505_582.07, -3_847_779.36, 4_412_242.61])


def _content(n: int) -> PointCloudContent:
    rng = np.random.default_rng(3)
    return PointCloudContent(
        CENTER,
        rng.uniform(-80, 80, (n, 3)).astype(np.float32),
        rng.integers(0, 256, (n, 3), dtype=np.uint8),
        rng.integers(0, 32, n, dtype=np.uint8),
        rng.integers(0, 65535, n, dtype=np.uint16),
        rng.integers(1, 6, n, dtype=np.uint8),
    )


def test_points_glb_is_valid_and_decodes(tmp_path: Path) -> None:
    content = _content(1003)
    data = points_glb(content)
    paths = [tmp_path / "points.glb", tmp_path / "bare.glb"]
    paths[0].write_bytes(data)
    paths[1].write_bytes(points_glb(PointCloudContent(CENTER, content.positions)))
    assert_glb_valid(paths)
    np.testing.assert_allclose(
        read_glb_positions(data), content.positions.astype(float) + CENTER, atol=1e-6
    )
    doc, binary = parse_glb(data)
    prim = doc["meshes"][0]["primitives"][0]
    assert prim["mode"] == 0 and "indices" not in prim
    color = doc["accessors"][prim["attributes"]["COLOR_0"]]
    assert color["normalized"] and color["type"] == "VEC4" and color["componentType"] == 5121
    rgb = np.rint(read_accessor(doc, binary, prim["attributes"]["COLOR_0"]) * 255)
    np.testing.assert_array_equal(rgb[:, :3], content.colors)
    assert (rgb[:, 3] == 255).all()
    meta = doc["extensions"]["EXT_structural_metadata"]
    props = meta["schema"]["classes"]["point"]["properties"]
    assert props["intensity"]["componentType"] == "UINT16"
    assert prim["extensions"]["EXT_structural_metadata"] == {"propertyAttributes": [0]}
    for name, values in (
        ("classification", content.classification),
        ("intensity", content.intensity),
        ("return_number", content.return_number),
    ):
        attribute = meta["propertyAttributes"][0]["properties"][name]["attribute"]
        assert attribute.startswith("_")
        decoded = read_accessor(doc, binary, prim["attributes"][attribute])[:, 0]
        np.testing.assert_array_equal(decoded, values)
    assert doc["nodes"][0]["translation"] == [CENTER[0], CENTER[2], -CENTER[1]]
