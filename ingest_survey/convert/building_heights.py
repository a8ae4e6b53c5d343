"""Which height and base each building gets, and why: survey, DEM, source fields, or none.

Order of trust: the base is the DEM when given, else the survey's ground, else a base field,
else 0; the roof is the survey's percentile when enough points were inside, else a height field,
else floors x floor height; anything else is flagged and drawn flat, never given a made-up height.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ingest_survey.errors import IngestError, InvalidFeatureError, InvalidOptionError
from ingest_survey.heights import ROOF_PERCENTILES, SurveyHeights
from ingest_survey.readers.footprints import Footprints, numeric_column

MAX_HEIGHT_M = 1000.0  # taller than any building on Earth: a unit or data error
MAX_BASE_M = 9000.0
MAX_FLOORS = 250


@dataclass(frozen=True)
class HeightRules:
    """The user's choices about heights."""

    height_field: str | None = None
    floors_field: str | None = None
    floor_height: float = 3.0
    base_field: str | None = None
    roof_percentile: int = 70
    min_points: int = 10

    def check(self) -> None:
        """Refuse impossible options before any work."""
        if self.roof_percentile not in ROOF_PERCENTILES:
            raise InvalidOptionError(
                f"the roof percentile must be one of {ROOF_PERCENTILES}", field="--roof-percentile"
            )
        if not 0 < self.floor_height <= 20:
            raise InvalidOptionError(
                "the floor height must be between 0 and 20 m", field="--floor-height"
            )

    def fields(self) -> list[tuple[str, float, str]]:
        """(field, largest plausible value, unit) of every field the rules read."""
        out = []
        if self.height_field:
            out.append((self.height_field, MAX_HEIGHT_M, "height in metres"))
        if self.floors_field:
            out.append((self.floors_field, MAX_FLOORS, "number of floors"))
        if self.base_field:
            out.append((self.base_field, MAX_BASE_M, "height in metres"))
        return out


def field_values(fp: Footprints, name: str, maximum: float, unit: str) -> NDArray[np.float64]:
    """A numeric field checked row by row: a missing field, text or an absurd value is an error
    naming the feature; empty values are NaN."""
    if name not in fp.attributes.column_names:
        raise IngestError(
            f"no field '{name}' (fields: {', '.join(fp.source.fields)})", path=fp.path, field=name
        )
    column = fp.attributes.column(name)
    values = numeric_column(column)
    bad = (values < 0) | (values > maximum)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raw = column[i].as_py()
        raise InvalidFeatureError(
            f"{name} = {raw} is not a {unit} between 0 and {maximum:g} "
            f"(id {fp.ids[i]}; {int(bad.sum())} such features in this batch)",
            path=fp.path,
            row=int(fp.rows[i]),
            field=name,
        )
    return values


def check_fields(fp: Footprints, rules: HeightRules) -> None:
    """Fail fast, while reading, on the fields the rules will use."""
    for name, maximum, unit in rules.fields():
        field_values(fp, name, maximum, unit)


@dataclass(frozen=True)
class Heights:
    """Base and top of each building, the evidence as columns, and which are flagged."""

    base: NDArray[np.float64]
    top: NDArray[np.float64]
    columns: dict[str, NDArray[Any]]
    flagged: NDArray[np.bool_]


def decide_heights(
    fp: Footprints,
    rules: HeightRules,
    survey: SurveyHeights | None,
    dem: NDArray[np.float64] | None,
) -> Heights:
    """Apply the order of trust to one batch of footprints."""
    n = len(fp)
    columns: dict[str, NDArray[Any]] = {}
    quality = np.full(n, "ok", dtype=object)
    source = np.full(n, "none", dtype=object)
    height = np.full(n, np.nan)
    roof_abs = np.full(n, np.nan)
    if survey is not None:
        columns["ground"] = survey.ground
        for q in ROOF_PERCENTILES:
            columns[f"roof_p{q}"] = survey.roof[q]
        columns["points"] = survey.points
        columns["ground_points"] = survey.ground_points
        roof_abs = survey.roof[rules.roof_percentile]
        quality[np.isnan(roof_abs)] = "few_points"
        quality[np.isnan(survey.ground) & ~np.isnan(roof_abs)] = "no_ground"
    base = np.zeros(n)
    base_source = np.full(n, "zero", dtype=object)
    if rules.base_field is not None:
        fb = field_values(fp, rules.base_field, MAX_BASE_M, "height in metres")
        base = np.where(np.isnan(fb), base, fb)
        base_source[~np.isnan(fb)] = "field"
    if survey is not None:
        has = ~np.isnan(survey.ground)
        base[has], base_source[has] = survey.ground[has], "survey"
    if dem is not None:
        has = ~np.isnan(dem)
        base[has], base_source[has] = dem[has], "dem"
    if survey is not None:
        measured = ~np.isnan(roof_abs)
        height[measured] = roof_abs[measured] - base[measured]
        source[measured] = f"survey_p{rules.roof_percentile}"
    if rules.height_field is not None:
        fh = field_values(fp, rules.height_field, MAX_HEIGHT_M, "height in metres")
        use = np.isnan(height) & ~np.isnan(fh)
        height[use], source[use] = fh[use], f"field:{rules.height_field}"
    if rules.floors_field is not None:
        ff = field_values(fp, rules.floors_field, MAX_FLOORS, "number of floors")
        use = np.isnan(height) & ~np.isnan(ff)
        height[use], source[use] = ff[use] * rules.floor_height, f"floors:{rules.floors_field}"
    flagged = np.isnan(height) | (height <= 0)
    quality[flagged & (quality == "ok")] = "no_height"
    top = np.where(flagged, base, base + np.where(flagged, 0.0, height))
    columns = {
        "height": np.where(flagged, np.nan, height),
        "base": base,
        "base_source": base_source,
        "height_source": source,
        "quality": quality,
        **columns,
    }
    return Heights(base, top, columns, flagged)
