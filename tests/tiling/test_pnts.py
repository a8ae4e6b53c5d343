"""Legacy pnts: the 3D Tiles 1.0 layout to the letter (header, 8-byte alignment, RTC_CENTER,
per-point batch table without BATCH_LENGTH), decoded by the independent reader in checks."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest
from checks import read_content_positions

from tiling.errors import TilingError
from tiling.gltf import PointCloudContent
from tiling.pnts import pnts_bytes

CENTER = np.array([3_922_925.25, 299_626.99, 5_003_279.34])


def _content(n: int, colors: bool = True) -> PointCloudContent:
    rng = np.random.default_rng(7)
    return PointCloudContent(
        CENTER,
        rng.uniform(-50, 50, (n, 3)).astype(np.float32),
        rng.integers(0, 256, (n, 3), dtype=np.uint8) if colors else None,
        rng.integers(0, 32, n, dtype=np.uint8),
        rng.integers(0, 65535, n, dtype=np.uint16),
        rng.integers(1, 5, n, dtype=np.uint8),
    )


@pytest.mark.parametrize("n", [1, 3, 1001])
def test_layout_and_alignment(n: int) -> None:
    content = _content(n)
    data = pnts_bytes(content)
    magic, version, length, ft_json, ft_bin, bt_json, bt_bin = struct.unpack_from("<4sIIIIII", data)
    assert (magic, version, length) == (b"pnts", 1, len(data))
    assert (28 + ft_json) % 8 == 0 and ft_bin % 8 == 0
    assert (28 + ft_json + ft_bin + bt_json) % 8 == 0 and bt_bin % 8 == 0
    table = json.loads(data[28 : 28 + ft_json])
    assert table["POINTS_LENGTH"] == n and table["RTC_CENTER"] == list(CENTER)
    assert "BATCH_LENGTH" not in table and "BATCH_ID" not in table
    for name in ("POSITION", "RGB"):
        assert table[name]["byteOffset"] % 8 == 0
    rgb = np.frombuffer(data, np.uint8, n * 3, 28 + ft_json + table["RGB"]["byteOffset"])
    np.testing.assert_array_equal(rgb.reshape(-1, 3), content.colors)
    start = 28 + ft_json + ft_bin
    batch = json.loads(data[start : start + bt_json])
    assert set(batch) == {"classification", "intensity", "return_number"}
    intensity = np.frombuffer(data, "<u2", n, start + bt_json + batch["intensity"]["byteOffset"])
    np.testing.assert_array_equal(intensity, content.intensity)
    assert batch["intensity"]["componentType"] == "UNSIGNED_SHORT"
    positions = read_content_positions(data)
    np.testing.assert_allclose(positions, content.positions.astype(float) + CENTER, atol=1e-6)


def test_without_colour() -> None:
    data = pnts_bytes(_content(10, colors=False))
    ft_json = struct.unpack_from("<I", data, 12)[0]
    assert "RGB" not in json.loads(data[28 : 28 + ft_json])


def test_empty_is_refused() -> None:
    with pytest.raises(TilingError):
        pnts_bytes(PointCloudContent(CENTER, np.zeros((0, 3), np.float32)))
