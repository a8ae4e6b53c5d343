"""create_app(settings) -> FastAPI: lifespan, routers, CORS, problem handlers and the viewer."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

import twin
from twin.server.access import TokenCache
from twin.server.dependencies import get_reader
from twin.server.events import EventBroker
from twin.server.hygiene import BodyLimitMiddleware, RequestIdMiddleware, SplitCorsMiddleware
from twin.server.monitoring_state import sweep_stale_forever
from twin.server.problems import add_problem_handlers
from twin.server.routes import (
    coordinates,
    features,
    health,
    jobs,
    layers,
    monitoring,
    networks,
    sensorthings,
    terrain,
    tiles,
    uploads,
    viewer,
)
from twin.server.serving import FastTiles
from twin.server.sources import TileSources
from twin.server.tus import TUS_EXPOSED_HEADERS, TusMiddleware
from twin.settings import Settings
from twin.store import open_stores
from twin.uploads import upload_store

logger = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open the stores for the life of the app and close them on shutdown."""
    settings: Settings = app.state.settings
    if app.state.stores is None:
        app.state.stores = open_stores(settings)
    swept = app.state.uploads.sweep()
    if swept:
        logger.info("removed %d expired uploads", swept)
    if not viewer.cesium_installed(settings):
        logger.warning(
            "CesiumJS not found at %s; the viewer page will answer 503", settings.cesium_dir
        )
    sweeper = None
    if settings.monitoring_sweep_seconds > 0:
        sweeper = asyncio.create_task(sweep_stale_forever(app, settings.monitoring_sweep_seconds))
    bridge = None
    if settings.mqtt_url:
        from twin.server.mqtt import MqttBridge  # paho loads only when MQTT is on

        bridge = MqttBridge(settings.mqtt_url, app.state)
        bridge.start()
    try:
        yield
    finally:
        if bridge is not None:
            bridge.stop()
        if sweeper is not None:
            sweeper.cancel()
        stores = app.state.stores
        app.state.stores = None
        if stores is not None:
            stores.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the twin server.

    Args:
        settings: configuration; None reads it from TWIN_* environment variables and `.env`.
            With uvicorn: ``uvicorn twin.server.app:create_app --factory``.
    """
    settings = settings or Settings()
    app = FastAPI(
        title="twin",
        version=twin.__version__,
        description="Digital-twin 3D geospatial server: layers as OGC 3D Tiles.",
        lifespan=lifespan,
        docs_url=None,  # served by routes/viewer.py from local Swagger UI files
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.stores = None
    app.state.sources = TileSources(settings.data_dir)
    app.state.tokens = TokenCache()
    app.state.uploads = upload_store(settings)
    app.state.events = EventBroker()
    # Innermost, so CORS headers wrap its answers too; it skips FastAPI for plain tile files.
    app.add_middleware(FastTiles)
    # Added before CORS, so CORS wraps it and its 412s carry the CORS headers too.
    app.add_middleware(TusMiddleware)
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        limits_by_prefix={
            "/api/monitoring/": settings.monitoring_max_body_bytes,
            "/sta/": settings.monitoring_max_body_bytes,
        },
    )
    write_origins = settings.cors_write_origins
    app.add_middleware(
        SplitCorsMiddleware,
        read_origins=settings.cors_origins,
        write_origins=settings.cors_origins if write_origins is None else write_origins,
        write_methods=settings.cors_write_methods,
        # Cross-origin clients (another Cesium app) revalidate with these; browser tus clients
        # read the upload headers.
        expose_headers=[
            "ETag",
            "Content-Encoding",
            "Content-Length",
            "X-Request-ID",
            *TUS_EXPOSED_HEADERS,
        ],
    )
    # Outermost: every response, CORS refusals and 413s included, carries the request id.
    app.add_middleware(RequestIdMiddleware)
    add_problem_handlers(app)
    # Routers whose reads TWIN_PUBLIC_READ=false closes as a whole (tiles, terrain and layers
    # check per layer themselves).
    reads = [Depends(get_reader)]
    app.include_router(health.router)
    app.include_router(layers.router)
    app.include_router(coordinates.router, dependencies=reads)
    app.include_router(jobs.router)
    app.include_router(monitoring.router, dependencies=reads)
    app.include_router(networks.router)
    app.include_router(sensorthings.router, dependencies=reads)
    app.include_router(terrain.router)  # before tiles: it also answers /tiles/.../*.terrain
    app.include_router(tiles.router)
    app.include_router(uploads.router)
    app.include_router(features.router, dependencies=reads)
    app.include_router(viewer.router)
    return app
