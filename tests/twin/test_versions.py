"""Layer versions: content-addressed objects, journals of parallel writers, sealed manifests,
manifest-only reads."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import signal
from pathlib import Path

import pytest

from twin.errors import ConflictError, InvalidRequestError, NotFoundError
from twin.objects import TEMP_PREFIX, object_path, sha256_file
from twin.version_reader import VersionReader, read_manifest
from twin.versions import (
    MANIFEST_NAME,
    STAGING_DIR,
    VersionWriter,
    install_manifest,
    new_version_id,
    remove_stale_staging,
)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _layer(data_dir: Path, name: str = "demo") -> Path:
    return data_dir / "layers" / name


def _objects(data_dir: Path, name: str = "demo") -> list[Path]:
    return sorted(p for p in (_layer(data_dir, name) / "objects").rglob("*") if p.is_file())


def test_version_ids_are_unique_and_safe() -> None:
    ids = {new_version_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(re.fullmatch(r"\d{8}T\d{12}Z-[0-9a-f]{6}", vid) for vid in ids)


def test_writer_stores_objects_by_hash_and_seals_a_manifest(tmp_path: Path) -> None:
    with VersionWriter.begin(tmp_path, "demo", "v1") as writer:
        writer.write("tileset.json", b'{"asset": {}}')
        writer.write("content/a/b.glb", b"glTF-bytes")
        staged = writer.end()
    assert staged.manifest == {
        "version": "v1",
        "layout": "objects",
        "files": {
            "content/a/b.glb": {"sha256": _sha(b"glTF-bytes"), "size": 10},
            "tileset.json": {"sha256": _sha(b'{"asset": {}}'), "size": 13},
        },
    }
    assert json.loads((staged.path / MANIFEST_NAME).read_text()) == staged.manifest
    assert staged.locate("content/a/b.glb").read_bytes() == b"glTF-bytes"
    assert staged.locate("content/a/b.glb") == object_path(_layer(tmp_path), _sha(b"glTF-bytes"))
    staged.verify()
    # Nothing is served before publishing: no version folder yet.
    assert not (_layer(tmp_path) / "versions").exists()


def test_identical_content_is_stored_once(tmp_path: Path) -> None:
    with VersionWriter.begin(tmp_path, "demo") as writer:
        writer.write("a.glb", b"same")
        writer.write("b/c.glb", b"same")
        writer.write("d.glb", b"other")
        writer.end()
    assert [p.read_bytes() for p in _objects(tmp_path)] == sorted([b"same", b"other"], key=_sha)


def _write_in_child(writer: VersionWriter, key: str, data: bytes) -> None:
    writer.write(key, data)


def test_a_pickled_writer_writes_from_other_processes(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: only the pickle
    with VersionWriter.begin(tmp_path, "demo") as writer:
        writer.write("tileset.json", b"{}")
        with context.Pool(2) as pool:
            pool.starmap(
                _write_in_child, [(writer, f"content/{n}.glb", bytes([n]) * 100) for n in range(8)]
            )
        staged = writer.end()
    assert set(staged.manifest["files"]) == {"tileset.json"} | {
        f"content/{n}.glb" for n in range(8)
    }
    assert staged.locate("content/5.glb").read_bytes() == bytes([5]) * 100
    journals = list(staged.path.glob("journal-*.jsonl"))
    assert len(journals) >= 2  # the parent's and at least one worker's


def test_one_key_with_two_contents_is_a_conflict(tmp_path: Path) -> None:
    writer = VersionWriter.begin(tmp_path, "demo")
    writer.write("a.json", b"[1]")
    writer.write("a.json", b"[1]")  # a rerun task writing the same bytes again is fine

    def other_process_line() -> None:
        journal = writer.staging / "journal-elsewhere-1.jsonl"
        journal.write_text(json.dumps({"key": "a.json", "sha256": _sha(b"[2]"), "size": 3}) + "\n")

    other_process_line()
    with pytest.raises(ConflictError, match=r"a\.json"):
        writer.end()
    writer.abort()


def test_add_folder_copies_files_with_their_hashes(tmp_path: Path) -> None:
    source = tmp_path / "src"
    (source / "content").mkdir(parents=True)
    (source / "tileset.json").write_text("{}")
    (source / "content" / "x.glb").write_bytes(bytes(range(256)) * 5000)
    with VersionWriter.begin(tmp_path / "data", "demo") as writer:
        assert writer.add_folder(source) == 2
        staged = writer.end()
    for key in ("tileset.json", "content/x.glb"):
        assert staged.manifest["files"][key]["sha256"] == sha256_file(source / key)
        assert staged.locate(key).read_bytes() == (source / key).read_bytes()
    assert staged.manifest["version"] == staged.version_id


def test_add_folder_refuses_symlinks_and_empty_folders(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (source / "tileset.json").symlink_to(tmp_path / "secret.txt")
    with (
        pytest.raises(InvalidRequestError, match="regular files"),
        VersionWriter.begin(tmp_path / "data", "demo") as writer,
    ):
        writer.add_folder(source)
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    with (
        pytest.raises(InvalidRequestError, match="nothing to publish"),
        VersionWriter.begin(tmp_path / "data", "demo") as writer,
    ):
        writer.add_folder(tmp_path / "empty")
    assert list((_layer(tmp_path / "data") / STAGING_DIR).iterdir()) == []


@pytest.mark.parametrize("key", ["../x", "/abs", "a\\b", "", "a//b", "./a"])
def test_unsafe_keys_are_refused(tmp_path: Path, key: str) -> None:
    with (
        VersionWriter.begin(tmp_path, "demo") as writer,
        pytest.raises(InvalidRequestError, match="invalid file name"),
    ):
        writer.write(key, b"x")
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("layer", ["Bad Name", "../up", ""])
def test_bad_layer_names_are_refused(tmp_path: Path, layer: str) -> None:
    with pytest.raises((InvalidRequestError, NotFoundError)):
        VersionWriter.begin(tmp_path, layer)


def test_an_exception_removes_the_staging_area(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), VersionWriter.begin(tmp_path, "demo") as writer:
        writer.write("tileset.json", b"{}")
        raise RuntimeError("boom")
    assert list((_layer(tmp_path) / STAGING_DIR).iterdir()) == []


def test_a_version_with_nothing_written_cannot_be_sealed(tmp_path: Path) -> None:
    with (
        pytest.raises(InvalidRequestError, match="nothing was written"),
        VersionWriter.begin(tmp_path, "demo") as writer,
    ):
        writer.end()


def test_a_killed_writer_leaves_nothing_behind_for_the_next(tmp_path: Path) -> None:
    """A writer process SIGKILLed mid-version: its staging area and partial object go when the
    next version of the layer begins; its finished objects stay for garbage collection."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer: stages a version, starts an object, then waits to be killed
        writer = VersionWriter.begin(tmp_path, "demo")
        writer.write("done.glb", b"complete")
        partial = (_layer(tmp_path) / "objects") / f"{TEMP_PREFIX}{os.uname().nodename}-"
        Path(f"{partial}{os.getpid()}-abc").write_bytes(b"half")
        os.write(write, b"x")
        signal.pause()
    os.read(read, 1)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert len(list((_layer(tmp_path) / STAGING_DIR).iterdir())) == 1
    with VersionWriter.begin(tmp_path, "demo") as writer:
        assert [p.name for p in (_layer(tmp_path) / STAGING_DIR).iterdir()] == [writer.version_id]
        writer.write("tileset.json", b"{}")
        staged = writer.end()
    assert not list((_layer(tmp_path) / "objects").glob(f"{TEMP_PREFIX}*"))
    assert set(staged.manifest["files"]) == {"tileset.json"}


def test_stale_staging_of_another_host_goes_by_age(tmp_path: Path) -> None:
    staging = _layer(tmp_path) / STAGING_DIR / "v-remote"
    staging.mkdir(parents=True)
    (staging / "owner.json").write_text(json.dumps({"host": "elsewhere", "pid": 1}))
    assert remove_stale_staging(_layer(tmp_path)) == []  # may still be writing
    later = os.stat(staging).st_mtime + 25 * 3600
    assert remove_stale_staging(_layer(tmp_path), now=later) == ["v-remote"]


def test_verify_detects_missing_and_truncated_objects(tmp_path: Path) -> None:
    with VersionWriter.begin(tmp_path, "demo") as writer:
        writer.write("a.json", b"[1, 2, 3]")
        writer.write("b.bin", b"0123")
        staged = writer.end()
    staged.verify()
    staged.locate("b.bin").write_bytes(b"01")
    with pytest.raises(InvalidRequestError, match="b.bin"):
        staged.verify()
    staged.locate("b.bin").unlink()
    with pytest.raises(InvalidRequestError, match="b.bin"):
        staged.verify()


def test_install_manifest_publishes_once(tmp_path: Path) -> None:
    with VersionWriter.begin(tmp_path, "demo", "v1") as writer:
        writer.write("tileset.json", b"{}")
        staged = writer.end()
    folder = install_manifest(staged)
    assert folder == _layer(tmp_path) / "versions" / "v1"
    assert read_manifest(folder)["files"] == staged.manifest["files"]
    with pytest.raises(ConflictError):
        install_manifest(staged)
    with pytest.raises(ConflictError, match="already has version"):
        VersionWriter.begin(tmp_path, "demo", "v1")


def _published_reader(tmp_path: Path) -> VersionReader:
    with VersionWriter.begin(tmp_path, "demo", "v1") as writer:
        writer.write("tileset.json", b"{}")
        staged = writer.end()
    folder = install_manifest(staged)
    return VersionReader(_layer(tmp_path), folder)


def test_reader_serves_only_manifest_files(tmp_path: Path) -> None:
    reader = _published_reader(tmp_path)
    path, entry = reader.locate("tileset.json")
    assert path == object_path(_layer(tmp_path), _sha(b"{}"))
    assert entry == {"sha256": _sha(b"{}"), "size": 2}
    (reader.folder / "extra.json").write_text("{}")  # on disk but never published
    for key in ("extra.json", MANIFEST_NAME, "../v1/tileset.json", "missing.json"):
        with pytest.raises(NotFoundError):
            reader.locate(key)


def test_reader_refuses_an_object_replaced_by_a_symlink(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("secret")
    reader = _published_reader(tmp_path)
    path = reader.locate("tileset.json")[0]
    path.unlink()
    path.symlink_to(tmp_path / "secret.txt")
    with pytest.raises(NotFoundError):
        reader.locate("tileset.json")


def test_reader_of_a_version_published_as_a_plain_folder(tmp_path: Path) -> None:
    """Versions published before the object store hold their files in the version folder."""
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "tileset.json").write_bytes(b"{}")
    manifest = {"version": "old", "files": {"tileset.json": {"sha256": _sha(b"{}"), "size": 2}}}
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest))
    reader = VersionReader(tmp_path, folder)
    assert reader.read_bytes("tileset.json") == b"{}"
    reader.verify()
    (folder / "tileset.json").unlink()
    with pytest.raises(InvalidRequestError):
        reader.verify()


def test_read_manifest_of_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        read_manifest(tmp_path / "nope")
