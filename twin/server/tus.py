"""The tus 1.0.0 rules that hold for every request under /api/uploads, as ASGI middleware.

- ``X-HTTP-Method-Override`` replaces the method before routing (clients behind proxies that
  only pass GET and POST send PATCH and DELETE so).
- A request without ``Tus-Resumable: 1.0.0`` is answered 412 with ``Tus-Version`` (OPTIONS,
  the discovery request, and the JSON info route are exempt).
- Every response carries ``Tus-Resumable: 1.0.0``, error responses included, which exception
  handlers outside the routes would otherwise leave out.

It sits inside CORSMiddleware, so the 412s carry the CORS headers a browser needs to read them.
"""

from __future__ import annotations

import json

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TUS_VERSION = "1.0.0"
UPLOADS_PREFIX = "/api/uploads"
INFO_SUFFIX = "/info"
# Headers a browser client must be allowed to read (Access-Control-Expose-Headers).
TUS_EXPOSED_HEADERS = [
    "Upload-Offset",
    "Location",
    "Upload-Length",
    "Tus-Version",
    "Tus-Resumable",
    "Tus-Max-Size",
    "Tus-Extension",
    "Upload-Metadata",
    "Upload-Expires",
]


class TusMiddleware:
    """Method override, version check and the Tus-Resumable header for the upload routes."""

    def __init__(self, app: ASGIApp, prefix: str = UPLOADS_PREFIX) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or not (
            path == self.prefix or path.startswith(self.prefix + "/")
        ):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        override = headers.get("x-http-method-override")
        if override:
            scope = {**scope, "method": override.strip().upper()}
        method = scope["method"]
        exempt = method == "OPTIONS" or (method == "GET" and path.endswith(INFO_SUFFIX))
        if not exempt and headers.get("tus-resumable") != TUS_VERSION:
            await _version_mismatch(headers.get("tus-resumable"), send)
            return

        async def send_with_version(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["Tus-Resumable"] = TUS_VERSION
            await send(message)

        await self.app(scope, receive, send_with_version)


async def _version_mismatch(given: str | None, send: Send) -> None:
    # Answered here, before routing: problem+json like every other error of the API.
    detail = (
        f"Tus-Resumable {given!r} is not supported; this server speaks tus {TUS_VERSION}"
        if given
        else f"the Tus-Resumable header is missing; this server speaks tus {TUS_VERSION}"
    )
    body = json.dumps(
        {"type": "about:blank", "title": "Precondition Failed", "status": 412, "detail": detail}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 412,
            "headers": [
                (b"content-type", b"application/problem+json"),
                (b"content-length", str(len(body)).encode()),
                (b"tus-version", TUS_VERSION.encode()),
                (b"tus-resumable", TUS_VERSION.encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
