"""`twin job run SPEC.json`: run a job described as data (what `twin demo` and the workers do)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from twin.cli import tile
from twin.cli.errors import reports_errors
from twin.cli.progress import console, progress_bars

app = typer.Typer(help="Run jobs described as JSON specs.", no_args_is_help=True)


@app.command("run")
@reports_errors
def run(
    spec_file: Annotated[
        Path,
        typer.Argument(
            help="A job spec: {kind, inputs, options, layer, title} (see samples/city.json)."
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write the output folder here instead of publishing."),
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option(help="Data folder to publish into (default TWIN_DATA_DIR).")
    ] = None,
    force: tile.ForceOption = False,
    quiet: tile.QuietOption = False,
    jobs: tile.JobsOption = None,
    scheduler: tile.SchedulerOption = None,
) -> None:
    """Run one spec: publish it as a new version of its layer, or write it to --out.

    Relative input paths are relative to the spec file's folder.
    """
    from ingest_survey.convert.executor import open_executor
    from ingest_survey.errors import IngestError
    from ingest_survey.job_specs import parse_spec
    from ingest_survey.worker import run_and_publish
    from twin.settings import Settings

    try:
        text = spec_file.read_text(encoding="utf-8")
    except OSError as exc:
        raise IngestError(f"cannot read the spec: {exc.strerror}", path=spec_file) from exc
    spec = parse_spec(text, source=spec_file.name)
    base = spec_file.absolute().parent
    if out is not None:
        tile.run_to_folder(
            spec.model_dump(mode="json"),
            out,
            force=force,
            quiet=quiet,
            jobs=jobs,
            scheduler=scheduler,
            base=base,
        )
        console.print(f"{spec.kind} job -> {out}")
        return
    settings = Settings(data_dir=data_dir) if data_dir else Settings()
    with (
        open_executor(scheduler or settings.dask_scheduler, jobs) as executor,
        progress_bars(not quiet) as progress,
    ):
        version = run_and_publish(
            spec, settings, base=base, executor=executor, on_progress=progress
        )
    console.print(f"published {version.layer} version {version.version_id}")
