"""The two task kinds of the point cloud pipeline, as plain picklable data and pure-ish functions.

Nothing here shares memory: a task reads files named in it and writes files named from it, and
returns a small result. So the same tasks run in a local process pool, or on a distributed
engine (Dask, Ray, Spark) whose workers see the same folder.

1. `ScanTask` (a slice of one input file): decode, transform to ECEF, quantise into the octree's
   integer frame, and append compact records to one shard file per bucket.
2. `BucketTask` (one bucket): read its shards, split its points among its octree nodes and its
   share of the coarse levels above, write its tiles; return the coarse points and summaries.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
from numpy.typing import NDArray

from ingest_survey.convert.pointcloud_crs import FittedTransform
from ingest_survey.errors import IngestError
from ingest_survey.readers.las import ExtraField, SurveyHeader, read_points
from tiling.gltf import PointCloudContent, points_glb
from tiling.pnts import pnts_bytes
from tiling.pointcloud import Key, NodeSummary, OctreeFrame, node_key, partition_bucket
from tiling.tileset import content_uri

RECORD = np.dtype([("q", "<i4", (3,)), ("rgb", "u1", (3,)), ("classification", "u1"),
                   ("return_number", "u1"), ("intensity", "<u2")])


def record_dtype(extras: tuple[str, ...] = ()) -> np.dtype:
    """RECORD plus one float32 per extra-bytes property carried into the tiles."""
    return np.dtype(RECORD.descr + [(name, "<f4") for name in extras])


READ_CHUNK = 100_000  # points decoded at once by a scan task: bounds its memory


@dataclass(frozen=True)
class Failure:
    """An IngestError raised in a worker, carried back field by field (its pickle loses them)."""

    kind: type[IngestError]
    message: str
    path: str | None
    row: int | str | None
    field: str | None

    def raise_(self) -> None:
        """Raise it again in the caller."""
        raise self.kind(self.message, path=self.path, row=self.row, field=self.field)


def _failure(exc: IngestError) -> Failure:
    return Failure(type(exc), exc.message, exc.path, exc.row, exc.field)


@dataclass(frozen=True)
class ScanTask:
    """Points [start, start + count) of one file -> per-bucket shards under `workdir`."""

    task: int
    header: SurveyHeader
    transform: FittedTransform
    color_shift: int  # 0 when the file stores 8-bit colour in its 16-bit fields, else 8
    start: int
    count: int
    frame: dict[str, Any]
    bucket_level: int
    workdir: Path
    extras: tuple[ExtraField, ...] = ()  # this file's fields for the tileset's extra properties


def shard_path(workdir: Path, bucket: Key, task: int) -> Path:
    """Where a scan task puts the records of one bucket."""
    level, i, j, k = bucket
    return workdir / f"b{level}_{i}_{j}_{k}" / f"t{task:06d}.bin"


def scan(task: ScanTask) -> dict[Key, int] | Failure:
    """Run a scan task; returns how many points went to each bucket."""
    frame = OctreeFrame.from_dict(task.frame)
    matrix, offset = frame.affine()
    transform = task.transform.with_output(matrix, offset)  # source -> cube millimetres
    top = float(2**frame.bits - 1)
    counts: dict[Key, int] = {}
    handles: dict[Key, BinaryIO] = {}  # one open shard per bucket for the task's duration
    try:
        dtype = record_dtype(tuple(e.name for e in task.extras))
        for points in read_points(task.header, task.start, task.count, READ_CHUNK,
                                  task.extras):
            try:
                cube = transform(points.x, points.y, points.z)
            except ValueError as exc:
                raise IngestError(f"coordinates cannot be transformed: {exc}",
                                  path=task.header.path, field="--crs") from exc
            np.rint(cube, out=cube)
            np.clip(cube, 0.0, top, out=cube)  # a header that understates the extent
            records = np.empty(len(points), dtype=dtype)
            records["q"] = cube
            if points.rgb is not None:
                records["rgb"] = np.minimum(points.rgb >> task.color_shift, 255)
            else:
                records["rgb"] = 0
            records["classification"] = points.classification
            records["return_number"] = points.return_number
            records["intensity"] = points.intensity
            for name, values in points.extras.items():
                records[name] = values
            _append_shards(records, frame.bits, task, counts, handles)
    except IngestError as exc:
        return _failure(exc)
    finally:
        for handle in handles.values():
            handle.close()
    return counts


def _append_shards(records: NDArray[Any], bits: int, task: ScanTask, counts: dict[Key, int],
                   handles: dict[Key, BinaryIO]) -> None:
    nodes = node_key(records["q"], bits, task.bucket_level)
    flat = (nodes[:, 0] << 42) | (nodes[:, 1] << 21) | nodes[:, 2]
    order = np.argsort(flat)
    flat = flat[order]
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    ends = np.r_[starts[1:], flat.size]
    for s, e in zip(starts, ends, strict=True):
        ijk = nodes[order[s]]
        key = (task.bucket_level, int(ijk[0]), int(ijk[1]), int(ijk[2]))
        if key not in handles:
            path = shard_path(task.workdir, key, task.task)
            path.parent.mkdir(exist_ok=True)
            handles[key] = path.open("ab")
        handles[key].write(records[order[s:e]].tobytes())
        counts[key] = counts.get(key, 0) + int(e - s)


@dataclass(frozen=True)
class BucketTask:
    """One bucket: its shards -> its tiles in `staging`, plus its share of the coarse levels."""

    bucket: Key
    frame: dict[str, Any]
    max_points: int
    ancestor_quota: dict[int, int]
    workdir: Path
    staging: Path
    spec: str  # "1.1" (glTF) or "1.0" (pnts)
    has_color: bool
    extras: tuple[str, ...] = ()  # extra-bytes property names, in record order


@dataclass(frozen=True)
class BucketResult:
    """A tiled bucket: the nodes it wrote and the records it hands to the coarse levels."""

    bucket: Key
    points: int
    summaries: list[NodeSummary]
    coarse: list[Key]  # coarse nodes this bucket gave points to (in coarse_folder)


def encode_node(records: dict[str, NDArray[Any]], frame: OctreeFrame, key: Key, spec: str,
                has_color: bool) -> tuple[NodeSummary, bytes]:
    """One node's content (GLB or pnts), positions relative to its box centre.

    `records` holds the RECORD fields as plain arrays.
    """
    q = records["q"]
    qmin = np.array([q[:, c].min() for c in range(3)], dtype=np.int64)
    qmax = np.array([q[:, c].max() for c in range(3)], dtype=np.int64)
    centre_q = (qmin + qmax) // 2
    # Relative positions straight from the integer frame: no large ECEF values in float32.
    rel = (((q - centre_q) / 1000.0) @ frame.rotation).astype(np.float32)
    content = PointCloudContent(
        frame.to_ecef(centre_q[None, :])[0], rel,
        np.ascontiguousarray(records["rgb"]) if has_color else None,
        np.ascontiguousarray(records["classification"]),
        np.ascontiguousarray(records["intensity"]),
        np.ascontiguousarray(records["return_number"]),
        {name: np.ascontiguousarray(values) for name, values in records.items()
         if name not in RECORD.names},
    )
    data = points_glb(content) if spec == "1.1" else pnts_bytes(content)
    uri = content_uri(data, "glb" if spec == "1.1" else "pnts")
    return NodeSummary(key, int(q.shape[0]), qmin, qmax, uri), data


def coarse_folder(workdir: Path, key: Key) -> Path:
    """Where buckets put their share of a coarse node's points."""
    return workdir / "coarse" / "_".join(map(str, key))


def read_coarse(workdir: Path, key: Key, extras: tuple[str, ...] = ()) -> dict[str, NDArray[Any]]:
    """All buckets' points of one coarse node, as plain field arrays."""
    folder = coarse_folder(workdir, key)
    dtype = record_dtype(extras)
    records = np.concatenate([np.fromfile(p, dtype=dtype) for p in sorted(folder.iterdir())])
    return {name: np.ascontiguousarray(records[name]) for name in dtype.names or ()}


def write_content(staging: Path, uri: str, data: bytes) -> None:
    """Content is named by its hash: writing it twice is writing the same bytes."""
    target = staging / uri
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        target.write_bytes(data)


def tile_bucket(task: BucketTask) -> BucketResult:
    """Run a bucket task."""
    frame = OctreeFrame.from_dict(task.frame)
    level, i, j, k = task.bucket
    folder = task.workdir / f"b{level}_{i}_{j}_{k}"
    dtype = record_dtype(task.extras)
    records = np.concatenate([np.fromfile(p, dtype=dtype) for p in sorted(folder.iterdir())])
    # Plain arrays per field: gathering from them is faster than from records.
    fields = {name: np.ascontiguousarray(records[name]) for name in dtype.names or ()}
    count = int(records.shape[0])
    del records
    nodes = partition_bucket(fields["q"], frame.bits, task.bucket, task.max_points,
                             task.ancestor_quota)
    summaries: list[NodeSummary] = []
    coarse: list[Key] = []
    for node in nodes:
        picked = {name: values[node.index] for name, values in fields.items()}
        if node.key[0] < level:  # spilled too: the coarse levels are written from disk
            records = np.empty(node.index.size, dtype=dtype)
            for name, values in picked.items():
                records[name] = values
            folder = coarse_folder(task.workdir, node.key)
            folder.mkdir(parents=True, exist_ok=True)
            records.tofile(folder / f"b{i}_{j}_{k}.bin")
            coarse.append(node.key)
            continue
        summary, data = encode_node(picked, frame, node.key, task.spec, task.has_color)
        write_content(task.staging, summary.uri or "", data)
        summaries.append(summary)
    return BucketResult(task.bucket, count, summaries, coarse)

