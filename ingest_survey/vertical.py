"""Vertical datums: which heights a source gives, and the CRS that turns them ellipsoidal.

3D Tiles and quantized-mesh positions are WGS 84 ellipsoidal (EPSG:4978 / 4979). A source's
heights are orthometric in some vertical datum (NAP, Yellow Sea 1985, EGM96 for SRTM), or
ellipsoidal, or of unknown datum. `resolve_heights` answers with an *effective* CRS whose
transformation to EPSG:4979 pyproj does with a real geoid grid: the horizontal CRS compounded
with the geoid's own height CRS (EGM96 height EPSG:5773, EGM2008 height EPSG:3855), and a
`VerticalInfo` for the layer's metadata. National datums without an offline grid (NAP: NLGEO2018;
China's 1985: CNGG2013) are mapped to EGM2008 and the metadata says so. A compound CRS that PROJ
can only transform with its "ballpark" zero offset is refused, never applied silently.
"""

from __future__ import annotations

import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pyproj import CRS
from pyproj.crs import CompoundCRS
from pyproj.transformer import TransformerGroup

from ingest_survey.errors import InvalidOptionError, UnknownVerticalDatumWarning
from ingest_survey.geoids import GEOIDS, ensure_geoid

ELLIPSOIDAL = "EPSG:4979"


@dataclass(frozen=True)
class DatumRule:
    """How twin turns heights of a vertical datum into ellipsoidal heights."""

    geoid: str  # key of GEOIDS
    note: str  # what the layer's metadata says about the choice
    accuracy_m: float | None = None  # stated accuracy of the geoid for this datum, if known


# Vertical CRS (EPSG code) -> the geoid twin applies. Other datums go through PROJ's own
# transformation when it has a real grid, or are refused.
RULE_BY_VERTICAL_EPSG: dict[int, DatumRule] = {
    5773: DatumRule("egm96", "heights above the EGM96 geoid"),
    3855: DatumRule("egm2008", "heights above the EGM2008 geoid"),
    5709: DatumRule(
        "egm2008",
        "NAP heights; the Dutch quasi-geoid NLGEO2018 is not available offline, EGM2008 used",
    ),
    5737: DatumRule(
        "egm2008",
        "Yellow Sea 1985 heights; China's quasi-geoid CNGG2013 is not available offline, "
        "EGM2008 used (about 0.28 m RMS against China's GPS/levelling)",
        0.28,
    ),
}


@dataclass(frozen=True)
class VerticalInfo:
    """What a layer's metadata says about its heights (all written ellipsoidal, or as given)."""

    source_datum: str | None  # "NAP height (EPSG:5709)", or None when unknown
    geoid: str | None  # "EGM2008", None when no geoid step was applied
    grid: str | None  # the grid file and where it came from
    accuracy_m: float | None  # the stated accuracy of the geoid step
    note: str
    converted: bool  # True: heights were made ellipsoidal

    def meta(self) -> dict[str, Any]:
        """The JSON object layers record as "vertical"."""
        return asdict(self)


UNKNOWN = VerticalInfo(
    None,
    None,
    None,
    None,
    "vertical datum unknown: heights kept as given (not converted to the WGS 84 ellipsoid); "
    "give a compound CRS or --vertical-crs to convert them",
    False,
)


def horizontal_of(crs: CRS) -> CRS:
    """The horizontal part of a compound CRS (a 3D geographic CRS is returned as is)."""
    return crs.sub_crs_list[0] if crs.is_compound else crs


def _vertical_of(crs: CRS) -> CRS | None:
    if crs.is_compound:
        return crs.sub_crs_list[1]
    return crs if crs.is_vertical else None


def _vertical_code(vertical: CRS) -> int:
    """The EPSG code of a vertical CRS, also when it comes back from a GeoTIFF without one
    (GDAL writes "NAP height" with its datum, not always the code)."""
    code = vertical.to_epsg(min_confidence=70)
    if code is not None:
        return code
    for known in RULE_BY_VERTICAL_EPSG:
        reference = CRS.from_epsg(known)
        datum, known_datum = vertical.datum, reference.datum
        same_datum = (
            datum is not None and known_datum is not None and datum.name == known_datum.name
        )
        if reference.name == vertical.name or same_datum:
            return known
    return 0


def _is_ellipsoidal_3d(crs: CRS) -> bool:
    """A CRS with three axes and no vertical datum: its heights are already ellipsoidal."""
    return not crs.is_compound and len(crs.axis_info) == 3


def _label(crs: CRS) -> str:
    code = _vertical_code(crs) if crs.is_vertical else crs.to_epsg()
    return f"{crs.name} (EPSG:{code})" if code else crs.name


def _best_operation(source: CRS, area: tuple[float, float] | None) -> Any:
    """PROJ's best available operation to EPSG:4979 (grids found), or None."""
    from pyproj.aoi import AreaOfInterest

    aoi = None if area is None else AreaOfInterest(area[0], area[1], area[0], area[1])
    with warnings.catch_warnings():  # "best transformation not available": judged below
        warnings.simplefilter("ignore", UserWarning)
        group = TransformerGroup(
            source,
            ELLIPSOIDAL,
            always_xy=True,
            area_of_interest=aoi,  # type: ignore[arg-type]  # pyproj's stub names the private class
        )
    return group.transformers[0] if group.transformers else None


def is_ballpark(source: CRS, area: tuple[float, float] | None = None) -> bool:
    """Whether PROJ can turn `source`'s heights ellipsoidal only with its zero 'ballpark'.

    Probed, not looked up: the compound transformation and the horizontal one give the same
    height at the data's place (or the CRS's area of use) exactly when no geoid is applied
    (a real geoid is nowhere exactly 0). Listing PROJ's candidate operations took 1.7 s.
    """
    from ingest_survey.crs import transformer

    horizontal = horizontal_of(source)
    if area is None:
        use = horizontal.area_of_use
        area = (
            (0.0, 0.0) if use is None else ((use.west + use.east) / 2, (use.south + use.north) / 2)
        )
    x, y = transformer(CRS.from_epsg(4326), horizontal).transform(area[0], area[1])
    _, _, with_geoid = transformer(source, ELLIPSOIDAL).transform(x, y, 0.0)
    _, _, without = transformer(horizontal, ELLIPSOIDAL).transform(x, y, 0.0)
    offset = float(with_geoid) - float(without)
    return not np.isfinite(offset) or abs(offset) < 1e-6


def _refuse(vertical: CRS, path: str | Path | None, option: str) -> InvalidOptionError:
    return InvalidOptionError(
        f"PROJ has no geoid for {_label(vertical)} here, only a 'ballpark' transformation "
        "that adds 0 m; choose the geoid with --geoid egm2008 or --geoid egm96, or give the "
        "heights' datum with --vertical-crs",
        path=path,
        field=option,
    )


def resolve_heights(
    crs: CRS,
    *,
    vertical_crs: str | None = None,
    geoid: str | None = None,
    by_definition: int | None = None,
    path: str | Path | None = None,
    option: str = "--crs",
    area: tuple[float, float] | None = None,
) -> tuple[CRS, VerticalInfo]:
    """The CRS to transform a source's (x, y, z) with, so that z comes out ellipsoidal.

    Args:
        crs: the source CRS (horizontal, 3D, or compound with a vertical datum).
        vertical_crs: `--vertical-crs`, the heights' datum when `crs` does not give it.
        geoid: `--geoid` ("egm96", "egm2008"): the geoid the heights are above.
        by_definition: the vertical EPSG code a format implies (SRTM: 5773).
        path, option: named in errors.
        area: (lon, lat) of the data, to choose PROJ's operation there.

    Returns:
        (effective CRS, what happened to the heights). With an unknown datum the CRS is
        `crs` itself (heights pass through) and an UnknownVerticalDatumWarning is issued.

    Raises:
        InvalidOptionError: an unknown geoid, a non-metre vertical datum mapped to a geoid,
        or a datum PROJ can only ballpark (naming --vertical-crs and --geoid).
    """
    if geoid is not None and geoid not in GEOIDS:
        raise InvalidOptionError(
            f"unknown geoid '{geoid}'; choose one of {', '.join(GEOIDS)}", field="--geoid"
        )
    horizontal = horizontal_of(crs)
    vertical = _vertical_of(crs)
    if vertical_crs is not None:
        given = CRS.from_user_input(vertical_crs)
        if not given.is_vertical:
            raise InvalidOptionError(
                f"'{vertical_crs}' is not a vertical CRS (e.g. EPSG:5737, EPSG:5709)",
                path=path,
                field="--vertical-crs",
            )
        vertical = given
    elif vertical is None and by_definition is not None:
        vertical = CRS.from_epsg(by_definition)
    if vertical is None and geoid is None:
        if _is_ellipsoidal_3d(crs):
            return crs, VerticalInfo(
                "ellipsoidal", None, None, None, "heights already ellipsoidal", False
            )
        warnings.warn(
            f"{Path(path).name if path else 'the source'}: {UNKNOWN.note}",
            UnknownVerticalDatumWarning,
            stacklevel=2,
        )
        return crs, UNKNOWN
    rule = RULE_BY_VERTICAL_EPSG.get(_vertical_code(vertical)) if vertical is not None else None
    if geoid is not None:
        rule = DatumRule(geoid, f"heights above the {GEOIDS[geoid].name} geoid (--geoid)")
    if rule is None:
        assert vertical is not None
        source = CompoundCRS(f"{horizontal.name} + {vertical.name}", [horizontal, vertical])
        if is_ballpark(source, area):
            raise _refuse(vertical, path, option if vertical_crs is None else "--vertical-crs")
        op = _best_operation(source, area)
        accuracy = op.accuracy if op is not None and op.accuracy >= 0 else None
        return source, VerticalInfo(
            _label(vertical), None, op.description, accuracy, "PROJ's transformation", True
        )
    if vertical is not None and (vertical.axis_info[0].unit_conversion_factor or 1.0) != 1.0:
        raise InvalidOptionError(
            f"{_label(vertical)} heights are not in metres; twin applies a geoid to metre heights",
            path=path,
            field="--vertical-crs",
        )
    model = ensure_geoid(rule.geoid)
    height_crs = CRS.from_epsg(model.vertical_epsg)
    effective = CompoundCRS(f"{horizontal.name} + {height_crs.name}", [horizontal, height_crs])
    if is_ballpark(effective, area):  # the grid is registered, so this is a broken install
        raise _refuse(height_crs, path, option)
    accuracy = rule.accuracy_m if rule.accuracy_m is not None else model.accuracy_m
    return effective, VerticalInfo(
        _label(vertical) if vertical is not None else f"{model.name} height (--geoid)",
        model.name,
        f"{model.grid}: {model.provider}",
        accuracy,
        rule.note,
        True,
    )


def to_ellipsoidal(
    effective: CRS, x: NDArray[np.float64], y: NDArray[np.float64], z: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Heights z at (x, y) in `effective` as WGS 84 ellipsoidal heights (pyproj's arithmetic)."""
    from ingest_survey.crs import transformer

    _, _, h = transformer(effective, ELLIPSOIDAL).transform(x, y, z)
    return np.asarray(h, dtype=np.float64)
