"""Tile serving under load: `twin serve` (1 and 2 workers) and twin behind nginx against nginx.

Publishes the sample city's delft-survey point cloud (45 content tiles of ~440 KB and its
tileset.json), lays the same files out as a plain folder of hard links for nginx, and runs
`wrk` against each server with a Lua script that cycles through every file of the manifest.
A row asks twin (1 worker) for the same files through version-pinned URLs
(/tiles/{layer}@{version}/...). The last row is the deployment of deploy/nginx.conf: nginx in
front of twin (2 workers) with public reads off, every request carrying a viewer token, twin
answering X-Accel-Redirect.
Prints requests/s, MB/s, p99 latency and the ratio to nginx, all from one run on one machine.

Needs Debian's `nginx` and `wrk`; installs them with ``.ci/apt-install`` when missing.

    python benchmarks/serving.py                  # -t2 -c64 -d10s, as the issue measured
    python benchmarks/serving.py --seconds 5 --connections 32
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from twin.auth import Role
from twin.cli.samples import build_sample_city
from twin.settings import Settings
from twin.store import open_stores
from twin.version_reader import VersionReader

REPO = Path(__file__).resolve().parents[1]
LAYER = "delft-survey"
NGINX_CONF = """\
worker_processes auto;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location /tiles/{layer}/ {{ alias {root}/; }}
    }}
}}
"""
# wrk's Lua: each connection walks the URL list from its own offset, so all files are hit.
WRK_SCRIPT = """\
local paths = {{ {paths} }}
local counter = 0
function setup(thread) counter = counter + 1; thread:set("offset", counter * 7) end
local headers = {{ {headers} }}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i + (offset or 0)) % #paths + 1], headers)
end
"""
# deploy/nginx.conf's own values, replaced for a run in a temporary folder (as tests/nginx.py).
DEPLOY_CONF = REPO / "deploy" / "nginx.conf"


def deploy_conf(port: int, twin_port: int, data_dir: Path, tmp: Path) -> str:
    text = DEPLOY_CONF.read_text()
    for old, new in {
        "listen 8080;": f"listen 127.0.0.1:{port};",
        "server 127.0.0.1:8000;": f"server 127.0.0.1:{twin_port};",
        "alias /srv/twin/data/;": f"alias {data_dir.resolve()}/;",
        "pid /run/twin-nginx.pid;": f"pid {tmp}/nginx-deploy.pid;",
        "error_log /var/log/nginx/twin-error.log warn;": f"error_log {tmp}/deploy-error.log;",
        "/var/lib/nginx/": f"{tmp}/",
        "/var/cache/nginx/twin": f"{tmp}/cache",
        "/run/twin-nginx-cache.sock": f"{tmp}/cache.sock",
    }.items():
        text = text.replace(old, new)
    return text


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server for {url} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"{url} did not answer")


def parse_wrk(output: str) -> dict[str, float]:
    """requests/s, MB/s and p99 (ms) from `wrk --latency` output."""
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    rate, unit = re.search(r"Transfer/sec:\s+([\d.]+)(\w+)", output).groups()  # type: ignore[union-attr]
    mb = float(rate) * {"B": 1e-6, "KB": 1e-3, "MB": 1.0, "GB": 1e3}[unit]
    value, unit = re.search(r"99%\s+([\d.]+)(\w+)", output).groups()  # type: ignore[union-attr]
    p99 = float(value) * {"us": 1e-3, "ms": 1.0, "s": 1e3}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise SystemExit(f"wrk saw {errors.group(1)} error responses:\n{output}")
    return {"rps": rps, "mb_s": mb * 1.048576, "p99_ms": p99}  # wrk's MB is MiB


def run_wrk(base: str, script: Path, args: argparse.Namespace) -> dict[str, float]:
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds}s"]
    command += ["--latency", "-s", str(script), base]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return parse_wrk(output)


def start_twin(data_dir: Path, port: int, workers: int, **settings: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TWIN_DATA_DIR": str(data_dir), "TWIN_WORKERS": str(workers)}
    env["TWIN_PORT"] = str(port)
    env |= {f"TWIN_{name.upper()}": value for name, value in settings.items()}
    command = [sys.executable, "-c", "from twin.cli.main import app; app()", "serve"]
    process = subprocess.Popen(
        command, cwd=data_dir.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(f"http://127.0.0.1:{port}/healthz", process)
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def behind_nginx(
    data_dir: Path, tmp: Path, script: Path, args: argparse.Namespace
) -> dict[str, float]:
    """deploy/nginx.conf in front of twin (2 workers, public reads off, X-Accel-Redirect)."""
    twin_port, port = free_port(), free_port()
    twin = start_twin(data_dir, twin_port, 2, public_read="false", accel_redirect="/_twin_objects/")
    try:
        conf = tmp / "nginx-deploy.conf"
        conf.write_text(deploy_conf(port, twin_port, data_dir, tmp))
        command = [shutil.which("nginx") or "/usr/sbin/nginx", "-p", str(tmp), "-c", str(conf)]
        nginx = subprocess.Popen([*command, "-g", "daemon off;"])
        try:
            wait_for(f"http://127.0.0.1:{port}/healthz", nginx)
            return run_wrk(f"http://127.0.0.1:{port}", script, args)
        finally:
            stop(nginx)
    finally:
        stop(twin)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    found = {t: shutil.which(t) or Path(f"/usr/sbin/{t}").exists() for t in ("nginx", "wrk")}
    missing = [tool for tool, there in found.items() if not there]
    if missing:  # Debian's packages, installed as the CI installs its own (sudo when not root)
        subprocess.run([str(REPO / ".ci" / "apt-install"), *missing], check=True)

    with tempfile.TemporaryDirectory(prefix="twin-serving-") as tmp_name:
        tmp = Path(tmp_name)
        tmp.chmod(0o755)  # nginx workers run as an unprivileged user and read the folder
        settings = Settings(data_dir=tmp / "data")
        build_sample_city(settings, only=[LAYER], quiet=True)
        with open_stores(settings) as stores:
            version = stores.catalog.get_layer(LAYER).current
        assert version is not None
        reader = VersionReader.open(settings.data_dir, version)
        files = {key: reader.locate(key)[0] for key in reader.manifest["files"]}
        root = tmp / "folder"
        for key, source in files.items():
            target = root.joinpath(*key.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(source, target)
        paths = ", ".join(f'"/tiles/{LAYER}/{key}"' for key in sorted(files))
        script = tmp / "cycle.lua"
        script.write_text(WRK_SCRIPT.format(paths=paths, headers=""))
        # The same files through the version-pinned URLs /api/layers advertises.
        pinned_paths = paths.replace(f"/tiles/{LAYER}/", f"/tiles/{LAYER}@{version.version_id}/")
        pinned = tmp / "cycle-pinned.lua"
        pinned.write_text(WRK_SCRIPT.format(paths=pinned_paths, headers=""))
        with open_stores(settings) as stores:
            _, secret = stores.tokens.create("benchmark", Role.VIEWER, layers=[LAYER])
        signed = tmp / "cycle-signed.lua"
        signed.write_text(
            WRK_SCRIPT.format(paths=paths, headers=f'["Authorization"] = "Bearer {secret}"')
        )
        size = sum(path.stat().st_size for path in files.values()) / len(files)
        print(
            f"{len(files)} files, {size / 1e3:.0f} KB on average; wrk -t{args.threads} "
            f"-c{args.connections} -d{args.seconds}s; {os.cpu_count()} cores"
        )

        results: dict[str, dict[str, float]] = {}
        port = free_port()
        conf = tmp / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=tmp, port=port, root=root, layer=LAYER))
        nginx = subprocess.Popen([shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(conf)])
        try:
            wait_for(f"http://127.0.0.1:{port}/tiles/{LAYER}/tileset.json", nginx)
            results["nginx"] = run_wrk(f"http://127.0.0.1:{port}", script, args)
        finally:
            stop(nginx)
        runs = [(f"twin serve, {workers} worker(s)", workers, script) for workers in args.workers]
        runs.append(("twin serve, 1 worker, pinned", 1, pinned))
        for name, workers, lua in runs:
            port = free_port()
            twin = start_twin(settings.data_dir, port, workers)
            try:
                results[name] = run_wrk(f"http://127.0.0.1:{port}", lua, args)
            finally:
                stop(twin)
        results["twin behind nginx, access on"] = behind_nginx(settings.data_dir, tmp, signed, args)

    base = results["nginx"]["rps"]
    print(f"{'server':<32}{'requests/s':>12}{'MB/s':>10}{'p99 ms':>10}{'x nginx':>9}")
    for name, result in results.items():
        print(
            f"{name:<32}{result['rps']:>12.0f}{result['mb_s']:>10.0f}"
            f"{result['p99_ms']:>10.1f}{result['rps'] / base:>9.3f}"
        )
    print(f"load average after the run: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
