"""A real `twin serve` under load and while publishing: 200 concurrent clients for 30 s get no
error and no 5xx while the server's memory stays flat; a publish under load switches every later
request to the new version, each answer being one whole file of one version; a second server
process on the same data sees a publish made by another within a second.

Assertions are on errors, versions and memory, never on speed (speed: benchmarks/serving.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import write_tileset
from nginx import free_port, twin_process

from twin.model import LayerKind
from twin.publish import publish
from twin.server.current_versions import REFRESH_S
from twin.settings import Settings

CLIENTS = 200
LOAD_S = 30.0
WARM_UP_S = 5.0
# Flat: at most this much growth between the end of the warm-up and the end of the run.
RSS_GROWTH = 1.25
RSS_SLACK_KB = 16 * 1024


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.fixture
def data() -> Iterator[tuple[Settings, Path]]:
    root = Path(tempfile.mkdtemp(prefix="twin-load-"))
    try:
        settings = Settings(data_dir=root / "data")
        publish(settings, "demo", LayerKind.BUILDINGS, write_tileset(root / "v1"), meta={})
        yield settings, root
    finally:
        shutil.rmtree(root, ignore_errors=True)


async def _hammer(url: str, paths: list[str], seconds: float) -> tuple[Counter[int], list[str]]:
    statuses: Counter[int] = Counter()
    errors: list[str] = []
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as client:

        async def one_client(offset: int) -> None:
            i = offset
            while time.monotonic() < deadline:
                try:
                    response = await client.get(paths[i % len(paths)])
                    statuses[response.status_code] += 1
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")
                i += 1

        await asyncio.gather(*(one_client(n) for n in range(CLIENTS)))
    return statuses, errors


@pytest.mark.slow
def test_200_clients_for_30_seconds(data: tuple[Settings, Path]) -> None:
    settings, _ = data
    with twin_process(settings.data_dir, free_port(), {}) as (url, process):
        tileset = httpx.get(f"{url}/tiles/demo/tileset.json").json()
        paths = [
            "/tiles/demo/tileset.json",
            f"/tiles/demo/{tileset['root']['content']['uri']}",
            "/api/layers",
            "/healthz",
        ]
        warm, warm_errors = asyncio.run(_hammer(url, paths, WARM_UP_S))
        rss_warm = _rss_kb(process.pid)
        statuses, errors = asyncio.run(_hammer(url, paths, LOAD_S))
        rss_end = _rss_kb(process.pid)
        assert process.poll() is None  # still serving
    assert warm_errors == [] and errors == [], (warm_errors + errors)[:5]
    assert set(warm) | set(statuses) == {200}, statuses
    assert sum(statuses.values()) > CLIENTS  # every client got answers
    assert rss_end <= rss_warm * RSS_GROWTH + RSS_SLACK_KB, (rss_warm, rss_end)


def _versions(root: Path, count: int) -> list[tuple[Path, dict[str, str]]]:
    """``count`` tilesets whose files have the same names and other bytes: name -> sha256."""
    made = []
    for n in range(count):
        folder = write_tileset(root / f"next-{n}", size=20.0 + n)
        digests = {
            path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in folder.rglob("*")
            if path.is_file()
        }
        made.append((folder, digests))
    return made


@pytest.mark.slow
def test_a_publish_under_load_switches_whole_files(data: tuple[Settings, Path]) -> None:
    settings, root = data
    versions = _versions(root, 3)
    # The tileset.json bodies of every version: version 1 (the fixture's) and the next ones.
    known = {hashlib.sha256((root / "v1" / "tileset.json").read_bytes()).hexdigest()}
    known |= {digests["tileset.json"] for _, digests in versions}
    with twin_process(settings.data_dir, free_port(), {}) as (url, _):

        async def load_while_publishing() -> tuple[list[bytes], list[str]]:
            bodies: list[bytes] = []
            errors: list[str] = []
            headers = {"accept-encoding": "identity"}
            async with httpx.AsyncClient(base_url=url, timeout=60, headers=headers) as client:
                stop = asyncio.Event()

                async def reader() -> None:
                    while not stop.is_set():
                        response = await client.get("/tiles/demo/tileset.json")
                        if response.status_code != 200:
                            errors.append(f"{response.status_code} {response.text[:200]}")
                        else:
                            bodies.append(response.content)
                            etag = response.headers["etag"].strip('"')
                            if etag != hashlib.sha256(response.content).hexdigest():
                                errors.append(f"ETag {etag} is not the body's")

                readers = [asyncio.create_task(reader()) for _ in range(20)]
                for folder, _ in versions:
                    await asyncio.to_thread(
                        publish, settings, "demo", LayerKind.BUILDINGS, folder, meta={}
                    )
                    await asyncio.sleep(0.5)
                stop.set()
                await asyncio.gather(*readers)
            return bodies, errors

        bodies, errors = asyncio.run(load_while_publishing())
        time.sleep(2 * REFRESH_S)
        last = httpx.get(f"{url}/tiles/demo/tileset.json", headers={"accept-encoding": "identity"})
    assert errors == [], errors[:5]
    # Every answer is one version's whole tileset.json, never a torn or mixed body.
    assert {hashlib.sha256(body).hexdigest() for body in bodies} <= known
    assert len({hashlib.sha256(body).hexdigest() for body in bodies}) >= 2  # it did switch
    assert hashlib.sha256(last.content).hexdigest() == versions[-1][1]["tileset.json"]
    json.loads(last.content)


def test_a_second_process_sees_a_publish_within_a_second(data: tuple[Settings, Path]) -> None:
    settings, root = data
    ((folder, digests),) = _versions(root, 1)
    headers = {"accept-encoding": "identity"}
    with (
        twin_process(settings.data_dir, free_port(), {}) as (one, _),
        twin_process(settings.data_dir, free_port(), {}) as (other, _),
    ):
        before = httpx.get(f"{other}/tiles/demo/tileset.json", headers=headers).headers["etag"]
        # The publish goes through the first server's data folder and catalog (any process).
        publish(settings, "demo", LayerKind.BUILDINGS, folder, meta={})
        time.sleep(1.0)  # the bound: within a second, in every process
        for url in (one, other):
            after = httpx.get(f"{url}/tiles/demo/tileset.json", headers=headers)
            assert after.headers["etag"] != before
            assert after.headers["etag"] == f'"{digests["tileset.json"]}"'
