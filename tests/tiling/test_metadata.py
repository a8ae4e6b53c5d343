"""EXT_structural_metadata property tables: types, identifiers, missing values, round trip."""

import numpy as np
import pytest

from tiling.errors import TilingError
from tiling.metadata import (
    FLOAT_NO_DATA,
    PropertyTable,
    Utf8Column,
    concat_tables,
    decode_property,
    property_id,
    row_bytes,
)


def _round_trip(table: PropertyTable) -> dict[str, list[object]]:
    encoded = table.encode()
    props = encoded.schema["classes"][table.class_name]["properties"]
    return {
        pid: decode_property(props[pid], views.values, views.string_offsets, table.count)
        for pid, views in encoded.views.items()
    }


def test_every_type_round_trips() -> None:
    table = PropertyTable(
        "building",
        {
            "id": np.array(["a", "bé", "中文"], dtype=object),
            "height": np.array([1.5, np.nan, 30.25]),
            "floors": np.array([1, 2, 3]),
            "bag_id": np.array([503100000018603, 1, 2]),
            "listed": np.array([True, False, True]),
            "note": np.array([None, "x", None], dtype=object),
        },
    )
    out = _round_trip(table)
    assert out["id"] == ["a", "bé", "中文"]
    assert out["height"] == [1.5, FLOAT_NO_DATA, 30.25]
    assert out["floors"] == [1, 2, 3]
    assert out["bag_id"] == [503100000018603, 1, 2]
    assert out["listed"] == [True, False, True]
    assert out["note"] == ["", "x", ""]
    props = table.encode().schema["classes"]["building"]["properties"]
    assert props["height"]["noData"] == FLOAT_NO_DATA
    assert props["floors"]["componentType"] == "INT32"
    assert props["bag_id"]["componentType"] == "INT64"
    assert props["note"]["noData"] == ""
    assert "noData" not in props["id"]


def test_source_names_become_identifiers_and_keep_their_name() -> None:
    taken: set[str] = set()
    assert property_id("building:levels", taken) == "building_levels"
    assert property_id("building levels", taken) == "building_levels_2"
    assert property_id("3d", taken) == "_3d"
    schema = PropertyTable("b", {"roof:shape": np.array(["flat"], dtype=object)}).encode().schema
    assert schema["classes"]["b"]["properties"]["roof_shape"]["name"] == "roof:shape"


def test_take_selects_rows_in_order() -> None:
    table = PropertyTable("b", {"v": np.array([10, 20, 30])})
    assert _round_trip(table.take(np.array([2, 0])))["v"] == [30, 10]


def test_columns_of_unequal_length_are_refused() -> None:
    table = PropertyTable("b", {"a": np.array([1, 2]), "b": np.array([1])})
    with pytest.raises(TilingError, match="'b' has 1 rows"):
        table.encode()


def test_concat_tables_joins_rows_and_reconciles_types() -> None:
    a = PropertyTable(
        "b", {"name": ["x", None], "n": np.array([1, 2]), "flag": np.array([True, False])}
    )
    b = PropertyTable(
        "b", {"name": ["yé"], "n": np.array([2.5]), "flag": ["unknown"], "extra": np.array([7.0])}
    )
    out = _round_trip(concat_tables([a, b]))
    assert out["name"] == ["x", "", "yé"]
    assert out["n"] == [1.0, 2.0, 2.5]
    assert out["flag"] == ["True", "False", "unknown"]
    assert out["extra"] == ["", "", "7.0"]


def test_utf8_take_gathers_rows() -> None:
    column = Utf8Column.from_values(["a", "bcd", None, "中"])
    taken = column.take(np.array([3, 1, 1, 2]))
    assert list(taken.strings()) == ["中", "bcd", "bcd", None]
    assert list(row_bytes(PropertyTable("b", {"s": taken}))) == [7, 7, 7, 4]


def test_a_string_column_empty_in_every_row_is_declared_but_not_stored() -> None:
    table = PropertyTable("b", {"id": ["a", "b"], "gone": [None, None], "blank": ["", ""]})
    encoded = table.encode()
    props = encoded.schema["classes"]["b"]["properties"]
    assert set(props) == {"id", "gone", "blank"}
    assert set(encoded.views) == {"id"}
