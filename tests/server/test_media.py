"""media.py and conditional.py: pure tables and header parsing."""

from __future__ import annotations

import pytest

from twin.server.conditional import (
    accepts_gzip,
    cache_control_for,
    if_none_match_matches,
    strong_etag,
)
from twin.server.media import is_compressible, media_type_for


@pytest.mark.parametrize(
    ("path", "media_type"),
    [
        ("tileset.json", "application/json"),
        ("content/ab12.glb", "model/gltf-binary"),
        ("content/ab12.GLB", "model/gltf-binary"),
        ("content/a.pnts", "application/octet-stream"),
        ("content/a.b3dm", "application/octet-stream"),
        ("content/a.i3dm", "application/octet-stream"),
        ("content/a.cmpt", "application/octet-stream"),
        ("subtrees/0.0.0.subtree", "application/octet-stream"),
        ("0/0/0.terrain", "application/vnd.quantized-mesh"),
        ("textures/a.png", "image/png"),
        ("textures/a.jpg", "image/jpeg"),
        ("textures/a.jpeg", "image/jpeg"),
        ("textures/a.webp", "image/webp"),
        ("textures/a.ktx2", "image/ktx2"),
        ("a.gltf", "model/gltf+json"),
        ("no-extension", "application/octet-stream"),
    ],
)
def test_media_types(path: str, media_type: str) -> None:
    assert media_type_for(path) == media_type


def test_only_json_like_types_are_compressible() -> None:
    assert is_compressible(media_type_for("tileset.json"))
    assert not is_compressible(media_type_for("a.glb"))
    assert not is_compressible(media_type_for("0.terrain"))


def test_etags_and_cache_control() -> None:
    assert strong_etag("abc") == '"abc"'
    assert strong_etag("abc", gzip=True) == '"abc-gzip"'
    assert cache_control_for("content/x.glb") == "public, max-age=31536000, immutable"
    assert cache_control_for("tileset.json") == "no-cache"
    assert cache_control_for("contents/x.glb") == "no-cache"


@pytest.mark.parametrize(
    ("header", "matches"),
    [
        (None, False),
        ("", False),
        ('"abc"', True),
        ('W/"abc"', True),
        ('"x", "abc"', True),
        ("*", True),
        ('"abcd"', False),
        ("abc", False),
    ],
)
def test_if_none_match(header: str | None, matches: bool) -> None:
    assert if_none_match_matches(header, '"abc"') is matches


@pytest.mark.parametrize(
    ("header", "gzip"),
    [
        (None, False),
        ("", False),
        ("gzip", True),
        ("GZIP", True),
        ("deflate, gzip;q=0.1", True),
        ("gzip;q=0", False),
        ("gzip; q=0.0", False),
        ("*", True),
        ("*;q=0", False),
        ("identity", False),
        ("*, gzip;q=0", False),
        ("gzip;q=bad", False),
    ],
)
def test_accepts_gzip(header: str | None, gzip: bool) -> None:
    assert accepts_gzip(header) is gzip
