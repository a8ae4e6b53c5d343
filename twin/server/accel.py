"""X-Accel-Redirect: behind nginx, twin checks and labels a file and nginx sends its bytes.

With ``TWIN_ACCEL_REDIRECT=/_twin_objects/`` a published file is answered with its headers (ETag,
Cache-Control, Content-Type) and ``X-Accel-Redirect: /_twin_objects/<path in the data folder>``
instead of a body. nginx's ``internal`` location of that prefix aliases the data folder
(deploy/nginx.conf) and sends the file itself with sendfile, Range included; clients cannot
ask for that location directly, so every byte still goes through twin's access check.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote


def accel_location(prefix: str, data_dir: Path, path: Path) -> str | None:
    """The X-Accel-Redirect URI of ``path`` (a file under ``data_dir``), or None if outside it.

    >>> accel_location("/_twin_objects/", Path("data"), Path("data/layers/a/objects/ab/abcd"))
    '/_twin_objects/layers/a/objects/ab/abcd'
    """
    try:
        relative = path.relative_to(data_dir)
    except ValueError:
        # Versions of the copy layout resolve their paths; compare resolved forms then.
        try:
            relative = path.resolve().relative_to(data_dir.resolve())
        except ValueError:
            return None
    return prefix.rstrip("/") + "/" + quote(relative.as_posix())
