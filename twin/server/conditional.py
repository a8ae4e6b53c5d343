"""HTTP caching and content negotiation rules: ETags, If-None-Match, Cache-Control, gzip."""

from __future__ import annotations

IMMUTABLE = "public, max-age=31536000, immutable"
NO_CACHE = "no-cache"
GZIP_ETAG_SUFFIX = "-gzip"


def strong_etag(sha256: str, *, gzip: bool = False) -> str:
    """The strong ETag of a file (identity) or of its gzip encoding, a different representation."""
    return f'"{sha256}{GZIP_ETAG_SUFFIX if gzip else ""}"'


def cache_control_for(relpath: str) -> str:
    """Cache-Control of a tileset file.

    Files under ``content/`` are named by their hash, so a URL never changes meaning: cache for a
    year. Everything else (tileset.json, layer.json, ...) changes on publish: revalidate each time.
    """
    return IMMUTABLE if relpath.startswith("content/") else NO_CACHE


def if_none_match_matches(header: str | None, etag: str) -> bool:
    """Whether an If-None-Match header matches ``etag`` (weak comparison, RFC 9110 13.1.2)."""
    if not header:
        return False
    if header.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in header.split(","))


def accepts_gzip(header: str | None) -> bool:
    """Whether an Accept-Encoding header allows gzip (``gzip`` or ``*`` with q > 0)."""
    if not header:
        return False
    qualities: dict[str, float] = {}
    for item in header.split(","):
        coding, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        qualities[coding.strip().lower()] = quality
    if "gzip" in qualities:
        return qualities["gzip"] > 0
    return qualities.get("*", 0.0) > 0
