"""Debian's nginx in front of a real `twin serve`, both on free loopback ports, for the tests
(and `twin serve` alone, for the load and fault tests).

nginx runs the repository's own deploy/nginx.conf with only its paths and ports replaced, as an
ordinary process: ``-p`` prefix and ``-c`` config in a temporary folder, pid and logs there,
``daemon off``. No root is needed (as root, nginx's workers run as nobody, so the folder is made
world-readable).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEPLOY_CONF = REPO / "deploy" / "nginx.conf"
START_S = 60.0


def nginx_binary() -> str | None:
    """Debian's nginx, or None (the tests then skip, naming the package)."""
    found = shutil.which("nginx") or "/usr/sbin/nginx"
    return found if Path(found).exists() else None


def free_port() -> int:
    """A TCP port free on the loopback interface now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def render_conf(*, port: int, twin_port: int, data_dir: Path, tmp: Path) -> str:
    """deploy/nginx.conf with its listen port, upstream, data folder, pid and logs replaced."""
    text = DEPLOY_CONF.read_text()
    replacements = {
        "listen 8080;": f"listen 127.0.0.1:{port};",
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{twin_port};",
        "alias /srv/twin/data/;": f"alias {data_dir.resolve()}/;",
        "pid /run/twin-nginx.pid;": f"pid {tmp}/nginx.pid;",
        "error_log /var/log/nginx/twin-error.log warn;": f"error_log {tmp}/error.log warn;",
        "/var/lib/nginx/": f"{tmp}/",
        "/var/cache/nginx/twin": f"{tmp}/cache",
        "/run/twin-nginx-cache.sock": f"{tmp}/cache.sock",
    }
    for old, new in replacements.items():
        assert old in text, f"deploy/nginx.conf no longer has {old!r}"
        text = text.replace(old, new)
    return text


def wait_for(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll ``url`` until it answers (any status); fail if ``process`` exits first."""
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with {process.returncode}:\n"
                               f"{log.read_text() if log.exists() else ''}")  # fmt: skip
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)  # polling the server's own answer, not a fixed wait
    raise RuntimeError(f"{url} did not answer within {START_S} s")


def stop(process: subprocess.Popen[bytes], timeout: float = 20) -> None:
    """SIGTERM, then SIGKILL after ``timeout`` seconds."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def twin_process(
    data_dir: Path,
    port: int,
    env: dict[str, str],
    preexec_fn: Callable[[], None] | None = None,
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`twin serve` on ``data_dir`` and ``port`` with more TWIN_* ``env``: (URL, process).

    ``preexec_fn`` runs in the child before twin starts (resource limits for fault tests).
    """
    log = data_dir.parent / f"twin-{port}.log"
    full_env = {**os.environ, **env, "TWIN_DATA_DIR": str(data_dir), "TWIN_PORT": str(port)}
    command = [sys.executable, "-c", "from twin.cli.main import app; app()", "serve"]
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            cwd=data_dir.parent,
            env=full_env,
            stdout=output,
            stderr=subprocess.STDOUT,
            preexec_fn=preexec_fn,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/healthz", process, log)
        yield url, process
    finally:
        stop(process)


@contextmanager
def twin_serve(data_dir: Path, port: int, env: dict[str, str]) -> Iterator[str]:
    """`twin serve` on ``data_dir`` and ``port`` with more TWIN_* ``env``; yields its URL."""
    with twin_process(data_dir, port, env) as (url, _):
        yield url


@contextmanager
def nginx_in_front(data_dir: Path, twin_port: int, tmp: Path) -> Iterator[str]:
    """nginx with deploy/nginx.conf proxying to twin on ``twin_port``; yields its URL."""
    binary = nginx_binary()
    assert binary is not None
    tmp.mkdir(parents=True, exist_ok=True)
    port = free_port()
    conf = tmp / "nginx.conf"
    conf.write_text(render_conf(port=port, twin_port=twin_port, data_dir=data_dir, tmp=tmp))
    log = tmp / "error.log"
    command = [binary, "-p", str(tmp), "-c", str(conf), "-g", "daemon off;"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/healthz", process, log)
        yield url
    finally:
        stop(process)
