"""GET /healthz: liveness plus the number of served layers."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from twin.server.dependencies import CatalogDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """The health document."""

    status: str
    layers: int


@router.get("/healthz")
def healthz(catalog: CatalogDep) -> Health:
    """Report that the server runs and how many layers it serves (a catalog query)."""
    return Health(status="ok", layers=catalog.count_layers())
