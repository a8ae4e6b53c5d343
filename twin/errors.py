"""Errors of the twin core; the server maps them to HTTP status in one place (problems.py)."""


class TwinError(Exception):
    """Base of every error the twin core raises on purpose."""


class NotFoundError(TwinError):
    """Unknown layer, version, file or entity (also a path that tries to leave the data folder)."""


class ConflictError(TwinError):
    """A change that conflicts with the current state (for example a layer of another kind)."""


class InvalidRequestError(TwinError):
    """A request whose parameters are wrong."""


class PermissionDeniedError(TwinError):
    """The caller may not do this."""


class AuthenticationError(TwinError):
    """No valid credentials: a token is missing, unknown, expired or revoked.

    ``error`` is the RFC 6750 error code for the challenge ("invalid_token" for a token that was
    sent but is not valid, "invalid_request" for a malformed header); None when none was sent.
    """

    def __init__(self, message: str, *, error: str | None = None) -> None:
        super().__init__(message)
        self.error = error


class GoneError(TwinError):
    """Something that was there and is no more: an expired or rejected upload."""


class TooLargeError(TwinError):
    """A request body or a declared size over the configured limit."""


class NotAcceptableError(TwinError):
    """A request whose Accept header excludes every representation the resource has."""


class ChecksumMismatchError(TwinError):
    """Bytes whose checksum differs from the one the client sent with them."""


class RowsRejectedError(TwinError):
    """A batch (readings, sensors) with bad rows; ``errors`` lists every one of them.

    Each entry is a dict with ``row`` (0-based index of a JSON item, or 1-based CSV line),
    ``field``, ``reason`` and, when known, ``sensor``. Nothing of such a batch is written.
    """

    def __init__(self, message: str, errors: list[dict[str, object]]) -> None:
        super().__init__(message)
        self.errors = errors
