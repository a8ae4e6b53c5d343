"""OGC API - Features (Part 1: Core) over the entity store, under /features.

``/features/`` is the landing page (``/`` serves the viewer). Items are the state of a class
in a month (``datetime``), paged by ``limit``/``offset``; ``/items/{id}/history`` lists an
entity's versions and ``/features/changes`` what changed between two months.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from twin.entities.features import (
    CONFORMANCE,
    GEOJSON,
    JSON,
    MAX_LIMIT,
    collection,
    feature,
    items_page,
    parse_bbox,
    parse_datetime,
)
from twin.server.dependencies import StoresDep

router = APIRouter(prefix="/features", tags=["features"])
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0)]


def _base(request: Request) -> str:
    return str(request.url_for("landing")).rstrip("/")


def _geojson(body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, media_type=GEOJSON)


@router.get("/", name="landing")
def landing(request: Request) -> dict[str, Any]:
    """The landing page: links to the API definition, conformance and the collections."""
    base = _base(request)
    root = str(request.base_url).rstrip("/")
    return {
        "title": "twin entities",
        "description": "Geographic entities of the city, kept month by month",
        "links": [
            {"href": f"{base}/", "rel": "self", "type": JSON, "title": "this document"},
            {"href": f"{root}/openapi.json", "rel": "service-desc",
             "type": "application/vnd.oai.openapi+json;version=3.1", "title": "API definition"},
            {"href": f"{root}/docs", "rel": "service-doc", "type": "text/html", "title": "docs"},
            {"href": f"{base}/conformance", "rel": "conformance", "type": JSON,
             "title": "conformance classes"},
            {"href": f"{base}/collections", "rel": "data", "type": JSON, "title": "collections"},
        ],
    }  # fmt: skip


@router.get("/conformance")
def conformance() -> dict[str, Any]:
    """The conformance classes implemented."""
    return {"conformsTo": CONFORMANCE}


@router.get("/collections")
def collections(request: Request, stores: StoresDep) -> dict[str, Any]:
    """Every entity class as a collection."""
    base = _base(request)
    found = []
    for cls in stores.entities.list_classes():
        bbox, first, _ = stores.entities.extent(cls.name)
        found.append(collection(cls, base, bbox, first))
    return {
        "links": [{"href": f"{base}/collections", "rel": "self", "type": JSON}],
        "collections": found,
    }


@router.get("/collections/{name}")
def one_collection(name: str, request: Request, stores: StoresDep) -> dict[str, Any]:
    """One class; 404 when unknown."""
    cls = stores.entities.get_class(name)
    bbox, first, _ = stores.entities.extent(name)
    return collection(cls, _base(request), bbox, first)


@router.get("/collections/{name}/items")
def items(
    name: str,
    request: Request,
    stores: StoresDep,
    bbox: str | None = None,
    datetime: str | None = None,
    limit: Limit = 10,
    offset: Offset = 0,
) -> JSONResponse:
    """The class's state in ``datetime``'s month (default: the latest), GeoJSON, paged."""
    box, month = parse_bbox(bbox), parse_datetime(datetime)
    versions, matched = stores.entities.items(name, month, bbox=box, limit=limit, offset=offset)
    query = {k: v for k, v in (("bbox", bbox), ("datetime", datetime)) if v}
    url = f"{_base(request)}/collections/{name}/items"
    return _geojson(items_page(versions, matched, url=url, query=query, limit=limit, offset=offset))


@router.get("/collections/{name}/items/{entity_id}")
def item(
    name: str, entity_id: str, request: Request, stores: StoresDep, datetime: str | None = None
) -> JSONResponse:
    """One entity as valid in ``datetime``'s month (default: its latest version); 404."""
    version = stores.entities.get_entity(name, entity_id, parse_datetime(datetime))
    url = f"{_base(request)}/collections/{name}"
    body = feature(version)
    body["links"] = [
        {"href": f"{url}/items/{entity_id}", "rel": "self", "type": GEOJSON},
        {"href": url, "rel": "collection", "type": JSON},
        {"href": f"{url}/items/{entity_id}/history", "rel": "version-history", "type": GEOJSON},
    ]
    return _geojson(body)


@router.get("/collections/{name}/items/{entity_id}/history")
def history(name: str, entity_id: str, stores: StoresDep) -> JSONResponse:
    """Every version of an entity, oldest first, as a FeatureCollection."""
    versions = stores.entities.history(name, entity_id)
    return _geojson(
        {
            "type": "FeatureCollection",
            "features": [feature(v) for v in versions],
            "numberMatched": len(versions),
            "numberReturned": len(versions),
        }
    )


@router.get("/changes")
def changes(
    request: Request,
    stores: StoresDep,
    class_: Annotated[str, Query(alias="class")],
    from_: Annotated[str, Query(alias="from")],
    to: str,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """What changed in a class between two months: counts by kind, the entities paged."""
    found = stores.entities.changes(class_, from_, to)
    listed = [
        {"id": i, "change": kind} for kind in ("added", "changed", "removed") for i in found[kind]
    ]
    page = listed[offset : offset + limit]
    url = f"{_base(request)}/changes"
    query = {"class": class_, "from": from_, "to": to}
    links = [{"href": _href(url, query, offset, limit), "rel": "self", "type": JSON}]
    if offset + len(page) < len(listed):
        links.append(
            {"href": _href(url, query, offset + limit, limit), "rel": "next", "type": JSON}
        )
    return {
        "class": class_,
        "from": from_,
        "to": to,
        "counts": {kind: len(ids) for kind, ids in found.items()},
        "numberMatched": len(listed),
        "numberReturned": len(page),
        "entities": page,
        "links": links,
    }


def _href(url: str, query: dict[str, str], offset: int, limit: int) -> str:
    from urllib.parse import urlencode

    return f"{url}?{urlencode({**query, 'limit': limit, 'offset': offset})}"
