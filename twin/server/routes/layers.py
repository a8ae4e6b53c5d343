"""GET /api/layers, GET /api/layers/{name}, POST /api/layers/{name}/rollback."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel

from twin.errors import NotFoundError
from twin.model import Layer, LayerKind, LayerVersion
from twin.paths import pinned_segment
from twin.publish import rollback
from twin.server.auth import AdminDep
from twin.server.dependencies import CatalogDep, SettingsDep, StoresDep

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api/layers", tags=["layers"])

# Shown only when asked for (TWIN_VIEWER_LAYERS unset): survey points hide the buildings they
# measured, and pipes are underground.
HIDDEN_AT_START = frozenset({LayerKind.POINTCLOUD, LayerKind.PIPES})


def shown_at_start(layer: Layer, viewer_layers: list[str] | None) -> bool:
    """Whether the viewer shows ``layer`` when it opens."""
    if viewer_layers is not None:
        return layer.name in viewer_layers
    return layer.kind not in HIDDEN_AT_START


class LayerOut(BaseModel):
    """A served layer: what the viewer needs to add it.

    ``url`` pins the current version (``/tiles/{name}@{version}/...``): every file a client
    fetches through it belongs to that version, whatever is published meanwhile; a new version
    is a new ``url``. ``latest_url`` follows whatever version is current.
    """

    name: str
    kind: str
    title: str
    version: str
    created_at: str
    url: str
    latest_url: str
    meta: dict[str, Any]
    shown_at_start: bool = True

    @classmethod
    def from_layer(cls, layer: Layer, shown: bool = True) -> LayerOut:
        """Describe ``layer`` at its current version (which must exist)."""
        current = layer.current
        assert current is not None
        return cls(
            name=layer.name,
            kind=str(layer.kind),
            title=layer.title,
            version=current.version_id,
            created_at=current.created_at,
            url=pinned_url(current),
            latest_url=f"/tiles/{layer.name}/{current.entry}",
            meta=current.meta,
            shown_at_start=shown,
        )


def pinned_url(version: LayerVersion) -> str:
    """The URL of ``version``'s entry file, pinned to that version."""
    return f"/tiles/{pinned_segment(version.layer, version.version_id)}/{version.entry}"


class VersionOut(BaseModel):
    """One published version of a layer; ``url`` serves it, current or not."""

    version: str
    created_at: str
    entry: str
    url: str
    current: bool
    meta: dict[str, Any]

    @classmethod
    def from_version(cls, version: LayerVersion, current: str | None) -> VersionOut:
        """Describe ``version``, marking it if it is the current one."""
        return cls(
            version=version.version_id,
            created_at=version.created_at,
            entry=version.entry,
            url=pinned_url(version),
            current=version.version_id == current,
            meta=version.meta,
        )


class LayerDetailOut(LayerOut):
    """A layer with every version, newest first."""

    versions: list[VersionOut]


class LayerList(BaseModel):
    """The served layers, by name."""

    layers: list[LayerOut]


class RollbackIn(BaseModel):
    """Which version to serve again; none means the one before the current version."""

    version: str | None = None


def _served(catalog: CatalogDep, name: str) -> Layer:
    layer = catalog.get_layer(name)
    if layer.current is None:
        raise NotFoundError(f"layer {name!r} has no published version")
    return layer


def _detail(catalog: CatalogDep, name: str) -> LayerDetailOut:
    layer = _served(catalog, name)
    assert layer.current is not None
    versions = [
        VersionOut.from_version(v, layer.current.version_id) for v in catalog.versions(name)
    ]
    return LayerDetailOut(**LayerOut.from_layer(layer).model_dump(), versions=versions)


@router.get("")
def list_layers(catalog: CatalogDep, settings: SettingsDep) -> LayerList:
    """Every layer that has a published version, and whether the viewer shows it at first."""
    return LayerList(
        layers=[
            LayerOut.from_layer(layer, shown_at_start(layer, settings.viewer_layers))
            for layer in catalog.list_layers()
            if layer.current is not None
        ]
    )


@router.get("/{name}")
def get_layer(name: str, catalog: CatalogDep) -> LayerDetailOut:
    """One layer with its versions; 404 problem when unknown."""
    return _detail(catalog, name)


@router.post("/{name}/rollback")
def rollback_layer(
    name: str,
    settings: SettingsDep,
    stores: StoresDep,
    principal: AdminDep,
    body: Annotated[RollbackIn | None, Body()] = None,
) -> LayerDetailOut:
    """Serve an earlier version again: the given one, or the one before the current version.

    Needs an admin token (401 without a valid token, 403 with another role).
    """
    _served(stores.catalog, name)
    version = rollback(stores, settings.data_dir, name, body.version if body else None)
    logger.info("token %r rolled %s back to %s", principal.name, name, version.version_id)
    return _detail(stores.catalog, name)
