"""Version folders: staging, manifest hashes, verification and manifest-only reads."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from twin.errors import InvalidRequestError, NotFoundError
from twin.versions import (
    MANIFEST_NAME,
    VersionReader,
    VersionWriter,
    new_version_id,
    read_manifest,
    sha256_file,
)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_version_ids_are_unique_and_safe() -> None:
    ids = {new_version_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(re.fullmatch(r"\d{8}T\d{12}Z-[0-9a-f]{6}", vid) for vid in ids)


def test_writer_stages_in_a_hidden_folder_and_writes_manifest(tmp_path: Path) -> None:
    with VersionWriter.begin(tmp_path, "v1") as writer:
        assert writer.staging.parent == tmp_path and writer.staging.name.startswith(".")
        writer.add("tileset.json", b'{"asset": {}}')
        writer.add("content/a/b.glb", b"glTF-bytes")
        staged = writer.end()
    manifest = json.loads((staged.path / MANIFEST_NAME).read_text())
    assert manifest == {
        "version": "v1",
        "files": {
            "content/a/b.glb": {"sha256": _sha(b"glTF-bytes"), "size": 10},
            "tileset.json": {"sha256": _sha(b'{"asset": {}}'), "size": 13},
        },
    }
    assert staged.manifest == manifest
    assert (staged.path / "content" / "a" / "b.glb").read_bytes() == b"glTF-bytes"
    staged.verify(hashes=True)


def test_add_folder_copies_files_with_their_hashes(tmp_path: Path) -> None:
    source = tmp_path / "src"
    (source / "content").mkdir(parents=True)
    (source / "tileset.json").write_text("{}")
    (source / "content" / "x.glb").write_bytes(bytes(range(256)) * 5000)
    with VersionWriter.begin(tmp_path / "layer") as writer:
        writer.add_folder(source)
        staged = writer.end()
    for key in ("tileset.json", "content/x.glb"):
        assert staged.manifest["files"][key]["sha256"] == sha256_file(source / key)
        assert staged.manifest["files"][key]["size"] == (source / key).stat().st_size
    assert staged.manifest["version"] == staged.version_id


def test_add_folder_refuses_symlinks(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (source / "tileset.json").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(InvalidRequestError), VersionWriter.begin(tmp_path / "layer") as writer:
        writer.add_folder(source)
    assert list((tmp_path / "layer").iterdir()) == []


def test_add_folder_refuses_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "src" / "empty").mkdir(parents=True)
    with pytest.raises(InvalidRequestError), VersionWriter.begin(tmp_path / "layer") as writer:
        writer.add_folder(tmp_path / "src")


@pytest.mark.parametrize("key", [MANIFEST_NAME, "../x", "/abs", "a\\b", ""])
def test_add_refuses_reserved_and_unsafe_keys(tmp_path: Path, key: str) -> None:
    with (
        VersionWriter.begin(tmp_path) as writer,
        pytest.raises((InvalidRequestError, NotFoundError)),
    ):
        writer.add(key, b"x")
    assert not (tmp_path.parent / "x").exists()


def test_an_exception_removes_the_staging_folder(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), VersionWriter.begin(tmp_path) as writer:
        writer.add("tileset.json", b"{}")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_verify_detects_missing_truncated_and_changed_files(tmp_path: Path) -> None:
    with VersionWriter.begin(tmp_path, "v1") as writer:
        writer.add("a.json", b"[1, 2, 3]")
        writer.add("b.bin", b"0123")
        staged = writer.end()
    (staged.path / "a.json").write_bytes(b"[9, 9, 9]")  # same size, other content
    staged.verify()
    with pytest.raises(InvalidRequestError):
        staged.verify(hashes=True)
    (staged.path / "b.bin").write_bytes(b"01")
    with pytest.raises(InvalidRequestError):
        staged.verify()
    (staged.path / "b.bin").unlink()
    with pytest.raises(InvalidRequestError):
        staged.verify()


def test_reader_serves_only_manifest_files(tmp_path: Path) -> None:
    with VersionWriter.begin(tmp_path, "v1") as writer:
        writer.add("tileset.json", b"{}")
        staged = writer.end().move_to(tmp_path / "v1")
    (staged.path / "extra.json").write_text("{}")  # on disk but never published
    reader = VersionReader(staged.path)
    path, entry = reader.locate("tileset.json")
    assert path == (tmp_path / "v1" / "tileset.json").resolve()
    assert entry == {"sha256": _sha(b"{}"), "size": 2}
    for key in ("extra.json", MANIFEST_NAME, "../v1/tileset.json", "missing.json"):
        with pytest.raises(NotFoundError):
            reader.locate(key)


def test_reader_refuses_a_listed_file_replaced_by_a_symlink_out(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("secret")
    with VersionWriter.begin(tmp_path / "layer", "v1") as writer:
        writer.add("tileset.json", b"{}")
        staged = writer.end().move_to(tmp_path / "layer" / "v1")
    (staged.path / "tileset.json").unlink()
    (staged.path / "tileset.json").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(NotFoundError):
        VersionReader(staged.path).locate("tileset.json")


def test_read_manifest_of_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        read_manifest(tmp_path / "nope")
