"""The two task kinds of the point cloud pipeline, as plain picklable data and pure-ish functions.

Nothing here shares memory: a task reads files named in it and writes files named from it, and
returns a small result. So the same tasks run in a local process pool, or on a distributed
engine (Dask, Ray, Spark) whose workers see the same folder.

1. `ScanTask` (a slice of one input file): decode, transform to ECEF, quantise into the octree's
   integer frame, and write compact records, grouped by bucket, to one spill file.
2. `BucketTask` (one bucket): read its runs of the spill files, split its points among its
   octree nodes and its share of the coarse levels above, write its tiles, and spill the coarse
   points (grouped by node) to one file.
3. `CoarseTask` (one node above the buckets): read its runs, write its tile.
One spill file per task, never one per bucket or node: creating files spread over many folders
costs the file system more than writing their bytes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ingest_survey.convert.pointcloud_crs import FittedTransform
from ingest_survey.convert.targets import Target
from ingest_survey.errors import IngestError
from ingest_survey.readers.las import SurveyHeader, read_points
from ingest_survey.readers.las_fields import LasField
from tiling.gltf import PointCloudContent, points_glb
from tiling.pnts import pnts_bytes
from tiling.point_properties import PointProperty
from tiling.pointcloud import (
    Key,
    NodePoints,
    NodeSummary,
    OctreeFrame,
    node_key,
    partition_bucket,
)
from tiling.tileset import content_uri
from twin.storage import DataRef

RECORD = np.dtype(
    [
        ("q", "<i4", (3,)),
        ("rgb", "u1", (3,)),
        ("classification", "u1"),
        ("return_number", "u1"),
        ("intensity", "<u2"),
    ]
)


def record_dtype(extras: tuple[PointProperty, ...] = ()) -> np.dtype:
    """RECORD plus each further property carried into the tiles, in its stored type."""
    return np.dtype(RECORD.descr + [(p.name, "<" + p.dtype) for p in extras])


MASK_21 = (1 << 21) - 1
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
class Segment:
    """A run of `count` records from record `start` of a spill file (a reference that any
    worker on the shared storage resolves)."""

    file: DataRef
    start: int
    count: int


def read_segments(segments: Iterable[Segment], dtype: np.dtype) -> NDArray[Any]:
    """The records of several runs, in order, in one array."""
    runs = list(segments)
    out = np.empty(sum(r.count for r in runs), dtype=dtype)
    raw, at = out.view(np.uint8), 0
    for run in runs:
        size = run.count * dtype.itemsize
        with run.file.resolve().open("rb") as handle:
            handle.seek(run.start * dtype.itemsize)
            if handle.readinto(raw[at : at + size]) != size:
                raise IngestError(
                    "a spill file of this job is shorter than written", path=run.file.relpath
                )
        at += size
    return out


def spill(
    file: DataRef, records: NDArray[Any], keys: list[Key], sizes: Sequence[int]
) -> list[tuple[Key, Segment]]:
    """Write records (already grouped: `sizes[n]` records of `keys[n]` in turn) to one file.

    Written under a temporary name and renamed: a task rerun after its worker died replaces
    what that worker left.
    """
    path = file.resolve()
    partial = path.with_name(f".{path.name}.partial")
    records.tofile(partial)
    os.replace(partial, path)
    starts = np.cumsum([0, *sizes[:-1]])
    return [
        (key, Segment(file, int(start), int(size)))
        for key, start, size in zip(keys, starts, sizes, strict=True)
    ]


@dataclass(frozen=True)
class ScanTask:
    """Points [start, start + count) of one file -> records grouped by bucket in one spill."""

    task: int
    header: SurveyHeader
    transform: FittedTransform
    color_shift: int  # 0 when the file stores 8-bit colour in its 16-bit fields, else 8
    start: int
    count: int
    frame: dict[str, Any]
    bucket_level: int
    workdir: DataRef
    extras: tuple[LasField, ...] = ()  # this file's fields for the tileset's further properties


def scan(task: ScanTask) -> list[tuple[Key, Segment]] | Failure:
    """Run a scan task; returns the run of records each bucket got."""
    frame = OctreeFrame.from_dict(task.frame)
    matrix, offset = frame.affine()
    transform = task.transform.with_output(matrix, offset)  # source -> cube millimetres
    top = float(2**frame.bits - 1)
    dtype = record_dtype(tuple(f.prop for f in task.extras))
    chunks: list[NDArray[Any]] = []
    buckets: list[NDArray[np.int64]] = []  # each point's bucket, packed in one integer
    try:
        for points in read_points(task.header, task.start, task.count, READ_CHUNK, task.extras):
            try:
                cube = transform(points.x, points.y, points.z)
            except ValueError as exc:
                raise IngestError(
                    f"coordinates cannot be transformed: {exc}",
                    path=task.header.path,
                    field="--crs",
                ) from exc
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
            chunks.append(records)
            nodes = node_key(records["q"], frame.bits, task.bucket_level)
            buckets.append((nodes[:, 0] << 42) | (nodes[:, 1] << 21) | nodes[:, 2])
    except IngestError as exc:
        return _failure(exc)
    flat = np.concatenate(buckets)
    order = np.argsort(flat, kind="stable")
    flat = flat[order]
    firsts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    keys: list[Key] = [
        (task.bucket_level, int(f >> 42), int(f >> 21) & MASK_21, int(f) & MASK_21)
        for f in flat[firsts]
    ]
    return spill(
        task.workdir.child(f"scan{task.task:06d}.bin"),
        np.take(np.concatenate(chunks), order),
        keys,
        np.diff(np.r_[firsts, flat.size]).tolist(),
    )


@dataclass(frozen=True)
class BucketTask:
    """One bucket: its runs of the scan spills -> its tiles in `target`, and its share of the
    nodes above the buckets (spilled for the coarse tasks)."""

    bucket: Key
    segments: tuple[Segment, ...]  # its records, from the scan tasks' spills
    frame: dict[str, Any]
    max_points: int
    ancestor_quota: dict[int, int]
    workdir: DataRef
    target: Target
    spec: str  # "1.1" (glTF) or "1.0" (pnts)
    has_color: bool
    extras: tuple[PointProperty, ...] = ()  # the further properties, in record order


@dataclass(frozen=True)
class BucketResult:
    """A tiled bucket: the nodes it wrote and the records it hands to the coarse levels."""

    bucket: Key
    summaries: list[NodeSummary]
    coarse: list[tuple[Key, Segment]]  # the points it gives to nodes above the buckets


def encode_node(
    records: dict[str, NDArray[Any]],
    frame: OctreeFrame,
    key: Key,
    spec: str,
    has_color: bool,
    declared: tuple[PointProperty, ...] = (),
) -> tuple[NodeSummary, bytes]:
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
        frame.to_ecef(centre_q[None, :])[0],
        rel,
        np.ascontiguousarray(records["rgb"]) if has_color else None,
        np.ascontiguousarray(records["classification"]),
        np.ascontiguousarray(records["intensity"]),
        np.ascontiguousarray(records["return_number"]),
        {
            name: np.ascontiguousarray(values)
            for name, values in records.items()
            if name not in RECORD.names
        },
        declared,
    )
    data = points_glb(content) if spec == "1.1" else pnts_bytes(content)
    uri = content_uri(data, "glb" if spec == "1.1" else "pnts")
    return NodeSummary(key, int(q.shape[0]), qmin, qmax, uri), data


def tile_bucket(task: BucketTask) -> BucketResult:
    """Run a bucket task."""
    frame = OctreeFrame.from_dict(task.frame)
    dtype = record_dtype(task.extras)
    records = read_segments(task.segments, dtype)
    # Plain arrays per field: gathering from them is faster than from records.
    fields = {name: np.ascontiguousarray(records[name]) for name in dtype.names or ()}
    del records
    nodes = partition_bucket(
        fields["q"], frame.bits, task.bucket, task.max_points, task.ancestor_quota
    )
    summaries: list[NodeSummary] = []
    coarse: list[NodePoints] = []
    for node in nodes:
        if node.key[0] < task.bucket[0]:  # above the buckets: written once all buckets are in
            coarse.append(node)
            continue
        # np.take, not fancy indexing: several times faster on (n, 3) arrays.
        picked = {name: np.take(values, node.index, axis=0) for name, values in fields.items()}
        summary, data = encode_node(picked, frame, node.key, task.spec, task.has_color, task.extras)
        task.target.write(summary.uri or "", data)
        summaries.append(summary)
    spilled: list[tuple[Key, Segment]] = []
    if coarse:
        index = np.concatenate([node.index for node in coarse])
        records = np.empty(index.size, dtype=dtype)
        for name, values in fields.items():
            records[name] = np.take(values, index, axis=0)
        _, i, j, k = task.bucket
        spilled = spill(
            task.workdir.child(f"coarse{i}_{j}_{k}.bin"),
            records,
            [node.key for node in coarse],
            [node.index.size for node in coarse],
        )
    return BucketResult(task.bucket, summaries, spilled)


@dataclass(frozen=True)
class CoarseTask:
    """One node above the buckets: the runs every bucket spilled for it -> its tile."""

    key: Key
    segments: tuple[Segment, ...]
    frame: dict[str, Any]
    target: Target
    spec: str
    has_color: bool
    extras: tuple[PointProperty, ...] = ()


def tile_coarse(task: CoarseTask) -> NodeSummary:
    """Run a coarse task."""
    records = read_segments(task.segments, record_dtype(task.extras))
    fields = {name: np.ascontiguousarray(records[name]) for name in records.dtype.names or ()}
    summary, data = encode_node(
        fields, OctreeFrame.from_dict(task.frame), task.key, task.spec, task.has_color, task.extras
    )
    task.target.write(summary.uri or "", data)
    return summary
