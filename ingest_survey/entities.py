"""Monthly deliveries from files into the entity store: what the CLI and the job both call.

A plain delivery file is one month's complete state. A registry extract with its own
lifecycle (``lifecycle=True``, BGT CityGML) is imported as the monthly states it implies: one
delivery per month in which a version begins or ends, oldest first, each diffed against the one
before (months already imported are skipped as re-imports).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest_survey.job_specs import EntitiesJob
from ingest_survey.readers.deliveries import read_delivery
from ingest_survey.readers.lifecycle import monthly_deliveries, read_bgt_lifecycle
from twin.entities.model import ChangeReport, check_class_name, parse_month
from twin.store import EntityStore

Progress = Callable[[str, int, int], None]


def import_entities(
    store: EntityStore,
    entity_class: str,
    path: Path,
    *,
    month: str | None,
    id_field: str | None = None,
    crs: str | None = None,
    dry_run: bool = False,
    lifecycle: bool = False,
    progress: Progress | None = None,
) -> list[ChangeReport]:
    """Import ``path`` into ``entity_class``; the report of each month imported.

    Args:
        store: the entity store.
        entity_class: the class the file delivers.
        path: the delivery file.
        month: the month it is the state of (``YYYY-MM``); for a lifecycle extract, the last
            month to import (None: every month).
        id_field: the field naming entities; None: match by geometry.
        crs: the CRS of the coordinates when the file has none, or one that differs from the
            class's (then reprojected to it).
        dry_run: diff only; write nothing.
        lifecycle: ``path`` is a registry extract with creation/termination dates.
        progress: called with (stage, done, total) while versions are written.

    Raises:
        IngestError: an unreadable file, a missing id field or CRS (named).
        InvalidRequestError, ConflictError: what the store refuses (see `EntityStore`).
    """
    check_class_name(entity_class)
    if month is not None:
        parse_month(month)
    if lifecycle:
        deliveries = [
            (m, d)
            for m, d in monthly_deliveries(read_bgt_lifecycle(path), entity_class, path.name)
            if month is None or m <= month
        ]
    else:
        if month is None:
            from twin.errors import InvalidRequestError

            raise InvalidRequestError("--month is required for a delivery (YYYY-MM)")
        deliveries = [(month, read_delivery(path, entity_class, id_field=id_field, crs=crs))]
    latest = _latest(store, entity_class)
    reports = []
    for delivery_month, delivery in deliveries:
        if lifecycle and latest is not None and delivery_month < latest:
            continue  # imported before: the lifecycle's earlier months are history already
        stage = f"{entity_class} {delivery_month}"
        reports.append(
            store.import_delivery(
                delivery,
                delivery_month,
                crs_given=crs is not None,
                dry_run=dry_run,
                on_progress=(lambda done, total, s=stage: progress(s, done, total))
                if progress
                else None,
            )
        )
    return reports


def _latest(store: EntityStore, entity_class: str) -> str | None:
    from twin.errors import NotFoundError

    try:
        return store.get_class(entity_class).latest_month
    except NotFoundError:
        return None


def run_entities_job(
    spec: EntitiesJob,
    store: EntityStore,
    *,
    base: Path | None = None,
    progress: Progress | None = None,
) -> list[ChangeReport]:
    """Run an ``entities`` job spec (what `twin worker` does with an uploaded delivery).

    Raises:
        IngestError: the input file is missing or unreadable; see `import_entities`.
    """
    from ingest_survey.errors import UnreadableFileError

    path = Path(spec.inputs[0])
    if not path.is_absolute() and base is not None:
        path = base / path
    if not path.exists():
        raise UnreadableFileError("no such file", path=spec.inputs[0], field="inputs.0")
    o = spec.options
    return import_entities(
        store,
        o.entity_class,
        path,
        month=o.month,
        id_field=o.id_field,
        crs=o.crs,
        dry_run=o.dry_run,
        lifecycle=o.lifecycle,
        progress=progress,
    )
