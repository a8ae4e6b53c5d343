"""safe_resolve and layer names: every escape from the root is a NotFoundError."""

from __future__ import annotations

from pathlib import Path

import pytest

from twin.errors import InvalidRequestError, NotFoundError
from twin.paths import check_layer_name, is_layer_name, safe_resolve


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "root"
    (folder / "content").mkdir(parents=True)
    (folder / "tileset.json").write_text("{}")
    (folder / "content" / "a.glb").write_bytes(b"glTF")
    (tmp_path / "secret.txt").write_text("secret")
    return folder


@pytest.mark.parametrize("relpath", ["tileset.json", "content/a.glb", "content/missing.glb"])
def test_safe_resolve_accepts_plain_relative_paths(root: Path, relpath: str) -> None:
    assert safe_resolve(root, relpath) == root.resolve() / relpath


@pytest.mark.parametrize(
    "relpath",
    [
        "",
        ".",
        "..",
        "../secret.txt",
        "content/../../secret.txt",
        "content/..",
        "./tileset.json",
        "content//a.glb",
        "content/",
        "/etc/passwd",
        "//etc/passwd",
        "..\\secret.txt",
        "content\\a.glb",
        "tileset.json\x00.png",
        "%2e%2e/secret.txt",
        "%2E%2E%2Fsecret.txt",
        "content%2Fa.glb",
        "%252e%252e/secret.txt",
        "C:/Windows/win.ini",
        "c:secret.txt",
    ],
)
def test_safe_resolve_refuses_escapes(root: Path, relpath: str) -> None:
    with pytest.raises(NotFoundError):
        safe_resolve(root, relpath)


def test_safe_resolve_refuses_symlink_leaving_root(root: Path, tmp_path: Path) -> None:
    (root / "content" / "evil.glb").symlink_to(tmp_path / "secret.txt")
    (root / "outside").symlink_to(tmp_path)
    with pytest.raises(NotFoundError):
        safe_resolve(root, "content/evil.glb")
    with pytest.raises(NotFoundError):
        safe_resolve(root, "outside/secret.txt")


def test_safe_resolve_allows_symlink_staying_inside(root: Path) -> None:
    (root / "alias.json").symlink_to(root / "tileset.json")
    assert safe_resolve(root, "alias.json") == (root / "tileset.json").resolve()


def test_safe_resolve_refuses_root_itself_via_symlink(root: Path) -> None:
    (root / "self").symlink_to(root)
    with pytest.raises(NotFoundError):
        safe_resolve(root, "self")


@pytest.mark.parametrize("name", ["a", "delft-buildings", "x_1", "0", "a" * 64])
def test_valid_layer_names(name: str) -> None:
    assert is_layer_name(name)
    assert check_layer_name(name) == name


@pytest.mark.parametrize(
    "name", ["", "-a", "_a", "A", "Delft", "a b", "a/b", "a.b", "..", "a" * 65, "é", "a\n"]
)
def test_invalid_layer_names(name: str) -> None:
    assert not is_layer_name(name)
    with pytest.raises(InvalidRequestError):
        check_layer_name(name)
