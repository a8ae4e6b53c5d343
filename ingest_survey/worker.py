"""Run a job spec into a new version of its layer and publish it: what `twin demo`, `twin job
run` and the job workers do.

The pipeline writes straight into the layer's new version (`twin.versions.VersionWriter`,
content addressed: files an earlier version holds are not stored again); publishing checks the
manifest and switches the layer to it atomically. If anything fails (bad input, a killed worker
the executor could not replace), the version is discarded and the published one stays as it
was.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from ingest_survey.convert.executor import TaskExecutor
from ingest_survey.errors import IngestError
from ingest_survey.job_specs import JobSpec
from ingest_survey.jobs import JobContext, Progress, link_folder, run_job
from twin.errors import NotFoundError
from twin.model import LayerVersion
from twin.publish import publish_version
from twin.settings import Settings
from twin.storage import DataRef
from twin.store import Stores, open_stores
from twin.version_reader import VersionReader
from twin.versions import VersionWriter


def work_folder(settings: Settings, name: str = "job") -> DataRef:
    """A fresh scratch folder under the data folder (shared storage): ``work/{name}-{id}``."""
    return DataRef.to(settings.data_dir, settings.data_dir / "work" / f"{name}-{uuid.uuid4().hex}")


def layer_folder(settings: Settings, stores: Stores, work: DataRef) -> Callable[[str], Path]:
    """Resolve ``layer:NAME`` inputs: the current version of a published layer, laid out as a
    plain folder of hard links in the job's scratch folder (no copy)."""

    def folder(name: str) -> Path:
        try:
            current = stores.catalog.get_layer(name).current
        except NotFoundError as exc:
            raise IngestError(f"no published layer {name!r}", field=f"layer:{name}") from exc
        if current is None:
            raise IngestError(f"layer {name!r} has no current version", field=f"layer:{name}")
        reader = VersionReader.open(settings.data_dir, current)
        files = {key: reader.locate(key)[0] for key in reader.manifest["files"]}
        return link_folder(files, work.resolve() / "layers" / name)

    return folder


def run_and_publish(
    spec: JobSpec,
    settings: Settings,
    *,
    stores: Stores | None = None,
    base: Path | None = None,
    executor: TaskExecutor | None = None,
    meta: dict[str, object] | None = None,
    on_progress: Progress | None = None,
    work: DataRef | None = None,
) -> LayerVersion:
    """Run ``spec`` and publish its output as the new current version of ``spec.layer``.

    Args:
        stores: the open stores; None opens them for this call.
        work: the scratch folder (removed afterwards); None: a fresh one under ``data_dir/work``.

    Raises:
        IngestError: the spec names no layer, its output is not a layer, or the job failed.
    """
    if stores is None:
        with open_stores(settings) as own:
            return run_and_publish(
                spec, settings, stores=own, base=base, executor=executor, meta=meta,
                on_progress=on_progress, work=work,
            )  # fmt: skip
    if spec.layer is None:
        raise IngestError("the job names no layer to publish", field="layer")
    work = work or work_folder(settings, spec.layer)
    try:
        with VersionWriter.begin(settings.data_dir, spec.layer) as writer:
            context = JobContext(
                work=work,
                base=base,
                layer_folder=layer_folder(settings, stores, work),
                executor=executor,
                on_progress=on_progress,
            )
            result = run_job(spec, writer, context)
            if result.kind is None:
                raise IngestError(f"a {spec.kind} job makes no layer", field="kind")
            staged = writer.end()
        return publish_version(
            stores,
            settings.data_dir,
            staged,
            result.kind,
            title=spec.title,
            meta={**result.meta, **(meta or {})},
            entry=result.entry,
        )
    finally:
        shutil.rmtree(work.resolve(), ignore_errors=True)
