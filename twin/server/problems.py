"""The only exception-to-HTTP mapping: RFC 9457 application/problem+json bodies."""

from __future__ import annotations

import errno
import logging
import re
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest_survey.errors import FileTooLargeError, IngestError, UnsupportedFormatError
from tiling.errors import TilingError
from twin.errors import (
    AuthenticationError,
    ChecksumMismatchError,
    ConflictError,
    GoneError,
    InvalidRequestError,
    NotAcceptableError,
    NotFoundError,
    PermissionDeniedError,
    RowsRejectedError,
    TooLargeError,
    TwinError,
)

logger = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"

# Starlette looks handlers up along the exception's MRO, so a base class covers its subclasses
# and a subclass listed here (FileTooLargeError) wins over its base (IngestError).
STATUS_BY_ERROR: dict[type[Exception], int] = {
    NotFoundError: 404,
    AuthenticationError: 401,
    PermissionDeniedError: 403,
    ConflictError: 409,
    InvalidRequestError: 400,
    NotAcceptableError: 406,
    GoneError: 410,
    TooLargeError: 413,
    # tus checksum extension: "460 Checksum Mismatch", a status http.HTTPStatus does not know.
    ChecksumMismatchError: 460,
    RowsRejectedError: 422,
    TwinError: 500,
    FileTooLargeError: 413,
    UnsupportedFormatError: 415,
    IngestError: 422,
    TilingError: 422,
}

_LOCATION_FIELDS = ("file", "row", "field")
_EXTRA_PHRASES = {460: "Checksum Mismatch"}

# Client input echoed in a problem (a layer name, a path, a field) is cut to this many
# characters, so that a 70,000-character URL gets a short answer, not a 70 KB one.
MAX_ECHO = 100
MAX_DETAIL = 1000
# A quoted name inside a detail ('...' or "...", as f"{name!r}" writes it).
_LONG = MAX_ECHO + 1
_QUOTED = re.compile(f"'[^']{{{_LONG},}}'|\"[^\"]{{{_LONG},}}\"")
_LOCATION_NAMES = {"query": "query parameter", "path": "path parameter", "header": "header"}
_LOCATION_NAMES |= {"cookie": "cookie", "body": "body"}


def shorten(text: str, limit: int = MAX_ECHO) -> str:
    """``text`` cut to ``limit`` characters, the cut marked with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _shorten_quoted(detail: str) -> str:
    # Names quoted in a detail are shortened inside their quotes; the detail as a whole is
    # capped too, for messages that echo input unquoted.
    short = _QUOTED.sub(lambda m: m[0][0] + shorten(m[0][1:-1]) + m[0][0], detail)
    return shorten(short, MAX_DETAIL)


def status_phrase(status: int) -> str:
    """The reason phrase of ``status``, including the tus codes http.HTTPStatus lacks."""
    if status in _EXTRA_PHRASES:
        return _EXTRA_PHRASES[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _problem_type(error: type[BaseException]) -> str:
    # NotFoundError -> urn:twin:problem:not-found; stable, and names the error class.
    words = re.sub(r"(?<!^)(?=[A-Z])", "-", error.__name__.removesuffix("Error")).lower()
    return f"urn:twin:problem:{words}"


def problem_response(
    status: int,
    detail: str,
    *,
    type_: str = "about:blank",
    title: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """An ``application/problem+json`` response.

    Args:
        status: the HTTP status code.
        detail: a human-readable explanation of this occurrence (never a server path).
        type_: URI identifying the problem type; "about:blank" means "see the status code".
        title: short summary; the status phrase by default.
        headers: extra response headers.
        **extra: extension members (e.g. file, row, field, errors); None values are left out.
    """
    body: dict[str, Any] = {
        "type": type_,
        "title": title or status_phrase(status),
        "status": status,
        "detail": _shorten_quoted(detail),
    }
    body.update({key: value for key, value in extra.items() if value is not None})
    for key in ("file", "field"):
        if isinstance(body.get(key), str):
            body[key] = shorten(body[key])
    return JSONResponse(
        jsonable_encoder(body), status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE
    )


def bearer_challenge(exc: AuthenticationError) -> str:
    """The ``WWW-Authenticate`` value of a 401 (RFC 6750 section 3).

    Without credentials the challenge carries no error code (section 3.1); otherwise it names
    the error (invalid_token, invalid_request) and describes it.
    """
    challenge = 'Bearer realm="twin"'
    if exc.error:
        description = str(exc).replace("\\", "").replace('"', "'")
        challenge += f', error="{exc.error}", error_description="{description}"'
    return challenge


def _error_handler(request: Request, exc: Exception) -> JSONResponse:
    status = next(STATUS_BY_ERROR[cls] for cls in type(exc).__mro__ if cls in STATUS_BY_ERROR)
    if status >= 500:
        logger.error("unexpected %s on %s", type(exc).__name__, request.url.path, exc_info=exc)
    detail = getattr(exc, "message", None) or str(exc) or status_phrase(status)
    # IngestError carries `path`; the problem body calls it `file`.
    location = {
        "file": getattr(exc, "path", None),
        "row": getattr(exc, "row", None),
        "field": getattr(exc, "field", None),
    }
    headers = (
        {"WWW-Authenticate": bearer_challenge(exc)}
        if isinstance(exc, AuthenticationError)
        else None
    )
    # RowsRejectedError lists every bad row of a batch.
    rows = getattr(exc, "errors", None)
    return problem_response(
        status, detail, type_=_problem_type(type(exc)), headers=headers, errors=rows, **location
    )


def _http_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    phrase = status_phrase(exc.status_code)
    detail = exc.detail if isinstance(exc.detail, str) else phrase
    return problem_response(exc.status_code, detail, headers=exc.headers)


def _describe_location(loc: list[Any]) -> str:
    """``["query", "minimum"]`` -> "query parameter 'minimum'"; ``["body"]`` -> "body"."""
    if not loc:
        return "request"
    where = _LOCATION_NAMES.get(str(loc[0]), str(loc[0]))
    rest = ".".join(shorten(str(part)) for part in loc[1:])
    return f"{where} '{rest}'" if rest else where


def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = []
    for error in exc.errors():
        loc = [shorten(part) if isinstance(part, str) else part for part in error.get("loc", ())]
        item: dict[str, Any] = {"loc": loc, "msg": error.get("msg"), "type": error.get("type")}
        if error.get("type") == "json_invalid":
            # The decode error's character position is not a field: the body is the location.
            position = loc[1] if len(loc) > 1 else None
            reason = (error.get("ctx") or {}).get("error", "")
            item["loc"] = ["body"]
            item["msg"] = f"JSON decode error: {reason}" + (
                f" at character {position}" if position is not None else ""
            )
        errors.append(item)
    first = errors[0] if errors else {}
    loc = first.get("loc", [])
    field = ".".join(str(part) for part in loc[1:]) or None
    detail = f"{_describe_location(loc)}: {first.get('msg')}" if first else "invalid request"
    if len(errors) > 1:
        detail += f" (and {len(errors) - 1} more in errors)"
    return problem_response(422, detail, errors=errors, field=field)


# Errors of the machine, not of the request or of twin: a full disk (or a file size limit, or a
# quota) and a database that refuses writes. They get a status and words of their own, so an
# operator reading the problem knows what to fix; published versions are untouched by either
# (a publish writes beside the live version and swaps only when everything is written).
_STORAGE_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}
_DATABASE_REFUSALS = ("database or disk is full", "readonly database", "read-only file system")


def _machine_problem(exc: Exception) -> tuple[int, str, str] | None:
    if isinstance(exc, OSError) and exc.errno in _STORAGE_FULL_ERRNOS:
        detail = "the server's storage is full: nothing more could be written"
        return 507, detail, "urn:twin:problem:storage-full"
    if isinstance(exc, OperationalError):
        text = str(exc.orig).lower()
        if any(words in text for words in _DATABASE_REFUSALS):
            detail = "the database cannot be written (full or read-only); reads still work"
            return 503, detail, "urn:twin:problem:database-read-only"
    return None


def _unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    logger.error("unhandled error on %s", request.url.path, exc_info=exc)
    machine = _machine_problem(exc)
    if machine is not None:
        status, detail, type_ = machine
        return problem_response(status, detail, type_=type_)
    return problem_response(500, "internal server error")


def add_problem_handlers(app: FastAPI) -> None:
    """Register the problem handlers for every mapped error class and for HTTP/validation errors."""
    for error in STATUS_BY_ERROR:
        app.add_exception_handler(error, _error_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(Exception, _unexpected_handler)
