"""The monitoring use cases every shell shares (HTTP, SensorThings, MQTT, CLI): who may write
which sensors, checking a batch and handing it to the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twin.auth import Principal, Role
from twin.errors import PermissionDeniedError
from twin.monitoring.model import Sensor
from twin.monitoring.readings import Issue, ReadingBatch, check_batch

if TYPE_CHECKING:
    from twin.store import MonitoringStore
    from twin.store.monitoring import IngestResult


def writer_agency(principal: Principal | None) -> str | None:
    """The agency whose sensors ``principal`` may write: its token name for an agency token,
    None (any agency) for an admin or the local CLI (``principal`` None).

    Raises:
        PermissionDeniedError: a role that may not write readings.
    """
    if principal is None or principal.role is Role.ADMIN:
        return None
    if principal.role is Role.AGENCY:
        return principal.name
    raise PermissionDeniedError(f"role {principal.role} cannot write monitoring data")


def check_registration(sensors: list[Sensor], principal: Principal | None) -> None:
    """Refuse sensors of another agency than an agency token's own.

    Raises:
        PermissionDeniedError: naming the first such sensor.
    """
    agency = writer_agency(principal)
    for sensor in sensors:
        if agency is not None and sensor.agency != agency:
            raise PermissionDeniedError(
                f"sensor {sensor.id!r} is for agency {sensor.agency!r}; "
                f"token {agency!r} registers its own sensors only"
            )


def register_sensors(
    store: MonitoringStore, sensors: list[Sensor], principal: Principal | None
) -> int:
    """Register sensors for ``principal``, refusing to take over another agency's ids."""
    check_registration(sensors, principal)
    agency = writer_agency(principal)
    if agency is not None:
        index = store.index()
        position = index.positions([s.id for s in sensors])
        taken = [s.id for s, p in zip(sensors, position.tolist(), strict=True)
                 if p >= 0 and index.agency[p] != agency]  # fmt: skip
        if taken:
            raise PermissionDeniedError(f"sensor {taken[0]!r} belongs to another agency")
    return store.register(sensors)


def ingest_batch(
    store: MonitoringStore,
    batch: ReadingBatch,
    principal: Principal | None,
    now_ms: int,
    issues: list[Issue] | None = None,
) -> IngestResult:
    """Check a parsed batch (every bad row listed, nothing written when any) and ingest it.

    Raises:
        RowsRejectedError: bad rows (422).
        PermissionDeniedError: rows for another agency's sensors, or a role that cannot write.
    """
    agency = writer_agency(principal)
    index = store.index()
    position = check_batch(batch, index, now_ms, agency=agency, issues=issues)
    return store.ingest(index, position, batch.t_ms, batch.value)
