"""What kind of survey file an upload holds, from its bytes: the early checks of an upload.

`sniff(path, name=...)` reads only headers (a few KiB, plus the section lines of a text model)
and answers the kind, or raises an IngestError that names the file (the client's name, never
the server path) and what is wrong with it. It catches what would otherwise fail minutes later
in a pipeline: an empty file, text named .laz, a LAS cut short, a DEM without georeference.
"""

from __future__ import annotations

import re
import struct
import warnings
import zipfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ingest_survey.errors import CorruptFileError, UnexpectedContentError

_HEAD = 4096
_LAS_SIGNATURE = b"LASF"
_SQLITE_SIGNATURE = b"SQLite format 3\x00"
# GeoPackage 1.2+ writes 'GPKG'; 1.0 and 1.1 wrote 'GP10' and 'GP11' (OGC 12-128r15, 1.1.1).
_GPKG_IDS = (b"GPKG", b"GP10", b"GP11")
_TIFF_MAGICS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_ZIP_SIGNATURE = b"PK\x03\x04"
_SECTION = re.compile(rb"^\s*\[([A-Za-z_]+)\]")
# Sections only one of the two models has; [JUNCTIONS] and [OPTIONS] are in both.
_EPANET_SECTIONS = frozenset({"PIPES", "RESERVOIRS", "TANKS", "PATTERNS", "ENERGY", "VALVES"})
_SWMM_SECTIONS = frozenset({"CONDUITS", "SUBCATCHMENTS", "OUTFALLS", "XSECTIONS", "RAINGAGES"})
# What a name promises: a file named so must hold one of these kinds.
_KINDS_BY_SUFFIX: dict[str, tuple[str, ...]] = {
    ".las": ("las", "laz"),
    ".laz": ("laz", "las"),
    ".tif": ("geotiff",),
    ".tiff": ("geotiff",),
    ".gpkg": ("geopackage",),
    ".zip": ("shapefile-zip",),
    ".inp": ("epanet-inp", "swmm-inp"),
    ".json": ("pandapipes-json", "geojson"),
    ".geojson": ("geojson",),
}


class UploadKind(StrEnum):
    """The kinds of survey file twin ingests."""

    LAS = "las"
    LAZ = "laz"
    GEOTIFF = "geotiff"
    GEOPACKAGE = "geopackage"
    SHAPEFILE_ZIP = "shapefile-zip"
    EPANET_INP = "epanet-inp"
    SWMM_INP = "swmm-inp"
    PANDAPIPES_JSON = "pandapipes-json"
    GEOJSON = "geojson"


@dataclass(frozen=True)
class Sniffed:
    """The kind found, and a few facts from the header (points, CRS, layers) for the client."""

    kind: UploadKind
    facts: dict[str, object] = field(default_factory=dict)


def sniff(path: str | Path, *, name: str | None = None) -> Sniffed:
    """Detect the kind of the file at ``path`` from its bytes and check its header.

    Args:
        path: the file on disk.
        name: the client's file name, used in errors and to check that the bytes match the
            name's suffix; the basename of ``path`` by default.

    Raises:
        CorruptFileError: empty, truncated or with a header that contradicts the file.
        UnexpectedContentError: not a kind twin ingests, or not what the name says it is.
    """
    path = Path(path)
    label = name or path.name
    size = path.stat().st_size
    if size == 0:
        raise CorruptFileError("the file is empty (0 bytes)", path=label)
    with path.open("rb") as handle:
        head = handle.read(_HEAD)
    found = _detect(path, head, size, label)
    expected = _KINDS_BY_SUFFIX.get(Path(label).suffix.lower())
    if expected is not None and found.kind not in expected:
        raise UnexpectedContentError(
            f"named {Path(label).suffix.lower()} but holds {_describe(found.kind)}", path=label
        )
    return found


def _describe(kind: str) -> str:
    return {"las": "an uncompressed LAS file", "laz": "a LAZ file"}.get(kind, f"a {kind} file")


def _detect(path: Path, head: bytes, size: int, label: str) -> Sniffed:
    if head.startswith(_LAS_SIGNATURE):
        return _sniff_las(path, head, size, label)
    if head.startswith(_TIFF_MAGICS):
        return _sniff_geotiff(path, label)
    if head.startswith(_SQLITE_SIGNATURE):
        return _sniff_sqlite(head, label)
    if head.startswith(_ZIP_SIGNATURE):
        return _sniff_zip(path, label)
    if head.startswith(_PNG_SIGNATURE):
        raise UnexpectedContentError(
            "a PNG image: a PNG carries no georeference; upload a DEM as a GeoTIFF", path=label
        )
    suffix = Path(label).suffix.lower()
    if suffix in (".las", ".laz"):
        raise UnexpectedContentError(
            f"named {suffix} but is not a LAS/LAZ file: no 'LASF' signature", path=label
        )
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{"):
        return _sniff_json(head, label)
    if b"\x00" not in head and b"[" in head:
        return _sniff_inp(path, label)
    raise UnexpectedContentError(
        "not a kind of file twin ingests (LAS/LAZ, GeoTIFF, GeoPackage, zipped Shapefile, "
        "GeoJSON, EPANET or SWMM .inp, pandapipes JSON)",
        path=label,
    )


def _sniff_las(path: Path, head: bytes, size: int, label: str) -> Sniffed:
    # LAS 1.0-1.4 public header block (ASPRS LAS 1.4 R15, table 3): fixed offsets.
    if len(head) < 227:
        raise CorruptFileError(
            f"truncated LAS header: {size} bytes, at least 227 needed", path=label
        )
    major, minor = head[24], head[25]
    if major != 1 or minor > 4:
        raise CorruptFileError(f"unknown LAS version {major}.{minor}", path=label)
    (offset_to_points,) = struct.unpack_from("<I", head, 96)
    point_format = head[104]
    (record_length,) = struct.unpack_from("<H", head, 105)
    (count,) = struct.unpack_from("<I", head, 107)
    if minor >= 4 and len(head) >= 255:
        (count_64,) = struct.unpack_from("<Q", head, 247)
        count = count_64 or count
    compressed = bool(point_format & 0xC0)  # LASzip sets bit 7 (and 6) of the format byte
    if offset_to_points > size:
        raise CorruptFileError(
            f"truncated: the points start at byte {offset_to_points} but the file holds "
            f"{size} bytes",
            path=label,
        )
    if not compressed:
        needed = offset_to_points + count * record_length
        if size < needed:
            raise CorruptFileError(
                f"truncated: the header promises {count} points ({needed} bytes) but the file "
                f"holds {size} bytes ({max(size - offset_to_points, 0) // max(record_length, 1)}"
                " points)",
                path=label,
            )
    facts = _laspy_facts(path, label, compressed, size, offset_to_points)
    facts.update(version=f"{major}.{minor}", points=count)
    return Sniffed(UploadKind.LAZ if compressed else UploadKind.LAS, facts)


def _laspy_facts(
    path: Path, label: str, compressed: bool, size: int, offset_to_points: int
) -> dict[str, object]:
    import laspy  # deferred: the server imports this module, laspy only matters for LAS

    try:
        with laspy.open(path) as reader:
            header = reader.header
            crs = header.parse_crs()
            vlrs = [vlr.record_id for vlr in header.vlrs]
    except Exception as exc:  # laspy raises bare LaspyException/OSError/ValueError variants
        raise CorruptFileError(f"unreadable LAS header or VLRs: {exc}", path=label) from exc
    if compressed:
        # A LAZ file starts its point data with the 8-byte offset of the chunk table, written
        # last: a file cut short lacks the table (-1 means a streamed file without one).
        with path.open("rb") as handle:
            handle.seek(offset_to_points)
            raw = handle.read(8)
        (table,) = struct.unpack("<q", raw) if len(raw) == 8 else (size + 1,)
        if table != -1 and table >= size:
            raise CorruptFileError(
                f"truncated LAZ: the chunk table should be at byte {table} but the file holds "
                f"{size} bytes",
                path=label,
            )
    return {"crs": crs.to_string() if crs is not None else None, "vlrs": len(vlrs)}


def _sniff_geotiff(path: Path, label: str) -> Sniffed:
    import rasterio  # deferred, as laspy above
    from rasterio.errors import NotGeoreferencedWarning, RasterioIOError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NotGeoreferencedWarning)
            with rasterio.open(path) as dataset:
                crs, transform = dataset.crs, dataset.transform
                facts: dict[str, object] = {
                    "width": dataset.width,
                    "height": dataset.height,
                    "bands": dataset.count,
                }
    except RasterioIOError as exc:
        detail = str(exc).replace(str(path), label)
        raise CorruptFileError(f"unreadable TIFF: {detail}", path=label) from exc
    if crs is None or transform.is_identity:
        missing = "no CRS (GeoKeys)" if crs is None else "no geotransform"
        raise CorruptFileError(
            f"a TIFF without georeference ({missing}): a DEM must be a GeoTIFF", path=label
        )
    facts["crs"] = crs.to_string()
    return Sniffed(UploadKind.GEOTIFF, facts)


def _sniff_sqlite(head: bytes, label: str) -> Sniffed:
    application_id = head[68:72]
    if application_id not in _GPKG_IDS:
        raise UnexpectedContentError(
            f"an SQLite database but not a GeoPackage (application_id {application_id!r})",
            path=label,
        )
    return Sniffed(UploadKind.GEOPACKAGE)


def _sniff_zip(path: Path, label: str) -> Sniffed:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if not n.startswith("__MACOSX/")]
    except zipfile.BadZipFile as exc:
        raise CorruptFileError(f"a damaged zip archive: {exc}", path=label) from exc
    stems: dict[str, set[str]] = {}
    for member in names:
        stem, dot, suffix = member.rpartition(".")
        if dot:
            stems.setdefault(stem.lower(), set()).add(suffix.lower())
    shapefiles = sorted(s for s, parts in stems.items() if "shp" in parts)
    if not shapefiles:
        raise UnexpectedContentError("a zip archive without a Shapefile (.shp) in it", path=label)
    for stem in shapefiles:
        missing = {"shx", "dbf"} - stems[stem]
        if missing:
            parts = ", ".join(f".{m}" for m in sorted(missing))
            raise CorruptFileError(
                f"the Shapefile {Path(stem).name}.shp in the zip lacks its {parts}", path=label
            )
    return Sniffed(UploadKind.SHAPEFILE_ZIP, {"layers": [Path(s).name for s in shapefiles]})


def _sniff_json(head: bytes, label: str) -> Sniffed:
    # Only the head is read: a pandapipes net names its class and its tables up front, GeoJSON
    # its type; the readers parse (and check) the whole document later.
    if b"pandapipesNet" in head or (b'"junction"' in head and b'"pipe"' in head):
        return Sniffed(UploadKind.PANDAPIPES_JSON)
    if re.search(rb'"type"\s*:\s*"(FeatureCollection|Feature)"', head):
        return Sniffed(UploadKind.GEOJSON)
    raise UnexpectedContentError(
        "JSON, but neither a pandapipes network nor GeoJSON features", path=label
    )


def _sniff_inp(path: Path, label: str) -> Sniffed:
    sections: set[str] = set()
    with path.open("rb") as handle:
        for line in handle:  # line by line: Net6.inp-sized models never sit in memory whole
            match = _SECTION.match(line)
            if match:
                sections.add(match.group(1).decode("ascii").upper())
    facts: dict[str, object] = {"sections": sorted(sections)}
    if sections & _SWMM_SECTIONS:
        return Sniffed(UploadKind.SWMM_INP, facts)
    if sections & _EPANET_SECTIONS:
        return Sniffed(UploadKind.EPANET_INP, facts)
    raise UnexpectedContentError(
        "text without the sections of an EPANET ([JUNCTIONS], [PIPES]) or SWMM ([CONDUITS]) model",
        path=label,
    )
