"""Shared inputs of the routes: settings, the stores, the reader and the tile caches."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from twin.auth import Principal
from twin.server.access import TokenCache, catalog_for, read_principal
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


# auto_error=False: a missing or malformed header reaches the dependencies, which answer with a
# problem+json 401 and the challenge. Declaring the scheme shows it in the OpenAPI document.
bearer = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="A token from `twin tokens create`, sent as `Authorization: Bearer <token>`.",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def get_reader(
    request: Request, stores: Annotated[Stores, Depends(get_stores)]
) -> Principal | None:
    """Who reads: None while reads are public, else the token's principal (see access.py).

    The header is read directly, not through `bearer`, so the OpenAPI document (the same
    whatever the settings) does not mark public reads as needing a token.
    """
    state = request.app.state
    cache: TokenCache = state.tokens
    return read_principal(
        state.settings.public_read, request.headers.get("authorization"), cache, stores.tokens
    )


def get_catalog(
    stores: Annotated[Stores, Depends(get_stores)],
    reader: Annotated[Principal | None, Depends(get_reader)],
) -> LayerCatalog:
    """The layer catalog as the caller may read it (only its granted layers, if any)."""
    return catalog_for(stores.catalog, reader)


def get_sources(request: Request) -> TileSources:
    """The app's manifest and gzip caches."""
    sources: TileSources = request.app.state.sources
    return sources


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoresDep = Annotated[Stores, Depends(get_stores)]
ReaderDep = Annotated[Principal | None, Depends(get_reader)]
CatalogDep = Annotated[LayerCatalog, Depends(get_catalog)]
SourcesDep = Annotated[TileSources, Depends(get_sources)]
