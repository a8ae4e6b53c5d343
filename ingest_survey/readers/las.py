"""LAS/LAZ survey files: header checks and chunked reading into plain arrays (laspy + lazrs)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import laspy
import numpy as np
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import resolve_crs
from ingest_survey.errors import UnreadableFileError, UnsupportedFormatError

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


@dataclass(frozen=True)
class PointChunk:
    """Coordinates in the file's CRS and the classification code of each point."""

    x: NDArray[np.float64]
    y: NDArray[np.float64]
    z: NDArray[np.float64]
    classification: NDArray[np.uint8]


def read_header(path: str | Path, crs: str | CRS | None = None) -> SurveyHeader:
    """Open a LAS/LAZ header, refuse a non-LAS file, and resolve the CRS (file or override)."""
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
    resolved = resolve_crs(file_crs, crs, path=path, option="--survey-crs")
    return SurveyHeader(
        path=path,
        crs=resolved,
        point_count=int(header.point_count),
        mins=tuple(float(v) for v in header.mins),  # type: ignore[arg-type]
        maxs=tuple(float(v) for v in header.maxs),  # type: ignore[arg-type]
        point_format=int(header.point_format.id),
        has_classification="classification" in header.point_format.dimension_names,
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
        raise UnreadableFileError(f"corrupt point data after {seen} points: {exc}",
                                  path=header.path) from exc
    if seen != header.point_count:
        raise UnreadableFileError(
            f"the header says {header.point_count} points but the file holds {seen}",
            path=header.path,
        )
