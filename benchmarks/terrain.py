"""Terrain tiling benchmark: tiles/s and peak memory (PSS of the process tree) of
`twin tile terrain`, on the real Monaco SRTM3 tile and on a DEM 16x larger, beside the peers.

Cases (each a fresh process, measured by benchmarks/measure.py):
- twin, Monaco N43E007 (1201 x 1201), levels 0-14: the peers' setting (PEERS.md);
- twin, Monaco, levels 0-12, and twin, a 4 x 4 mosaic of that tile (4804 x 4804 cells, 16x the
  cells; real relief repeated over 7-11 E, 43-47 N: a size test, not geography), levels 0-12:
  memory must stay flat while the DEM and the tile count grow 16x;
- pydelatin 0.4 + quantized-mesh-encoder 0.5 on the same DEM, same levels and error budget
  (77,067 m / 2^z), run here when their venv $TWIN_PEERS_DIR/terrain-peers exists
  (benchmarks/peers.py). Create it once with

      python3 -m venv "$TWIN_PEERS_DIR/terrain-peers"
      "$TWIN_PEERS_DIR/terrain-peers/bin/pip" install \
          "pydelatin==0.4.*" "quantized-mesh-encoder==0.5.*" numpy rasterio

  Without it the benchmark says the peer is absent and measures twin (--peer-python PYTHON
  names another interpreter that has both).

Also reported: the height error of the level-14 meshes against the DEM at random points (p95),
measured by decoding the tiles (tests/quantized_mesh_reader.py), as PEERS.md reports it.

Usage: .venv/bin/python benchmarks/terrain.py [--quick] [--peer-python PYTHON]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import run_measured  # noqa: E402
from peers import REPO, peer_venv  # noqa: E402  (also puts tests/ on the path)

PEER = "terrain-peers"
MONACO = REPO / "samples" / "monaco" / "N43E007.hgt.zip"
PEERS = {  # PEERS.md, Monaco SRTM3 tile, levels 0-14, same machine class
    "pydelatin + quantized-mesh-encoder (PEERS.md)": (617.0, 98.0, 2.4),
    "cesium-terrain-builder, 2 threads (PEERS.md)": (878.0, 64.0, 10.9),
}
TWIN = [str(Path(sys.executable).parent / "twin")]  # the installed console script

PEER_SCRIPT = r"""
import gzip, math, sys, time
from pathlib import Path
import numpy as np, rasterio
from pydelatin import Delatin
from quantized_mesh_encoder import encode
src, out, zmax = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
ds = rasterio.open(src)
a = ds.read(1).astype(np.float64)
a[a == ds.nodata] = np.nan
a = np.where(np.isnan(a), 0.0, a)  # the peers' way: 0 m where there is no data
t = ds.transform
w0, n0 = t.c, t.f
def grid(west, south, east, north):
    lon = np.linspace(west, east, 65); lat = np.linspace(north, south, 65)
    col = np.clip((lon - w0) / t.a - 0.5, 0, a.shape[1] - 1)
    row = np.clip((lat - n0) / t.e - 0.5, 0, a.shape[0] - 1)
    c, r = np.meshgrid(col, row)
    return a[np.round(r).astype(int), np.round(c).astype(int)]
b = ds.bounds
count = 0
for z in range(zmax + 1):
    size = 180.0 / 2 ** z
    x0, x1 = int((b.left + 180) // size), int((b.right + 180) // size)
    y0, y1 = int((b.bottom + 90) // size), int((b.top + 90) // size)
    if z == 0: x0, x1, y0, y1 = 0, 1, 0, 0
    err = 77067.0 / 2 ** z
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            west, south = -180 + x * size, -90 + y * size
            h = grid(west, south, west + size, south + size)
            tin = Delatin(h, max_error=err)
            v, tri = tin.vertices, tin.triangles
            pos = np.zeros((len(v), 3))
            pos[:, 0] = west + v[:, 0] / 64 * size
            pos[:, 1] = south + (64 - v[:, 1]) / 64 * size  # row 0 is north
            pos[:, 2] = v[:, 2]
            p = out / str(z) / str(x) / f"{y}.terrain"
            p.parent.mkdir(parents=True, exist_ok=True)
            with gzip.open(p, "wb") as f:
                encode(f, pos.astype(np.float32), tri.astype(np.uint32),
                       bounds=(west, south, west + size, south + size))
            count += 1
print(count)
"""


def mosaic_4x4(source: Path, out: Path) -> Path:
    """The SRTM tile repeated on a 4 x 4 grid of one-degree cells: 16x the cells."""
    with rasterio.open(f"/vsizip/{source}/{source.name.removesuffix('.zip')}") as ds:
        tile = ds.read(1)
        n = ds.height - 1  # SRTM tiles overlap by one row/column
        profile = {
            "driver": "GTiff",
            "dtype": "int16",
            "nodata": ds.nodata,
            "count": 1,
            "width": 4 * n + 1,
            "height": 4 * n + 1,
            "crs": "EPSG:4326",
            "transform": Affine(
                ds.transform.a, 0, ds.transform.c, 0, ds.transform.e, ds.transform.f + 3.0
            ),
            "tiled": True,
            "compress": "deflate",
        }
    with rasterio.open(out, "w", **profile) as dst:
        for i in range(4):
            for j in range(4):
                window = rasterio.windows.Window(j * n, i * n, n + 1, n + 1)
                dst.write(tile, 1, window=window)
    return out


def level14_error(folder: Path, dem: Path, samples: int = 20) -> float:
    """p95 of |mesh - DEM| at random points of the level-14 tiles (decoded independently)."""
    from pyproj import CRS
    from quantized_mesh_reader import decode

    from ingest_survey.readers.dem import sample_dem

    rng = np.random.default_rng(1)
    errors = []
    paths = sorted(folder.glob("14/*/*.terrain"))
    for path in rng.choice(paths, size=min(300, len(paths)), replace=False):
        x, y = int(path.parent.name), int(path.stem)
        size = 180.0 / 2**14
        west, south = -180 + x * size, -90 + y * size
        tile = decode(gzip.decompress(path.read_bytes()))
        u, v = np.array(tile.u, float), np.array(tile.v, float)
        h = np.array(tile.heights())
        tri = np.array(tile.triangles)
        fu, fv = rng.uniform(0, 32767, samples), rng.uniform(0, 32767, samples)
        truth = sample_dem(
            dem, west + size * fu / 32767, south + size * fv / 32767, CRS.from_epsg(4326)
        )
        for k in range(samples):
            a, b, c = tri[:, 0], tri[:, 1], tri[:, 2]
            det = (v[b] - v[c]) * (u[a] - u[c]) + (u[c] - u[b]) * (v[a] - v[c])
            wa = ((v[b] - v[c]) * (fu[k] - u[c]) + (u[c] - u[b]) * (fv[k] - v[c])) / det
            wb = ((v[c] - v[a]) * (fu[k] - u[c]) + (u[a] - u[c]) * (fv[k] - v[c])) / det
            wc = 1 - wa - wb
            hit = np.flatnonzero((wa >= -1e-9) & (wb >= -1e-9) & (wc >= -1e-9))
            if hit.size and not np.isnan(truth[k]):
                t = hit[0]
                mesh = wa[t] * h[a[t]] + wb[t] * h[b[t]] + wc[t] * h[c[t]]
                errors.append(abs(mesh - truth[k]))
    return float(np.percentile(errors, 95)) if errors else float("nan")


def run_twin(dem: Path, out: Path, zmax: int) -> dict:
    m = run_measured(
        [
            *TWIN,
            "tile",
            "terrain",
            str(dem),
            "--out",
            str(out),
            "--max-zoom",
            str(zmax),
            "--force",
            "--quiet",
        ],
        cwd=REPO,
    )
    assert m.returncode == 0, m.stdout
    tiles = sum(1 for _ in out.rglob("*.terrain"))
    size = sum(p.stat().st_size for p in out.rglob("*.terrain")) / 1e6
    return {
        "tiles": tiles,
        "seconds": m.seconds,
        "tiles_per_s": tiles / m.seconds,
        "peak_mb": m.peak_pss_mb,
        "cpu_s": m.cpu_seconds,
        "out_mb": size,
    }


def run_peer(python: str, dem: Path, out: Path, zmax: int) -> dict | None:
    script = out.parent / "peer_tiler.py"
    script.write_text(PEER_SCRIPT)
    m = run_measured([python, str(script), str(dem), str(out), str(zmax)])
    if m.returncode != 0:
        return None
    tiles = int(m.stdout.strip().splitlines()[-1])
    size = sum(p.stat().st_size for p in out.rglob("*.terrain")) / 1e6
    return {
        "tiles": tiles,
        "seconds": m.seconds,
        "tiles_per_s": tiles / m.seconds,
        "peak_mb": m.peak_pss_mb,
        "cpu_s": m.cpu_seconds,
        "out_mb": size,
    }


def main() -> None:
    """Run the cases and print a table beside the peers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="levels 0-10 only")
    parser.add_argument(
        "--peer-python", help=f"python with the peers (default: $TWIN_PEERS_DIR/{PEER})"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="twin-terrain-bench-"))
    try:
        hgt = work / "N43E007.tif"
        with rasterio.open(f"/vsizip/{MONACO}/N43E007.hgt") as ds:
            profile = {**ds.profile, "driver": "GTiff"}
            with rasterio.open(hgt, "w", **profile) as dst:
                dst.write(ds.read(1), 1)
        big = mosaic_4x4(MONACO, work / "monaco_4x4.tif")
        top, flat = (10, 9) if args.quick else (14, 12)
        rows = {}
        rows[f"twin, Monaco 1x, levels 0-{top}"] = run_twin(hgt, work / "t1", top)
        p95 = level14_error(work / "t1", hgt) if top == 14 else float("nan")
        rows[f"twin, Monaco 1x, levels 0-{flat}"] = run_twin(hgt, work / "t2", flat)
        rows[f"twin, Monaco 16x (4x4), levels 0-{flat}"] = run_twin(big, work / "t3", flat)
        peer = None
        venv = None if args.peer_python else peer_venv(PEER)
        python = args.peer_python or (str(venv / "bin" / "python") if venv else None)
        if python:
            peer = run_peer(python, hgt, work / "p1", top)
            if peer is None:
                print(f"peer {PEER} failed ({python}): measuring twin only", flush=True)
            else:
                rows[f"pydelatin+qme, same DEM, levels 0-{top} (run here)"] = peer
        print(f"{'case':<52}{'tiles':>7}{'s':>8}{'tiles/s':>9}{'peak MB':>9}{'out MB':>8}")
        for name, r in rows.items():
            print(
                f"{name:<52}{r['tiles']:>7}{r['seconds']:>8.1f}{r['tiles_per_s']:>9.0f}"
                f"{r['peak_mb']:>9.0f}{r['out_mb']:>8.1f}"
            )
        for name, (rate, mb, err) in PEERS.items():
            print(f"{name:<52}{'':>7}{'':>8}{rate:>9.0f}{mb:>9.0f}   err p95 z14 {err} m")
        print(f"twin level-14 error against the DEM, p95: {p95:.2f} m")
        a = rows[f"twin, Monaco 1x, levels 0-{flat}"]
        b = rows[f"twin, Monaco 16x (4x4), levels 0-{flat}"]
        print(
            f"16x DEM: {b['tiles'] / a['tiles']:.1f}x the tiles, peak memory "
            f"{b['peak_mb'] / a['peak_mb']:.2f}x"
        )
        if peer:
            mine = rows[f"twin, Monaco 1x, levels 0-{top}"]
            speed = mine["tiles_per_s"] / peer["tiles_per_s"]
            print(
                f"twin vs pydelatin+qme run here: {speed:.2f}x the tiles/s, "
                f"{mine['peak_mb'] / peer['peak_mb']:.2f}x the memory"
            )
        print(json.dumps(rows, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
