"""Errors raised while reading, validating and converting uploads.

Every error names where the problem is: the file, and when known the row (feature index or
identifier) and the field. The CLI prints these; the API puts them in its problem body.
"""

from __future__ import annotations

import os
import re
from pathlib import Path


class IngestError(Exception):
    """Input that cannot be ingested, with its location."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        row: int | str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.row = row
        self.field = field

    def __str__(self) -> str:
        where = [
            part
            for part in (
                self.path,
                f"feature {self.row}" if self.row is not None else None,
                f"field '{self.field}'" if self.field else None,
            )
            if part
        ]
        return f"{': '.join([', '.join(where), self.message]) if where else self.message}"

    def as_problem(self) -> dict[str, object]:
        """The location fields of an RFC 9457 problem body."""
        return {"detail": self.message, "file": self.path, "row": self.row, "field": self.field}


class UnsupportedFormatError(IngestError):
    """Not a format this reader understands."""


class UnreadableFileError(IngestError):
    """A file that is missing, truncated or corrupt."""


class CorruptFileError(UnreadableFileError):
    """A file that is there but whose bytes are wrong: truncated, corrupt or empty."""


class OutputExistsError(IngestError):
    """The output is already there and replacing it was not asked for (--force)."""


class InvalidOptionError(IngestError, ValueError):
    """An option value that is not allowed; `field` names the option (e.g. "--max-zoom")."""


class MissingCRSError(IngestError):
    """No coordinate reference system in the file and none given."""


class InvalidFeatureError(IngestError):
    """A feature with bad geometry or attribute values."""


class FileTooLargeError(IngestError):
    """An upload over the configured size limit."""


# GDAL appends advice on forcing a driver ("It might help to specify the correct driver
# explicitly by prefixing the file path with '<DRIVER>:'") that means nothing to a user of twin.
_GDAL_DRIVER_ADVICE = re.compile(r";?\s*It might help to specify the correct driver.*$", re.S)


def vector_open_error(path: str | Path, exc: Exception) -> IngestError:
    """The error to raise when GDAL (through pyogrio) cannot open a vector dataset: says what is
    wrong with the file (missing, empty, not a vector format, corrupt), without GDAL's advice
    about driver prefixes and without the server path GDAL quotes."""
    file = Path(path)
    if not file.exists():
        return UnreadableFileError("no such file", path=path)
    if file.is_file() and file.stat().st_size == 0:
        return CorruptFileError("the file is empty (0 bytes): it holds no features", path=path)
    detail = _GDAL_DRIVER_ADVICE.sub("", str(exc)).strip().rstrip(";.")
    detail = detail.replace(f"'{file}'", f"'{file.name}'").replace(str(file), file.name)
    if "not recognized as being in a supported file format" in detail:
        return CorruptFileError(
            "not a vector dataset GDAL can read (GeoJSON, GeoPackage, Shapefile, OGR SQLite, ...)",
            path=path,
        )
    if not file.is_file() or not os.access(file, os.R_OK):
        return UnreadableFileError(f"cannot open the file: {detail}", path=path)
    return CorruptFileError(f"not a valid vector dataset: {detail}", path=path)


class WorkerLostError(IngestError):
    """A worker process died while it ran a task of the job (killed, out of memory)."""


class UnexpectedContentError(IngestError):
    """An upload whose bytes are not a kind twin ingests, or not the kind its name says."""


class UnknownVerticalDatumWarning(UserWarning):
    """A source whose vertical datum is unknown: its heights are kept as given."""
