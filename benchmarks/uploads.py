"""Resumable uploads on loopback: MB/s through tuspy into a real uvicorn server, its peak memory,
and the ratio against `cp` of the same file on the same disk in the same run (the floor).

The payload is synthetic transfer load (a 64 MiB block of urandom written over and over), not
survey data: the early checks then refuse it as "not a kind of file twin ingests" (the 422 on the
last PATCH is expected and counted as done; every byte was received and written first).

    python benchmarks/uploads.py --quick        # one 100 MB upload, 20 x 10 MB at once
    python benchmarks/uploads.py                # 1 GB and 4 GB, 20 x 100 MB at once
    python benchmarks/uploads.py --sizes-mb 1024 --concurrent 0 --chunk-mb 32
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tusclient import client as tus_client
from tusclient.exceptions import TusCommunicationError

MB = 1024**2
BLOCK = 64 * MB


def make_payload(path: Path, size: int) -> None:
    """Stream ``size`` bytes of one repeated random block to ``path`` (never all in memory)."""
    block = os.urandom(min(BLOCK, size))
    with path.open("wb") as out:
        left = size
        while left:
            piece = block[: min(left, len(block))]
            out.write(piece)
            left -= len(piece)


def vm_hwm_kib(pid: int) -> int:
    """Peak resident memory of ``pid`` (VmHWM, KiB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def start_server(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TWIN_DATA_DIR": str(data_dir), "TWIN_MAX_UPLOAD_BYTES": str(1 << 40)}
    command = [sys.executable, "-m", "uvicorn", "--factory", "twin.server.app:create_app"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=data_dir.parent, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def surveyor_headers(data_dir: Path) -> dict[str, str]:
    """A surveyor token in the benchmark's data folder, as request headers."""
    from twin.auth import Role
    from twin.settings import Settings
    from twin.store import open_stores

    with open_stores(Settings(data_dir=data_dir)) as stores:
        secret = stores.tokens.create("benchmark", Role.SURVEYOR)[1]
    return {"Authorization": f"Bearer {secret}"}


def upload(endpoint: str, path: Path, chunk: int, headers: dict[str, str]) -> None:
    sender = tus_client.TusClient(endpoint, headers=headers).uploader(
        str(path), chunk_size=chunk, metadata={"filename": path.name}
    )
    try:
        sender.upload()
    except TusCommunicationError as exc:
        if exc.status_code != 422:  # 422: all bytes in, refused by the sniff (synthetic bytes)
            raise


def timed_cp(source: Path, folder: Path) -> float:
    target = folder / f"cp-{source.name}"
    start = time.perf_counter()
    subprocess.run(["cp", str(source), str(target)], check=True)
    seconds = time.perf_counter() - start
    target.unlink()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 MB, and 20 x 10 MB at once")
    parser.add_argument("--sizes-mb", type=int, nargs="*", default=[1024, 4096])
    parser.add_argument("--concurrent", type=int, default=20, help="uploads at once (0: skip)")
    parser.add_argument("--concurrent-mb", type=int, default=100)
    parser.add_argument("--chunk-mb", type=int, default=32, help="bytes per PATCH")
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (a temp dir)")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    if args.quick:
        args.sizes_mb, args.concurrent_mb = [100], 10
    scratch = Path(tempfile.mkdtemp(prefix="twin-upload-bench-", dir=args.dir))
    data_dir = scratch / "data"
    data_dir.mkdir()
    endpoint = f"http://127.0.0.1:{args.port}/api/uploads"
    headers = surveyor_headers(data_dir)
    server = start_server(data_dir, args.port)
    chunk = args.chunk_mb * MB
    try:
        idle = vm_hwm_kib(server.pid)
        print(f"server idle peak RSS {idle / 1024:.0f} MiB; {args.chunk_mb} MiB per PATCH")
        for size_mb in args.sizes_mb:
            payload = scratch / f"payload-{size_mb}mb.bin"
            make_payload(payload, size_mb * MB)
            floor = timed_cp(payload, scratch)
            start = time.perf_counter()
            upload(endpoint, payload, chunk, headers)
            seconds = time.perf_counter() - start
            rate = size_mb / seconds
            print(
                f"{size_mb} MiB: {rate:.0f} MiB/s ({seconds:.1f} s); cp {size_mb / floor:.0f} MiB/s"
                f" ({floor:.1f} s), upload/cp time ratio {seconds / floor:.2f}; "
                f"server peak RSS {vm_hwm_kib(server.pid) / 1024:.0f} MiB"
            )
            payload.unlink()
            shutil.rmtree(data_dir / "uploads", ignore_errors=True)
        if args.concurrent:
            files = []
            for index in range(args.concurrent):
                files.append(scratch / f"c{index}.bin")
                make_payload(files[-1], args.concurrent_mb * MB)
            floor = sum(timed_cp(path, scratch) for path in files)
            start = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.concurrent) as pool:
                list(pool.map(lambda path: upload(endpoint, path, chunk, headers), files))
            seconds = time.perf_counter() - start
            total = args.concurrent * args.concurrent_mb
            print(
                f"{args.concurrent} x {args.concurrent_mb} MiB at once: {total / seconds:.0f} MiB/s"
                f" ({seconds:.1f} s); cp one after another {total / floor:.0f} MiB/s, ratio "
                f"{seconds / floor:.2f}; server peak RSS {vm_hwm_kib(server.pid) / 1024:.0f} MiB"
            )
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
