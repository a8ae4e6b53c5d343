"""Bulk writes of numpy columns: SQLite executemany, PostgreSQL binary COPY into a temp table.

Both end in one ``INSERT ... ON CONFLICT`` statement, so an upsert keeps its meaning on either
engine. PostgreSQL's COPY is used because a row-by-row insert spends its time on round trips;
the binary format is built from the arrays directly (no per-value text formatting).
"""

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection

# PostgreSQL's binary COPY header: signature, flags, header extension length (COPY docs).
_PGCOPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
_PGCOPY_TRAILER = struct.pack(">h", -1)
_PG_TYPES = {"i2": ("smallint", ">i2"), "i4": ("integer", ">i4"), "i8": ("bigint", ">i8"),
             "f8": ("double precision", ">f8")}  # fmt: skip


def is_postgres(connection: Connection) -> bool:
    """Whether ``connection`` is to PostgreSQL (else SQLite)."""
    return connection.dialect.name == "postgresql"


def pgcopy_binary(columns: Sequence[tuple[NDArray[Any], str]]) -> bytes:
    """Rows of ``columns`` (array, type code among i2/i4/i8/f8) in COPY's binary format."""
    n = len(columns[0][0])
    fields: list[tuple[str, str]] = [("count", ">i2")]
    for i, (_, code) in enumerate(columns):
        fields += [(f"len{i}", ">i4"), (f"val{i}", _PG_TYPES[code][1])]
    rows = np.empty(n, dtype=fields)
    rows["count"] = len(columns)
    for i, (values, code) in enumerate(columns):
        rows[f"len{i}"] = np.dtype(_PG_TYPES[code][1]).itemsize
        rows[f"val{i}"] = values
    return _PGCOPY_HEADER + rows.tobytes() + _PGCOPY_TRAILER


def upsert(
    connection: Connection,
    table: str,
    columns: Sequence[tuple[str, NDArray[Any], str]],
    conflict: str,
    update: str,
) -> None:
    """``INSERT INTO table (columns) ... ON CONFLICT (conflict) DO UPDATE SET update``.

    Args:
        columns: (name, values, type code) for each column, values of equal length.
        conflict: the conflict target, e.g. ``"sid, t"``; rows must be unique on it.
        update: the SET clause, using ``excluded.<column>`` for the new row; "" does nothing.
    """
    if len(columns[0][1]) == 0:
        return
    names = ", ".join(name for name, _, _ in columns)
    action = f"DO UPDATE SET {update}" if update else "DO NOTHING"
    if not is_postgres(connection):
        marks = ", ".join("?" for _ in columns)
        rows = list(zip(*(values.tolist() for _, values, _ in columns), strict=True))
        connection.exec_driver_sql(
            f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT ({conflict}) {action}",
            rows,
        )
        return
    staging = f"incoming_{table}"
    definition = ", ".join(f"{name} {_PG_TYPES[code][0]}" for name, _, code in columns)
    raw = connection.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor:
        # One temp table per connection, emptied at each commit.
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {staging} ({definition}) ON COMMIT DELETE ROWS"
        )
        with cursor.copy(f"COPY {staging} ({names}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(pgcopy_binary([(values, code) for _, values, code in columns]))
        cursor.execute(
            f"INSERT INTO {table} ({names}) SELECT {names} FROM {staging} "
            f"ON CONFLICT ({conflict}) {action}"
        )
        cursor.execute(f"DELETE FROM {staging}")


def fetch_array(
    connection: Connection, sql: str, parameters: tuple[Any, ...], dtype: type, columns: int
) -> NDArray[Any]:
    """The rows of ``sql`` as one (n, columns) array, straight from the driver's tuples.

    SQLAlchemy's Row objects cost more than the query at 10,000 rows a batch; every column
    must already be a number (COALESCE the NULLs in the SQL).
    """
    cursor = connection.exec_driver_sql(sql, parameters)
    return np.array(cursor.cursor.fetchall(), dtype).reshape(-1, columns)


def in_list(connection: Connection, column: str, values: NDArray[np.int64]) -> tuple[str, Any]:
    """A ``column IN (values)`` condition with one parameter (for exec_driver_sql)."""
    if is_postgres(connection):
        # Cast to the column's type: a bigint[] would not use the integer column's index.
        return f"{column} = ANY(%s::integer[])", values.tolist()
    return f"{column} IN (SELECT value FROM json_each(?))", json.dumps(values.tolist())


def placeholder(connection: Connection) -> str:
    """The driver's positional parameter mark."""
    return "%s" if is_postgres(connection) else "?"
