"""Shared inputs of the routes: settings, the catalog and the tile caches, read from app.state."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends, Request

from twin.server.sources import TileSources
from twin.settings import Settings
from twin.store.sqlite import Catalog

_open_lock = threading.Lock()


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def get_catalog(request: Request) -> Catalog:
    """The app's catalog, opened by the lifespan (or here, when the lifespan did not run)."""
    state = request.app.state
    catalog: Catalog | None = state.catalog
    if catalog is None:
        # A TestClient used without `with` skips the lifespan; open once, lazily, instead.
        with _open_lock:
            if state.catalog is None:
                state.catalog = Catalog(state.settings.database_path)
            catalog = state.catalog
    assert catalog is not None
    return catalog


def get_sources(request: Request) -> TileSources:
    """The app's manifest and gzip caches."""
    sources: TileSources = request.app.state.sources
    return sources


SettingsDep = Annotated[Settings, Depends(get_settings)]
CatalogDep = Annotated[Catalog, Depends(get_catalog)]
SourcesDep = Annotated[TileSources, Depends(get_sources)]
