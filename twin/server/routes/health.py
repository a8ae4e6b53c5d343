"""GET /healthz: liveness plus the number of served layers."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from twin.server.dependencies import StoresDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """The health document."""

    status: str
    layers: int


@router.get("/healthz")
def healthz(stores: StoresDep) -> Health:
    """Report that the server runs and how many layers it serves (a catalog query).

    Open even with public reads off: load balancers and nginx probe it without a token.
    """
    return Health(status="ok", layers=stores.catalog.count_layers())
