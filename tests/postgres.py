"""A throwaway PostgreSQL + PostGIS cluster for the tests (or the TWIN_TEST_DATABASE_URL one).

The cluster lives in a temporary folder and listens on a unix socket in that folder only (no TCP
port). initdb refuses to run as root, so as root every server command runs as the `postgres`
system user, who then owns the folder.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

URL_ENV = "TWIN_TEST_DATABASE_URL"
DATABASE = "twin_test"


def find_bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else the newest Debian postgresql-NN."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    return Path(candidates[-1]).parent if candidates else None


def _as_cluster_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def throwaway_cluster(bin_dir: Path) -> Iterator[str]:
    """Start a cluster in a temporary folder; yields the URL of its test database."""
    root = Path(tempfile.mkdtemp(prefix="twin-pg-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
    data, log = root / "data", root / "server.log"
    run = _as_cluster_user
    try:
        subprocess.run(
            run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                 "-E", "UTF8", "--locale=C", "--no-sync"]),
            check=True, capture_output=True,
        )  # fmt: skip
        options = f"-k {root} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        subprocess.run(
            run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
                 "-w", "start"]),
            check=True, capture_output=True,
        )  # fmt: skip
        try:
            with psycopg.connect(host=str(root), user="postgres", dbname="postgres") as conn:
                conn.autocommit = True
                conn.execute(f"CREATE DATABASE {DATABASE}")
            yield f"postgresql://postgres@/{DATABASE}?host={root}"
        finally:
            subprocess.run(
                run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                capture_output=True,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def create_postgis(url: str) -> None:
    """CREATE EXTENSION postgis in the database of ``url`` (later stores need it)."""
    with psycopg.connect(_libpq(url)) as conn:
        conn.autocommit = True
        conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")


@contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """A new, empty schema in the database of ``url``; yields a URL whose search_path is it.

    A schema per test is much cheaper than a database per test, and `public` stays on the path,
    so PostGIS types and functions remain visible.
    """
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_libpq(url)) as conn:
        conn.autocommit = True
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield (
            make_url(url)
            .update_query_dict({"options": f"-csearch_path={schema},public"})
            .render_as_string(hide_password=False)
        )
    finally:
        with psycopg.connect(_libpq(url)) as conn:
            conn.autocommit = True
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def _libpq(url: str) -> str:
    # psycopg takes the plain postgresql:// form; a SQLAlchemy driver suffix is dropped.
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
