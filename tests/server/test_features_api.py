"""OGC API - Features over the entity store: the documents Part 1 Core asks for, each month's
state through ``datetime``, paging, history and changes; and OWSLib, a real client, against a
real uvicorn server."""

from __future__ import annotations

from typing import Any

import pytest
from browser.viewer_support import serve
from entity_support import BGT_CUT, OSM_MONTHS, osm_delivery
from fastapi.testclient import TestClient

from ingest_survey.entities import import_entities
from ingest_survey.readers.lifecycle import change_months, read_bgt_lifecycle, state_at
from twin.settings import Settings
from twin.store import open_stores

CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"
GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"


def _load(settings: Settings) -> None:
    with open_stores(settings) as stores:
        import_entities(stores.entities, "buildings", BGT_CUT, month=None, lifecycle=True)
        for month in OSM_MONTHS:
            import_entities(
                stores.entities, "osm", osm_delivery(month), month=month, id_field="osm_id"
            )


@pytest.fixture
def loaded(settings: Settings, client: TestClient) -> TestClient:
    _load(settings)
    return client


def _rels(body: dict[str, Any]) -> dict[str, str]:
    return {link["rel"]: link["href"] for link in body["links"]}


def test_landing_conformance_and_collections(loaded: TestClient) -> None:
    landing = loaded.get("/features/")
    assert landing.status_code == 200
    rels = _rels(landing.json())
    assert {"self", "service-desc", "conformance", "data"} <= rels.keys()
    assert loaded.get(rels["service-desc"]).status_code == 200
    assert set(loaded.get("/features/conformance").json()["conformsTo"]) >= {CORE, GEOJSON}
    collections = loaded.get("/features/collections").json()["collections"]
    assert [c["id"] for c in collections] == ["buildings", "osm"]
    osm = loaded.get("/features/collections/osm").json()
    west, south, east, north = osm["extent"]["spatial"]["bbox"][0]
    assert -7.3 < west < east < -7.0 and 62.1 < south < north < 62.2  # the Faroe cut
    assert osm["extent"]["temporal"]["interval"][0][0] == "2014-04-01T00:00:00Z"
    assert loaded.get("/features/collections/nope").status_code == 404


def test_items_return_each_months_state_paged(loaded: TestClient) -> None:
    records = read_bgt_lifecycle(BGT_CUT)
    for month in change_months(records)[::3]:
        expected = [r.object_id for r in state_at(records, month)]
        got: list[str] = []
        url: str | None = f"/features/collections/buildings/items?datetime={month}&limit=25"
        while url:
            response = loaded.get(url)
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("application/geo+json")
            page = response.json()
            assert page["type"] == "FeatureCollection" and page["numberMatched"] == len(expected)
            assert page["numberReturned"] == len(page["features"]) <= 25 and page["timeStamp"]
            got += [f["id"] for f in page["features"]]
            url = _rels(page).get("next")
        assert got == expected, month
    # An RFC 3339 instant selects the state of its month.
    month = change_months(records)[4]
    instant = loaded.get(
        f"/features/collections/buildings/items?datetime={month}-15T12:00:00Z&limit=1"
    )
    assert instant.json()["numberMatched"] == len(state_at(records, month))


def test_bbox_filters_items(loaded: TestClient) -> None:
    everything = loaded.get("/features/collections/osm/items?limit=1000").json()
    one = everything["features"][0]
    xs = [p[0] for p in one["geometry"]["coordinates"][0]]
    ys = [p[1] for p in one["geometry"]["coordinates"][0]]
    bbox = f"{min(xs)},{min(ys)},{max(xs)},{max(ys)}"
    page = loaded.get(f"/features/collections/osm/items?bbox={bbox}&limit=1000").json()
    ids = [f["id"] for f in page["features"]]
    assert one["id"] in ids and len(ids) < everything["numberMatched"]


def test_item_history_and_changes(loaded: TestClient) -> None:
    changes = loaded.get("/features/changes?class=osm&from=2014-04&to=2014-05&limit=5").json()
    assert changes["counts"] == {"added": 7, "removed": 1, "changed": changes["counts"]["changed"]}
    assert changes["counts"]["changed"] > 0 and changes["numberReturned"] == 5
    assert changes["numberMatched"] == sum(changes["counts"].values())
    assert "next" in _rels(changes)
    second = loaded.get(_rels(changes)["next"]).json()
    assert second["entities"][0] not in changes["entities"]
    everything = loaded.get("/features/changes?class=osm&from=2014-04&to=2014-05&limit=1000").json()
    changed = next(e["id"] for e in everything["entities"] if e["change"] == "changed")
    history = loaded.get(f"/features/collections/osm/items/{changed}/history").json()
    assert [f["properties"]["valid_from"] for f in history["features"]][:2] == [
        "2014-04",
        "2014-05",
    ]
    assert history["features"][0]["properties"]["valid_to"] == "2014-05"
    old = loaded.get(f"/features/collections/osm/items/{changed}?datetime=2014-04").json()
    assert old["properties"]["valid_from"] == "2014-04"
    assert "version-history" in _rels(old)


@pytest.mark.parametrize(
    ("url", "status", "text"),
    [
        ("/features/collections/osm/items?datetime=2014-04/2014-05", 400, "intervals"),
        ("/features/collections/osm/items?datetime=May", 400, "datetime"),
        ("/features/collections/osm/items?bbox=1,2,3", 400, "bbox"),
        ("/features/collections/osm/items?limit=0", 422, "limit"),
        ("/features/collections/osm/items/nope", 404, "nope"),
        ("/features/changes?class=osm&from=2014-05&to=2014-04", 400, "before"),
    ],
)
def test_bad_queries_are_problems(loaded: TestClient, url: str, status: int, text: str) -> None:
    response = loaded.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    assert text in response.text


def test_owslib_reads_the_api(settings: Settings) -> None:
    from owslib.ogcapi.features import Features

    _load(settings)
    with serve(settings.data_dir) as server:
        api = Features(f"{server.url}/features/")
        assert CORE in api.conformance()["conformsTo"]
        assert {c["id"] for c in api.collections()["collections"]} == {"buildings", "osm"}
        page = api.collection_items("osm", limit=50, datetime_="2014-05")
        assert page["numberMatched"] == 233 and len(page["features"]) == 50
        april = api.collection_items("osm", limit=1000, datetime_="2014-04")
        assert april["numberMatched"] == 227
        one = april["features"][0]["id"]
        assert api.collection_item("osm", one)["id"] == one
