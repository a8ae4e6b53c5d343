"""LAS/LAZ survey files: header checks and chunked reading into plain arrays (laspy + lazrs)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import laspy
import numpy as np
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import resolve_crs
from ingest_survey.errors import UnreadableFileError, UnsupportedFormatError
from ingest_survey.readers.las_fields import LasField, las_fields

DEFAULT_CHUNK = 1_000_000


@dataclass(frozen=True)
class SurveyHeader:
    """What the header says, checked."""

    path: Path
    crs: CRS
    point_count: int
    mins: tuple[float, float, float]
    maxs: tuple[float, float, float]
    point_format: int
    has_classification: bool
    fields: tuple[LasField, ...] = ()  # the further per-point properties (las_fields)

    @property
    def extras(self) -> tuple[LasField, ...]:
        """The extra-bytes dimensions among the fields."""
        return tuple(f for f in self.fields if f.extra)


@dataclass(frozen=True)
class PointChunk:
    """Coordinates in the file's CRS and the classification code of each point."""

    x: NDArray[np.float64]
    y: NDArray[np.float64]
    z: NDArray[np.float64]
    classification: NDArray[np.uint8]


def read_header(
    path: str | Path, crs: str | CRS | None = None, *, option: str = "--survey-crs"
) -> SurveyHeader:
    """Open a LAS/LAZ header, refuse a non-LAS file, and resolve the CRS (file or override).

    `option` is the command-line option named in the error when the CRS is missing.
    """
    path = Path(path)
    if not path.exists():
        raise UnreadableFileError("no such file", path=path)
    with path.open("rb") as handle:
        if handle.read(4) != b"LASF":
            raise UnsupportedFormatError("not a LAS/LAZ file (no LASF signature)", path=path)
    try:
        with laspy.open(path) as reader:
            header = reader.header
            try:
                file_crs = header.parse_crs()
            except Exception:  # a broken CRS VLR is as good as none; the override decides
                file_crs = None
    except Exception as exc:
        raise UnreadableFileError(f"cannot read the LAS header: {exc}", path=path) from exc
    resolved = resolve_crs(file_crs, crs, path=path, option=option)
    return SurveyHeader(
        path=path,
        crs=resolved,
        point_count=int(header.point_count),
        mins=tuple(float(v) for v in header.mins),  # type: ignore[arg-type]
        maxs=tuple(float(v) for v in header.maxs),  # type: ignore[arg-type]
        point_format=int(header.point_format.id),
        has_classification="classification" in header.point_format.dimension_names,
        fields=las_fields(header),
    )


def iter_chunks(header: SurveyHeader, chunk_size: int = DEFAULT_CHUNK) -> Iterator[PointChunk]:
    """Stream the points in chunks; a file shorter than its header says is an error naming it."""
    seen = 0
    try:
        with laspy.open(header.path) as reader:
            for points in reader.chunk_iterator(chunk_size):
                n = len(points)
                if n == 0:
                    break
                seen += n
                cls = (
                    np.asarray(points.classification, dtype=np.uint8)
                    if header.has_classification
                    else np.zeros(n, dtype=np.uint8)
                )
                yield PointChunk(
                    np.asarray(points.x, dtype=np.float64),
                    np.asarray(points.y, dtype=np.float64),
                    np.asarray(points.z, dtype=np.float64),
                    cls,
                )
    except (UnreadableFileError, UnsupportedFormatError):
        raise
    except Exception as exc:
        raise UnreadableFileError(
            f"corrupt point data after {seen} points: {exc}", path=header.path
        ) from exc
    if seen != header.point_count:
        raise UnreadableFileError(
            f"the header says {header.point_count} points but the file holds {seen}",
            path=header.path,
        )


@dataclass(frozen=True)
class SurveyPoints:
    """A run of points with every attribute the point cloud tiles keep (any point format 0-10):
    the base five, and the further fields asked for in `extras` (each in its stored type).

    Colour is the raw 16-bit field (zeros when the format has none); the caller decides whether
    the file stores 8-bit values in it.
    """

    x: NDArray[np.float64]
    y: NDArray[np.float64]
    z: NDArray[np.float64]
    rgb: NDArray[np.uint16] | None
    intensity: NDArray[np.uint16]
    classification: NDArray[np.uint8]
    return_number: NDArray[np.uint8]
    extras: dict[str, NDArray[Any]] = field(default_factory=dict)  # by field name, stored type

    def __len__(self) -> int:
        """Number of points."""
        return int(self.x.size)


def check_point_data(header: SurveyHeader) -> None:
    """Refuse an uncompressed LAS whose header promises more points than its bytes hold."""
    if header.path.suffix.lower() != ".las":
        return  # a LAZ's truth shows only when its chunks are decoded (iter/read raise then)
    with laspy.open(header.path) as reader:
        start = int(reader.header.offset_to_point_data)
        record = int(reader.header.point_format.size)
    held = max(0, header.path.stat().st_size - start) // record
    if held < header.point_count:
        raise UnreadableFileError(
            f"the header says {header.point_count} points but the file holds only {held}",
            path=header.path,
            field="point_count",
        )


def _field(points: laspy.PackedPointRecord, name: str, dtype: type, n: int) -> NDArray[Any]:
    if name in points.point_format.dimension_names:
        return np.asarray(points[name], dtype=dtype)
    return np.zeros(n, dtype=dtype)


def _check_extent(header: SurveyHeader, points: laspy.ScaleAwarePointRecord, first: int) -> None:
    """Refuse points far outside the header's extent: what a corrupt LAZ stream decodes to."""
    lo, hi = np.array(header.mins), np.array(header.maxs)
    margin = (hi - lo) * 0.01 + 1.0  # stale headers are off by a little, garbage by a lot
    for axis, name in enumerate("xyz"):
        values = np.asarray(points[name])
        bad = (values < lo[axis] - margin[axis]) | (values > hi[axis] + margin[axis])
        if bad.any():
            k = int(np.argmax(bad))
            raise UnreadableFileError(
                f"point {first + k} has {name} = {values[k]:.3f}, outside the header's extent "
                f"{lo[axis]:.3f}..{hi[axis]:.3f}: the point data is corrupt or the header wrong",
                path=header.path,
                row=first + k,
                field=name,
            )


def read_points(
    header: SurveyHeader,
    start: int,
    count: int,
    chunk_size: int = DEFAULT_CHUNK,
    extras: Sequence[LasField] = (),
) -> Iterator[SurveyPoints]:
    """Points [start, start + count) of a file in chunks: a task can read its own slice.

    `extras` (from `header.fields`) are read too, each exactly, in its property's type.

    LAZ files seek by their chunk table, so independent workers (or machines) share one file.
    Running short of `count` means the header lies or the data is truncated: an error naming it.
    """
    seen = 0
    try:
        with laspy.open(
            header.path,
            laz_backend=laspy.LazBackend.Lazrs if header.path.suffix.lower() == ".laz" else None,
        ) as reader:
            if start:
                reader.seek(start)
            has_rgb = "red" in reader.header.point_format.dimension_names
            while seen < count:
                points = reader.read_points(min(chunk_size, count - seen))
                n = len(points)
                if n == 0:
                    break
                _check_extent(header, points, start + seen)
                seen += n
                rgb = (
                    np.stack(
                        [np.asarray(points[c], dtype=np.uint16) for c in ("red", "green", "blue")],
                        axis=1,
                    )
                    if has_rgb
                    else None
                )
                yield SurveyPoints(
                    np.asarray(points.x, dtype=np.float64),
                    np.asarray(points.y, dtype=np.float64),
                    np.asarray(points.z, dtype=np.float64),
                    rgb,
                    _field(points, "intensity", np.uint16, n),
                    _field(points, "classification", np.uint8, n),
                    _field(points, "return_number", np.uint8, n),
                    {f.name: f.read(points) for f in extras},
                )
    except (UnreadableFileError, UnsupportedFormatError):
        raise
    except Exception as exc:
        raise UnreadableFileError(
            f"corrupt point data after point {start + seen}: {exc}", path=header.path
        ) from exc
    if seen != count:
        raise UnreadableFileError(
            f"the header says {header.point_count} points but the data ends after {start + seen}",
            path=header.path,
            field="point_count",
        )
