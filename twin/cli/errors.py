"""The one mapping from exceptions to exit codes (sysexits.h), and how errors are printed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from ingest_survey.errors import (
    CorruptFileError,
    IngestError,
    InvalidOptionError,
    MissingCRSError,
    OutputExistsError,
    UnreadableFileError,
    UnsupportedFormatError,
    WorkerLostError,
)
from tiling.errors import TilingError
from twin.errors import (
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RowsRejectedError,
    TwinError,
)

P = ParamSpec("P")
R = TypeVar("R")

EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_CANTCREAT = 73
EX_SOFTWARE = 70
EX_TEMPFAIL = 75

# The nearest class in an error's MRO decides. Usage (the command line must change: an option
# value that is not allowed, a CRS only an option can give) is 64; bad data in a file
# (corrupt, empty, not the format, a bad feature) is 65; an input that is missing or cannot be
# opened is 66; an output that exists without --force is 73; a worker lost mid-job is 75 (run
# it again).
EXIT_CODE_BY_ERROR: dict[type[Exception], int] = {
    InvalidOptionError: EX_USAGE,
    WorkerLostError: EX_TEMPFAIL,
    MissingCRSError: EX_USAGE,
    CorruptFileError: EX_DATAERR,
    OutputExistsError: EX_CANTCREAT,
    UnreadableFileError: EX_NOINPUT,
    UnsupportedFormatError: EX_DATAERR,
    IngestError: EX_DATAERR,
    TilingError: EX_DATAERR,
    NotFoundError: EX_NOINPUT,
    ConflictError: EX_CANTCREAT,
    InvalidRequestError: EX_USAGE,
    RowsRejectedError: EX_DATAERR,
    PermissionDeniedError: EX_USAGE,
    TwinError: EX_SOFTWARE,
}


def exit_code(exc: Exception) -> int:
    """The exit code for an error: the entry of its nearest class in the table."""
    for cls in type(exc).__mro__:
        if cls in EXIT_CODE_BY_ERROR:
            return EXIT_CODE_BY_ERROR[cls]
    return EX_SOFTWARE


def reports_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Print a known error as one clear line (file, feature, field) and exit with its code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (IngestError, TilingError, TwinError) as exc:
            err = Console(stderr=True)
            err.print(f"[bold red]error:[/] {escape(str(exc))}")
            for row in getattr(exc, "errors", [])[:20]:  # RowsRejectedError: the bad rows
                err.print(
                    escape(f"  row {row.get('row')}, {row.get('field')}: {row.get('reason')}")
                )
            raise typer.Exit(exit_code(exc)) from exc

    return wrapper
