"""The HTTP/1.1 protocol `twin serve` runs: uvicorn's httptools (llhttp, C) with a bound on the
size of a request's head.

Profiled under wrk on tile files, uvicorn's pure-Python h11 protocol spent about a quarter of the
event loop's time building and validating response headers; httptools does the same in C. h11
bounds a request line plus headers (``h11_max_incomplete_event_size``) and httptools has no such
bound: a client sending one endless header would grow the parser's buffer without limit. This
protocol counts the bytes received while a request's head is incomplete and answers 431 past the
limit, so the bound the settings promise holds. The limit is read from uvicorn's own config field
(``h11_max_incomplete_event_size``), which survives the spawn of each worker process.
"""

from __future__ import annotations

import json
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

_TOO_LARGE = 431
# h11's own default, for a config that sets none.
_DEFAULT_LIMIT = 16 * 1024


def _problem_431(limit: int) -> bytes:
    body = json.dumps(
        {
            "type": "about:blank",
            "title": "Request Header Fields Too Large",
            "status": _TOO_LARGE,
            "detail": f"the request line and headers are over {limit} bytes",
        }
    ).encode()
    head = (
        f"HTTP/1.1 {_TOO_LARGE} Request Header Fields Too Large\r\n"
        "content-type: application/problem+json\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("latin-1") + body


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """httptools, refusing a request head over ``config.h11_max_incomplete_event_size`` bytes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """As uvicorn's; the head counter starts with the connection."""
        super().__init__(*args, **kwargs)
        self._in_head = True
        self._head_bytes = 0

    def data_received(self, data: bytes) -> None:
        """Feed the parser; answer 431 and close when a head is still open past the limit.

        Counted per received chunk: a head may go over by at most one read (the transport's
        read size), which keeps memory bounded as h11 does.
        """
        if self._in_head:
            self._head_bytes += len(data)
        super().data_received(data)
        limit = self.config.h11_max_incomplete_event_size or _DEFAULT_LIMIT
        if self._in_head and self._head_bytes > limit and not self.transport.is_closing():
            self.transport.write(_problem_431(limit))
            self.transport.close()

    def on_headers_complete(self) -> None:
        """The head is complete: the body is bounded by the app (BodyLimitMiddleware)."""
        self._in_head = False
        self._head_bytes = 0
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        """Whatever arrives next on this connection is the next request's head."""
        super().on_message_complete()
        self._in_head = True
