"""HTTP hygiene as pure ASGI middleware: request ids and access logs, security headers, a size
limit on request bodies, and CORS with separate read and write origins.

Pure ASGI (no BaseHTTPMiddleware), so streamed tile and upload bodies pass through untouched.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Sequence
from typing import Any

from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from twin.server.problems import problem_response

access_logger = logging.getLogger("twin.access")

REQUEST_ID_HEADER = "X-Request-ID"
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
# Sent on every response; the CSP of HTML pages is set by the pages (routes/viewer.py).
SECURITY_HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"strict-origin-when-cross-origin",
}
# tus PATCH bodies are the uploads, limited by max_upload_bytes instead (routes/uploads.py).
_UNLIMITED_TYPES = ("application/offset+octet-stream",)
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


class RequestIdMiddleware:
    """Give every request an id (the client's ``X-Request-ID`` when it is a sane token, else a
    new one), echo it in the response, and log one JSON line per request on ``twin.access``
    with method, path, status, duration and id."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = _header(scope, b"x-request-id")
        request_id = given if given and _VALID_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        start = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [
                    (k, v) for k, v in message.get("headers", ()) if k not in SECURITY_HEADERS
                ]
                headers.append((b"x-request-id", request_id.encode()))
                headers.extend(SECURITY_HEADERS.items())
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            client = scope.get("client")
            access_logger.info(
                "%s %s %d",
                scope["method"],
                scope["path"],
                status,
                extra={
                    "request_id": request_id,
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "duration_ms": round((time.perf_counter() - start) * 1000, 3),
                    "client": client[0] if client else None,
                },
            )


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, by Content-Length before reading and
    by counting when the body is chunked (upload PATCH bodies have their own limit).

    ``limits_by_prefix`` gives paths their own limit (the first matching prefix wins), e.g.
    the monitoring batches, which are larger than a job spec but still refused while streaming.
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int, limits_by_prefix: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.limits_by_prefix = limits_by_prefix or {}

    def _limit(self, path: str) -> int:
        for prefix, limit in self.limits_by_prefix.items():
            if path.startswith(prefix):
                return limit
        return self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        content_type = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
        if scope["type"] != "http" or content_type in _UNLIMITED_TYPES:
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope["path"])
        too_large = f"the request body is over the limit of {limit} bytes"
        length = _header(scope, b"content-length")
        if length is not None and length.strip().isdigit() and int(length) > limit:
            await problem_response(413, too_large)(scope, receive, send)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # FastAPI re-raises HTTPException from body parsing; problems.py renders it.
                    raise HTTPException(413, too_large)
            return message

        await self.app(scope, counting_receive, send)


class SplitCorsMiddleware:
    """CORS with one origin list for reads (GET, HEAD) and one for writes.

    No credentials are allowed: the API's only credential is the Bearer token, which a browser
    never attaches by itself (it is not a cookie), so ``Access-Control-Allow-Credentials`` is
    never sent and "*" is a safe read default. A preflight for a method not allowed, or from an
    origin not listed, gets no ``Access-Control-Allow-Origin``.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        read_origins: Sequence[str],
        write_origins: Sequence[str],
        write_methods: Sequence[str],
        expose_headers: Sequence[str],
    ) -> None:
        common: dict[str, Any] = {
            "allow_headers": ["*"],
            "expose_headers": list(expose_headers),
            "allow_credentials": False,
            "max_age": 600,
        }
        self.read = CORSMiddleware(
            app, allow_origins=list(read_origins), allow_methods=list(SAFE_METHODS), **common
        )
        methods = [m.upper() for m in write_methods]
        self.write = CORSMiddleware(
            app,
            allow_origins=list(write_origins),
            allow_methods=[*SAFE_METHODS, *(m for m in methods if m not in SAFE_METHODS)],
            **common,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.read(scope, receive, send)
            return
        method = scope["method"]
        if method == "OPTIONS":
            method = (_header(scope, b"access-control-request-method") or "OPTIONS").upper()
        handler = self.read if method in SAFE_METHODS else self.write
        await handler(scope, receive, send)
