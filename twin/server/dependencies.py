"""Shared inputs of the routes: settings, the stores and the tile caches, read from app.state."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends, Request

from twin.server.sources import TileSources
from twin.settings import Settings
from twin.store import LayerCatalog, Stores, open_stores

_open_lock = threading.Lock()


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def get_stores(request: Request) -> Stores:
    """The app's stores, opened by the lifespan (or here, when the lifespan did not run)."""
    state = request.app.state
    stores: Stores | None = state.stores
    if stores is None:
        # A TestClient used without `with` skips the lifespan; open once, lazily, instead.
        with _open_lock:
            if state.stores is None:
                state.stores = open_stores(state.settings)
            stores = state.stores
    assert stores is not None
    return stores


def get_catalog(stores: Annotated[Stores, Depends(get_stores)]) -> LayerCatalog:
    """The layer catalog of the app's stores."""
    return stores.catalog


def get_sources(request: Request) -> TileSources:
    """The app's manifest and gzip caches."""
    sources: TileSources = request.app.state.sources
    return sources


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoresDep = Annotated[Stores, Depends(get_stores)]
CatalogDep = Annotated[LayerCatalog, Depends(get_catalog)]
SourcesDep = Annotated[TileSources, Depends(get_sources)]
