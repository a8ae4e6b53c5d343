"""Data-folder layout and the one function that turns a client's relative path into a file path."""

from __future__ import annotations

import re
from pathlib import Path

from twin.errors import InvalidRequestError, NotFoundError

LAYER_NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
# `layer@version` in a URL pins one version. Neither a layer name nor a version id
# (`twin.versions.check_version_id`) can hold an "@", so the split is never ambiguous.
PIN_SEPARATOR = "@"
STAGING_PREFIX = ".staging-"

# After the server has decoded the URL once, a remaining %XX means the client encoded twice
# (e.g. %252e%252e); no published file name contains one, so it is refused instead of guessed.
_ENCODED_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


def is_layer_name(name: str) -> bool:
    """Whether ``name`` is a valid layer name: ``[a-z0-9][a-z0-9_-]{0,63}``."""
    return LAYER_NAME_PATTERN.fullmatch(name) is not None


def check_layer_name(name: str) -> str:
    """Return ``name`` if it is a valid layer name.

    Raises:
        InvalidRequestError: the name does not match ``[a-z0-9][a-z0-9_-]{0,63}``.
    """
    if not is_layer_name(name):
        raise InvalidRequestError(
            f"invalid layer name {name!r}: use 1-64 of a-z, 0-9, '_' and '-', starting with a "
            "letter or digit"
        )
    return name


def split_pin(segment: str) -> tuple[str, str | None]:
    """Split a URL's layer segment into the layer name and the pinned version id, if any.

    Neither part is checked here: the caller answers a bad name or an unknown version.

    >>> split_pin("delft@20261125T094512123456Z-3f2a1c")
    ('delft', '20261125T094512123456Z-3f2a1c')
    >>> split_pin("delft")
    ('delft', None)
    """
    layer, separator, version_id = segment.partition(PIN_SEPARATOR)
    return layer, version_id if separator else None


def pinned_segment(layer: str, version_id: str) -> str:
    """The URL segment naming version ``version_id`` of ``layer`` (see `split_pin`)."""
    return f"{layer}{PIN_SEPARATOR}{version_id}"


def layer_dir(data_dir: Path, layer: str) -> Path:
    """The folder holding every version of ``layer``."""
    return data_dir / "layers" / check_layer_name(layer)


def split_relpath(relpath: str) -> tuple[str, ...]:
    """Split a client-supplied relative path into safe POSIX parts.

    Raises:
        NotFoundError: empty, absolute, ``..`` or ``.`` parts, empty parts, backslashes, NUL,
            a Windows drive, or a percent-encoded escape left after decoding.
    """
    if (
        not relpath
        or "\x00" in relpath
        or "\\" in relpath
        or relpath.startswith("/")
        or _WINDOWS_DRIVE.match(relpath)
        or _ENCODED_ESCAPE.search(relpath)
    ):
        raise NotFoundError(f"no such file: {relpath!r}")
    parts = tuple(relpath.split("/"))
    if any(part in ("", ".", "..") for part in parts):
        raise NotFoundError(f"no such file: {relpath!r}")
    return parts


def safe_resolve(root: Path, relpath: str) -> Path:
    """Resolve ``relpath`` under ``root`` and refuse anything that would leave it.

    Symlinks are followed and the final target must still be inside ``root``. The file need not
    exist; the caller decides what a missing file means.

    Args:
        root: the folder the client may read from.
        relpath: a ``/``-separated path, already URL-decoded once.

    Returns:
        The absolute, resolved path.

    Raises:
        NotFoundError: any path that is not a plain relative path inside ``root``.
    """
    parts = split_relpath(relpath)
    base = root.resolve()
    candidate = base.joinpath(*parts).resolve()
    if not candidate.is_relative_to(base) or candidate == base:
        raise NotFoundError(f"no such file: {relpath!r}")
    return candidate
