"""Errors raised while reading, validating and converting uploads.

Every error names where the problem is: the file, and when known the row (feature index or
identifier) and the field. The CLI prints these; the API puts them in its problem body.
"""

from __future__ import annotations

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


class MissingCRSError(IngestError):
    """No coordinate reference system in the file and none given."""


class InvalidFeatureError(IngestError):
    """A feature with bad geometry or attribute values."""


class FileTooLargeError(IngestError):
    """An upload over the configured size limit."""


class WorkerLostError(IngestError):
    """A worker process died while it ran a task of the job (killed, out of memory)."""
