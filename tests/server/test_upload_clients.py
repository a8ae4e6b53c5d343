"""/api/uploads with the real tus clients (tuspy, tus-js-client) against a real uvicorn server:
chunked uploads, a SIGKILLed server resumed from, 20 uploads at once."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from browser.viewer_support import REPO, Server, serve
from tusclient import client as tus_client
from tusclient.exceptions import TusCommunicationError
from tusclient.storage.filestorage import FileStorage

from twin.auth import Role
from twin.settings import Settings
from twin.store import open_stores

DATA = REPO / "tests" / "data" / "pointclouds"
LAZ = DATA / "pdal_autzen_trim.laz"
SAMPLES = sorted(DATA.glob("*.la[sz]"))
CHUNK = 64 * 1024
NODE = shutil.which("node")
TUS_JS = REPO / "tests" / "js" / "node_modules" / "tus-js-client"
TOKENS: dict[Path, str] = {}  # data folder -> its surveyor token
TOKENS_LOCK = threading.Lock()


class _Source(io.FileIO):
    """A file tuspy cannot close: it closes streams it did not open (its fingerprint) and
    leaks the ones it opens itself, one per chunk, given a path."""

    def close(self) -> None:
        pass

    def release(self) -> None:
        super().close()


@contextlib.contextmanager
def source(path: Path) -> Iterator[_Source]:
    stream = _Source(path, "rb")
    try:
        yield stream
    finally:
        stream.release()


def uploader(server: Server, path: Path, stream: _Source, **options: object) -> Any:
    """A tuspy uploader of ``path`` in 64 KiB chunks, sending its name as metadata."""
    client = tus_client.TusClient(f"{server.url}/api/uploads", headers=auth(server))
    return client.uploader(
        file_stream=stream, chunk_size=CHUNK, metadata={"filename": path.name}, **options
    )


def auth(server: Server) -> dict[str, str]:
    """The Authorization header of the surveyor whose uploads these are (one per data folder)."""
    with TOKENS_LOCK:  # uploaders start from many threads at once
        if server.data_dir not in TOKENS:
            with open_stores(Settings(data_dir=server.data_dir)) as stores:
                TOKENS[server.data_dir] = stores.tokens.create("surveyor", Role.SURVEYOR)[1]
    return {"Authorization": f"Bearer {TOKENS[server.data_dir]}"}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with serve(tmp_path / "data") as running:
        yield running


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored(server: Server, url: str) -> Path:
    return server.data_dir / "uploads" / url.rstrip("/").rsplit("/", 1)[1] / "data"


def test_tuspy_chunked_upload_with_checksums(server: Server) -> None:
    with source(LAZ) as stream:
        sender = uploader(server, LAZ, stream, upload_checksum=True)
        sender.upload()
    assert sender.offset == LAZ.stat().st_size
    assert sha256(stored(server, sender.url)) == sha256(LAZ)


def test_tuspy_checksums_are_verified(server: Server) -> None:
    """The checksums tuspy sends are checked: a client whose digest is wrong gets 460 and its
    chunk is not kept (without this, the upload above would pass with checksums ignored)."""
    with source(LAZ) as stream:
        sender = uploader(server, LAZ, stream, upload_checksum=True)
        # tuspy keeps its digest function private; a wrong one is what a corrupted chunk looks
        # like to the server.
        sender._BaseUploader__checksum_algorithm = lambda chunk: hashlib.sha1(chunk + b"!")
        with pytest.raises(TusCommunicationError) as caught:
            sender.upload_chunk()
    assert caught.value.status_code == 460
    assert stored(server, sender.url).stat().st_size == 0


def _partial_patch(server: Server, url: str, offset: int, body: bytes, promised: int) -> None:
    # A PATCH whose body stops short: the server writes what arrived and never saves it.
    parts = urlsplit(server.url)
    request = (
        f"PATCH {urlsplit(url).path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        f"Tus-Resumable: 1.0.0\r\nUpload-Offset: {offset}\r\n"
        f"Authorization: {auth(server)['Authorization']}\r\n"
        f"Content-Type: application/offset+octet-stream\r\nContent-Length: {promised}\r\n\r\n"
    ).encode()
    connection = socket.create_connection((parts.hostname, parts.port))
    connection.sendall(request + body)
    # The socket stays open (no disconnect for the server to see) until the server is killed.
    server_sockets.append(connection)


server_sockets: list[socket.socket] = []


def test_tuspy_resumes_after_the_server_is_killed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    storage = FileStorage(str(tmp_path / "tuspy-urls.json"))
    try:
        _kill_and_resume(data_dir, storage)
    finally:
        storage.close()


def _kill_and_resume(data_dir: Path, storage: FileStorage) -> None:
    with serve(data_dir) as first, source(LAZ) as stream:
        sender = uploader(first, LAZ, stream, store_url=True, url_storage=storage)
        for _ in range(3):
            sender.upload_chunk()
        assert sender.offset == 3 * CHUNK
        _partial_patch(first, sender.url, 3 * CHUNK, b"\xff" * 20_000, CHUNK)
        # The partial body really reached the disk before the kill: what resuming must drop.
        written = stored(first, sender.url)
        deadline = time.monotonic() + 30
        while written.stat().st_size < 3 * CHUNK + 20_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert written.stat().st_size == 3 * CHUNK + 20_000
        assert first.process is not None
        first.process.send_signal(signal.SIGKILL)
        first.process.wait()
        port = urlsplit(first.url).port
    for connection in server_sockets:
        connection.close()
    with serve(data_dir, port=port) as second, source(LAZ) as stream:
        resumed = uploader(second, LAZ, stream, store_url=True, url_storage=storage)
        assert resumed.url == sender.url  # found through tuspy's URL storage
        assert resumed.offset == 3 * CHUNK  # from HEAD: the unsaved partial PATCH is not counted
        # A first chunk shorter than the unsaved bytes: were they kept on disk past the offset,
        # the file would stay 20,000 bytes past it and the finished upload would end in them.
        resumed.chunk_size = 1_000
        resumed.upload_chunk()
        assert stored(second, resumed.url).stat().st_size == 3 * CHUNK + 1_000
        resumed.chunk_size = CHUNK
        resumed.upload()
        assert sha256(stored(second, resumed.url)) == sha256(LAZ)


def test_twenty_concurrent_tuspy_uploads(server: Server) -> None:
    files = [SAMPLES[i % len(SAMPLES)] for i in range(20)]

    def send(path: Path) -> tuple[Path, str]:
        with source(path) as stream:
            sender = uploader(server, path, stream)
            sender.upload()
        return path, sender.url

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(send, files))
    assert len({url for _, url in results}) == 20
    for path, url in results:
        assert sha256(stored(server, url)) == sha256(path)


def test_tuspy_sees_the_422_of_a_bad_file(server: Server, tmp_path: Path) -> None:
    fake = tmp_path / "scan.laz"
    fake.write_text("not a point cloud\n" * 1000)
    with source(fake) as stream, pytest.raises(TusCommunicationError) as caught:
        uploader(server, fake, stream).upload()
    assert caught.value.status_code == 422
    assert b"scan.laz" in caught.value.response_content


def test_tus_js_client_upload(server: Server) -> None:
    # make test installs both; their absence is a broken setup, not a reason to skip.
    assert NODE is not None, "node missing: run `make test`"
    assert TUS_JS.is_dir(), "tus-js-client missing: run `make test` (npm ci in tests/js)"
    done = subprocess.run(
        [
            NODE,
            str(REPO / "tests/js/tus_upload.mjs"),
            f"{server.url}/api/uploads",
            str(LAZ),
            "65536",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "TWIN_TOKEN": auth(server)["Authorization"].split()[1]},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    url = done.stdout.strip()
    assert url.startswith(f"{server.url}/api/uploads/")
    assert sha256(stored(server, url)) == sha256(LAZ)
