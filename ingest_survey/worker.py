"""Run a job spec into a new version of its layer and publish it: what `twin demo`, `twin job
run` and the job workers do.

The pipeline writes straight into the layer's new version; publishing verifies the version and
switches the layer to it atomically. If anything fails (bad input, a killed worker the executor
could not replace), the version is discarded and the published one stays as it was.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from ingest_survey.convert.executor import TaskExecutor
from ingest_survey.convert.targets import output
from ingest_survey.errors import IngestError
from ingest_survey.job_specs import JobSpec
from ingest_survey.jobs import JobContext, Progress, run_job
from twin.errors import NotFoundError
from twin.model import LayerVersion
from twin.publish import publish
from twin.settings import Settings
from twin.storage import DataRef
from twin.store.sqlite import Catalog


def work_folder(settings: Settings, name: str = "job") -> DataRef:
    """A fresh scratch folder under the data folder (shared storage): ``work/{name}-{id}``."""
    return DataRef.to(settings.data_dir, settings.data_dir / "work" / f"{name}-{uuid.uuid4().hex}")


def layer_folder(settings: Settings, work: DataRef) -> Callable[[str], Path]:
    """Resolve ``layer:NAME`` inputs: the current version of a published layer."""

    def folder(name: str) -> Path:
        with Catalog(settings.database_path) as catalog:
            try:
                current = catalog.get_layer(name).current
            except NotFoundError as exc:
                raise IngestError(f"no published layer {name!r}", field=f"layer:{name}") from exc
        if current is None:
            raise IngestError(f"layer {name!r} has no current version", field=f"layer:{name}")
        return settings.data_dir / current.path

    return folder


def run_and_publish(
    spec: JobSpec,
    settings: Settings,
    *,
    base: Path | None = None,
    executor: TaskExecutor | None = None,
    meta: dict[str, object] | None = None,
    on_progress: Progress | None = None,
) -> LayerVersion:
    """Run ``spec`` and publish its output as the new current version of ``spec.layer``.

    Raises:
        IngestError: the spec names no layer, its output is not a layer, or the job failed.
    """
    if spec.layer is None:
        raise IngestError("the job names no layer to publish", field="layer")
    work = work_folder(settings, spec.layer)
    staged = settings.data_dir / "work" / f"{spec.layer}-{uuid.uuid4().hex}.out"
    try:
        with output(staged) as (target, _):
            context = JobContext(
                work=work,
                base=base,
                layer_folder=layer_folder(settings, work),
                executor=executor,
                on_progress=on_progress,
            )
            result = run_job(spec, target, context)
        if result.kind is None:
            raise IngestError(f"a {spec.kind} job makes no layer", field="kind")
        return publish(
            settings,
            spec.layer,
            result.kind,
            staged,
            title=spec.title,
            meta={**result.meta, **(meta or {})},
            entry=result.entry,
        )
    finally:
        shutil.rmtree(staged, ignore_errors=True)
        shutil.rmtree(work.resolve(), ignore_errors=True)
