"""The stores of the twin core: their Protocols, and `open_stores`, the one place that opens them.

Every store lives in the one database named by ``TWIN_DATABASE_URL`` (SQLite by default,
PostgreSQL for a deployment). Adding a store (entities, monitoring) is a Protocol
here, an implementation module beside `catalog.py`, its tables and an Alembic revision, and one
field of `Stores` filled in `open_stores`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from twin.model import Layer, LayerKind, LayerVersion

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    import numpy as np
    from numpy.typing import NDArray
    from sqlalchemy import Engine

    from twin.auth import Principal, Role, TokenRecord
    from twin.entities.delivery import Delivery
    from twin.entities.model import ChangeReport, EntityClass, EntityVersion
    from twin.jobs import Job, JobState
    from twin.monitoring.index import SensorIndex
    from twin.monitoring.model import Alarm, Sensor
    from twin.monitoring.series import Buckets
    from twin.settings import Settings
    from twin.store.monitoring import IngestResult, LatestStates
    from twin.store.sensorthings import StaRecord


class LayerCatalog(Protocol):
    """Layers, their versions and which version each layer serves now."""

    def list_layers(self) -> list[Layer]:
        """Every layer, by name."""
        ...

    def get_layer(self, name: str) -> Layer:
        """One layer; raises NotFoundError when unknown."""
        ...

    def find_layer(self, name: str) -> Layer | None:
        """One layer, or None when unknown."""
        ...

    def count_layers(self) -> int:
        """How many layers have a current version."""
        ...

    def versions(self, name: str) -> list[LayerVersion]:
        """The versions of a layer, newest first; raises NotFoundError when unknown."""
        ...

    def get_version(self, name: str, version_id: str) -> LayerVersion:
        """One version of a layer; raises NotFoundError when unknown."""
        ...

    def add_version(
        self, kind: LayerKind, version: LayerVersion, *, title: str | None = None
    ) -> Layer:
        """Record a version and make it current, in one transaction."""
        ...

    def set_current(self, name: str, version_id: str) -> LayerVersion:
        """Make an existing version current."""
        ...


class TokenStore(Protocol):
    """API tokens: stored hashed, each with a role, an optional expiry and a revocation time."""

    def create(
        self,
        name: str,
        role: Role,
        *,
        expires_at: datetime | None = None,
        layers: Iterable[str] | None = None,
    ) -> tuple[TokenRecord, str]:
        """Make a token: its record and its secret, which is not stored and cannot be shown again.

        ``layers`` restricts the token to reading those layers (None: every layer).

        Raises InvalidRequestError for a bad name or naive expiry, ConflictError when a token
        not revoked has the name.
        """
        ...

    def authenticate(self, secret: str) -> Principal:
        """The principal of a valid token; raises AuthenticationError (unknown/expired/revoked)."""
        ...

    def list_tokens(self) -> list[TokenRecord]:
        """Every token, oldest first (never a secret)."""
        ...

    def revoke(self, id_or_name: str) -> TokenRecord:
        """Revoke by id, or by the name of a token not revoked; raises NotFoundError."""
        ...


class JobStore(Protocol):
    """The job queue: jobs, their state (`twin.jobs.TRANSITIONS`), progress, lease and log."""

    def create(self, spec: dict[str, Any], owner: Principal, *, max_attempts: int = 3) -> Job:
        """Queue a job for a validated spec (JSON data), owned by ``owner``'s token."""
        ...

    def get(self, job_id: str) -> Job:
        """One job; raises NotFoundError."""
        ...

    def list_jobs(self, owner_id: str | None = None) -> list[Job]:
        """Jobs, newest first; only the token ``owner_id``'s when given."""
        ...

    def cancel(self, job_id: str, by: str = "") -> Job:
        """Cancel a queued job, or ask a running one to stop; JobStateError once finished."""
        ...

    def log(self, job_id: str) -> list[str]:
        """The job's log lines, oldest first; raises NotFoundError."""
        ...

    def claim(self, worker_id: str, lease_seconds: float) -> Job | None:
        """Take the oldest queued job under a lease, or None; never one job for two workers."""
        ...

    def renew(self, job_id: str, worker_id: str, lease_seconds: float) -> Job:
        """Extend a lease; raises LeaseLostError when the worker no longer holds the job."""
        ...

    def report(self, job_id: str, worker_id: str, step: str, done: int, total: int | None) -> bool:
        """Record progress; whether a cancel was requested. Raises LeaseLostError."""
        ...

    def append_log(self, job_id: str, line: str) -> None:
        """Add a line to the job's log."""
        ...

    def finish(
        self,
        job_id: str,
        worker_id: str,
        state: JobState,
        *,
        error: str | None = None,
        version_id: str | None = None,
    ) -> Job:
        """End a running attempt as succeeded, failed or cancelled; raises LeaseLostError."""
        ...

    def requeue(self, job_id: str, worker_id: str, reason: str, *, charge: bool = True) -> Job:
        """A lost attempt: queue again, or fail after max_attempts; raises LeaseLostError."""
        ...

    def reap_expired(self) -> list[Job]:
        """Requeue (or fail, after max_attempts) running jobs whose lease expired."""
        ...


class EntityStore(Protocol):
    """Geographic entities month by month: classes, versions, deliveries and changes."""

    def list_classes(self) -> list[EntityClass]:
        """Every class, by name."""
        ...

    def get_class(self, name: str) -> EntityClass:
        """One class; raises NotFoundError when unknown."""
        ...

    def import_delivery(
        self,
        delivery: Delivery,
        month: str,
        *,
        crs_given: bool = False,
        dry_run: bool = False,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> ChangeReport:
        """Diff a delivery against the class's latest state and store it as ``month``, at once."""
        ...

    def items(
        self,
        name: str,
        month: str | None = None,
        *,
        bbox: Sequence[float] | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> tuple[list[EntityVersion], int]:
        """The versions valid in ``month`` (bbox-filtered, by id) and how many match."""
        ...

    def get_entity(self, name: str, entity_id: str, month: str | None = None) -> EntityVersion:
        """The version valid in ``month`` (default: the latest); raises NotFoundError."""
        ...

    def history(self, name: str, entity_id: str) -> list[EntityVersion]:
        """Every version of an entity, oldest first; raises NotFoundError."""
        ...

    def changes(self, name: str, from_month: str, to_month: str) -> dict[str, list[str]]:
        """Entity ids added, removed and changed between two months' states."""
        ...

    def native_state(self, name: str, month: str) -> list[tuple[str, bytes, dict[str, Any]]]:
        """(id, WKB in the class's CRS, attributes) of the versions valid in ``month``."""
        ...

    def extent(self, name: str) -> tuple[list[float] | None, str | None, str | None]:
        """The bbox (degrees) over every version, the first month and the latest."""
        ...


class MonitoringStore(Protocol):
    """Sensors, their readings (history), latest states kept apart, rollups and alarms."""

    def register(self, items: list[Sensor]) -> int:
        """Add sensors or replace the registration of existing ids; returns the count."""
        ...

    def get_sensor(self, sensor_id: str) -> Sensor:
        """One sensor; raises NotFoundError."""
        ...

    def list_sensors(self, *, agency: str | None = None, layer: str | None = None) -> list[Sensor]:
        """Sensors by id, filtered by agency or layer."""
        ...

    def index(self) -> SensorIndex:
        """The registry as arrays (cached until the sensors table changes)."""
        ...

    def ingest(
        self,
        index: SensorIndex,
        position: NDArray[np.int64],
        t_ms: NDArray[np.int64],
        values: NDArray[np.float64],
    ) -> IngestResult:
        """Upsert checked readings by (sensor, time); update latest states and alarms."""
        ...

    def latest(self, index: SensorIndex, position: NDArray[np.int64] | None = None) -> LatestStates:
        """Latest state of the sensors at ``position`` of ``index`` (all when None)."""
        ...

    def series(
        self, sensor_id: str, start_ms: int, end_ms: int
    ) -> tuple[NDArray[np.int64], NDArray[np.float64], Buckets]:
        """Raw readings in [start, end) and the rollups of that range; NotFoundError."""
        ...

    def alarms(self, *, open_only: bool = True, limit: int = 1000) -> list[Alarm]:
        """Alarms, newest first."""
        ...

    def get_alarm(self, alarm_id: int) -> Alarm:
        """One alarm; raises NotFoundError."""
        ...

    def acknowledge(self, alarm_id: int, by: str) -> Alarm:
        """Acknowledge an alarm in the name of ``by``; raises NotFoundError."""
        ...

    def sweep_stale(self, index: SensorIndex, at_ms: int | None = None) -> list[Alarm]:
        """Mark overdue sensors stale and open their stale alarms; returns those alarms."""
        ...

    def downsample(self, before_ms: int, bucket_ms: int) -> int:
        """Fold raw readings older than ``before_ms`` into rollups; returns readings folded."""
        ...

    def purge(self, before_ms: int) -> int:
        """Delete readings and rollups older than ``before_ms``; returns rows deleted."""
        ...


class SensorThingsStore(Protocol):
    """SensorThings entities as documents with links (Datastreams are monitoring sensors)."""

    def create(self, kind: str, doc: dict[str, Any], **links: Any) -> int:
        """Store an entity; returns its id."""
        ...

    def set_links(self, entity_id: int, **links: Any) -> None:
        """Change an entity's links."""
        ...

    def delete(self, entity_id: int) -> None:
        """Remove an entity."""
        ...

    def get(self, kind: str, entity_id: int) -> StaRecord | None:
        """One entity of ``kind``, or None."""
        ...

    def find(self, kind: str, **links: Any) -> list[StaRecord]:
        """Entities of ``kind`` with the given links."""
        ...

    def link_location(self, thing: int, location: int) -> None:
        """Put a Location on a Thing."""
        ...

    def linked(self, *, thing: int | None = None, location: int | None = None) -> list[int]:
        """Locations of a Thing, or Things at a Location."""
        ...


@dataclass
class Stores:
    """The opened stores of one process; close once (or use as a context manager)."""

    catalog: LayerCatalog
    tokens: TokenStore
    jobs: JobStore
    entities: EntityStore
    monitoring: MonitoringStore
    sensorthings: SensorThingsStore
    engine: Engine = field(repr=False)

    def close(self) -> None:
        """Release every pooled connection; the stores cannot be used afterwards."""
        self.engine.dispose()

    def __enter__(self) -> Stores:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_stores(settings: Settings) -> Stores:
    """Open every store on ``settings.database_url``, migrating its schema first.

    Raises:
        InvalidRequestError: the URL names no supported database.
    """
    # SQLAlchemy and Alembic load on first use, so `twin --help` stays light.
    from twin.store.catalog import SqlLayerCatalog
    from twin.store.database import create_database_engine, migrate
    from twin.store.entities import SqlEntityStore
    from twin.store.jobs import SqlJobStore
    from twin.store.monitoring import SqlMonitoringStore
    from twin.store.sensorthings import SqlSensorThingsStore
    from twin.store.tokens import SqlTokenStore

    engine = create_database_engine(settings.database_url)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Stores(
        catalog=SqlLayerCatalog(engine),
        tokens=SqlTokenStore(engine),
        jobs=SqlJobStore(engine),
        entities=SqlEntityStore(engine),
        monitoring=SqlMonitoringStore(engine),
        sensorthings=SqlSensorThingsStore(engine),
        engine=engine,
    )


__all__ = [
    "EntityStore",
    "JobStore",
    "LayerCatalog",
    "MonitoringStore",
    "SensorThingsStore",
    "Stores",
    "TokenStore",
    "open_stores",
]
