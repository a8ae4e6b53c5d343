"""The `.inp` text layout EPANET and SWMM share: [SECTIONS] of whitespace-separated rows.

Rows keep their line numbers so every error names the line and the element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ingest_survey.errors import InvalidFeatureError, UnreadableFileError, UnsupportedFormatError
from ingest_survey.readers.networks import require_nodes

_SECTION = re.compile(r"^\s*\[([A-Za-z_]+)\]")
# Sections only SWMM has: enough to tell the two formats apart.
SWMM_ONLY = frozenset({"CONDUITS", "XSECTIONS", "SUBCATCHMENTS", "OUTFALLS", "RAINGAGES"})


@dataclass(frozen=True)
class Row:
    """One data row: its 1-based line number and its fields."""

    line: int
    fields: list[str]


Sections = dict[str, list[Row]]


def read_sections(path: Path, known: frozenset[str]) -> Sections:
    """Split an .inp file into its sections; an unknown section or text before the first one is an
    error naming the line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc}", path=path) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # EPANET files from Windows tools are often Latin-1
    sections: Sections = {}
    current: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        match = _SECTION.match(line)
        if match:
            current = match.group(1).upper()
            if current not in known:
                raise UnsupportedFormatError(
                    f"line {number}: unknown section [{current}]",
                    path=path,
                    row=f"line {number}",
                    field=current,
                )
            sections.setdefault(current, [])
            continue
        data = line.split(";", 1)[0].split()
        if not data:
            continue
        if current is None:
            raise UnsupportedFormatError(
                f"line {number}: data before the first [SECTION]", path=path, row=f"line {number}"
            )
        if current != "END":
            sections[current].append(Row(number, data))
    return sections


def is_swmm(path: Path) -> bool:
    """True when the file has a section only SWMM writes."""
    with path.open("rb") as handle:
        head = handle.read(1 << 20).decode("latin-1").upper()
    return any(f"[{name}]" in head for name in SWMM_ONLY)


def require(sections: Sections, name: str, path: Path) -> list[Row]:
    """The rows of a section the network cannot do without."""
    if name not in sections:
        raise InvalidFeatureError(f"the file has no [{name}] section", path=path, field=name)
    return sections[name]


def column(
    rows: list[Row], index: int, name: str, section: str, path: Path, default: str | None = None
) -> list[str]:
    """The `index`-th field of every row; a short row is an error naming its line and element."""
    out: list[str] = []
    for row in rows:
        if len(row.fields) > index:
            out.append(row.fields[index])
        elif default is not None:
            out.append(default)
        else:
            raise InvalidFeatureError(
                f"[{section}] line {row.line}: '{row.fields[0]}' has no {name}",
                path=path,
                row=row.fields[0],
                field=name,
            )
    return out


def numbers(
    rows: list[Row], index: int, name: str, section: str, path: Path, default: str | None = None
) -> NDArray[np.float64]:
    """A numeric column; text that is not a number is an error naming the line and element."""
    return as_numbers(rows, column(rows, index, name, section, path, default), name, section, path)


def as_numbers(
    rows: list[Row], values: Any, name: str, section: str, path: Path
) -> NDArray[np.float64]:
    """Text values of `rows` as floats; the first that is not a number is an error naming it."""
    try:
        return np.array(values, dtype=np.float64)
    except ValueError:
        for row, value in zip(rows, values, strict=True):
            try:
                float(value)
            except ValueError:
                raise InvalidFeatureError(
                    f"[{section}] line {row.line}: {name} of '{row.fields[0]}' is '{value}', "
                    "not a number",
                    path=path,
                    row=row.fields[0],
                    field=name,
                ) from None
        raise


def coordinates(sections: Sections, ids: NDArray[np.str_], path: Path) -> NDArray[np.float64]:
    """Node coordinates from [COORDINATES]; a node without any is an error naming it."""
    rows = require(sections, "COORDINATES", path)
    names = np.array(column(rows, 0, "id", "COORDINATES", path))
    x = numbers(rows, 1, "X-Coord", "COORDINATES", path)
    y = numbers(rows, 2, "Y-Coord", "COORDINATES", path)
    order = np.argsort(names, kind="stable")
    pos = np.minimum(np.searchsorted(names[order], ids), max(names.size - 1, 0))
    found = names.size > 0 and (names[order][pos] == ids)
    missing = ~np.asarray(found, dtype=bool) if names.size else np.ones(ids.size, bool)
    if missing.any():
        i = int(np.flatnonzero(missing)[0])
        raise InvalidFeatureError(
            f"node '{ids[i]}' has no coordinates in [COORDINATES] ({int(missing.sum())} such "
            "nodes)",
            path=path,
            row=str(ids[i]),
            field="COORDINATES",
        )
    return np.column_stack([x[order][pos], y[order][pos]])


def polylines(
    sections: Sections,
    seg_ids: NDArray[np.str_],
    node_xy: NDArray[np.float64],
    seg_from: NDArray[np.intp],
    seg_to: NDArray[np.intp],
    path: Path,
) -> tuple[NDArray[np.float64], NDArray[np.intp]]:
    """End nodes plus the [VERTICES] of each link, in file order."""
    rows = sections.get("VERTICES", [])
    links = np.array(column(rows, 0, "link", "VERTICES", path), dtype=str)
    vx = numbers(rows, 1, "X-Coord", "VERTICES", path)
    vy = numbers(rows, 2, "Y-Coord", "VERTICES", path)
    link_index = (
        require_nodes(seg_ids, links, links, "link", path) if rows else np.empty(0, np.intp)
    )
    order = np.argsort(link_index, kind="stable")  # keep file order within a link
    extra = np.bincount(link_index, minlength=seg_ids.size)
    counts = extra + 2
    offsets = np.r_[0, np.cumsum(counts)].astype(np.intp)
    xy = np.empty((int(offsets[-1]), 2))
    xy[offsets[:-1]] = node_xy[seg_from]
    xy[offsets[1:] - 1] = node_xy[seg_to]
    if rows:
        starts = np.repeat(offsets[:-1] + 1, extra)
        rank = np.arange(links.size) - np.repeat(np.r_[0, np.cumsum(extra)[:-1]], extra)
        xy[starts + rank] = np.column_stack([vx, vy])[order]
    return xy, offsets
