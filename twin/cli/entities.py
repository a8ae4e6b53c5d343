"""`twin entities import|export|list`: monthly deliveries of geographic entities."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from twin.cli.errors import reports_errors
from twin.cli.progress import console
from twin.cli.serve import DataDirOption, _settings
from twin.store import open_stores

app = typer.Typer(
    help="Geographic entities kept month by month (buildings, pipes, roads, ...).",
    no_args_is_help=True,
)


@app.command("import")
@reports_errors
def import_(
    entity_class: Annotated[str, typer.Argument(metavar="CLASS", help="The entity class.")],
    file: Annotated[Path, typer.Argument(help="The delivery: the class's complete state.")],
    month: Annotated[
        str | None,
        typer.Option(help="The month it is the state of, YYYY-MM (lifecycle: the last month)."),
    ] = None,
    id_field: Annotated[
        str | None, typer.Option(help="The field naming each entity (default: match by geometry).")
    ] = None,
    crs: Annotated[
        str | None, typer.Option(help="CRS of the coordinates (reprojected to the class's).")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the report; write nothing.")
    ] = False,
    lifecycle: Annotated[
        bool,
        typer.Option(
            "--lifecycle",
            help="A registry extract with creation/termination dates (BGT CityGML): import the "
            "monthly states it implies.",
        ),
    ] = False,
    data_dir: DataDirOption = None,
) -> None:
    """Compare a delivery with the class's previous month and store it: prints the report (JSON)."""
    from ingest_survey.entities import import_entities

    def progress(stage: str, done: int, total: int) -> None:
        console.print(f"{stage}: wrote {done}/{total} versions")

    with open_stores(_settings(data_dir)) as stores:
        reports = import_entities(
            stores.entities,
            entity_class,
            file,
            month=month,
            id_field=id_field,
            crs=crs,
            dry_run=dry_run,
            lifecycle=lifecycle,
            progress=progress,
        )
    for report in reports:
        counts = ", ".join(f"{n} {kind}" for kind, n in report.counts.items())
        state = (
            "already imported"
            if report.already_imported
            else ("written" if report.written else "dry run, nothing written")
        )
        console.print(f"{entity_class} {report.month} (by {report.matched_by}): {counts}; {state}")
    typer.echo(json.dumps([r.to_dict() for r in reports], indent=2))


@app.command("list")
@reports_errors
def list_classes(data_dir: DataDirOption = None) -> None:
    """List the entity classes: name, CRS, latest month, entities in it."""
    with open_stores(_settings(data_dir)) as stores:
        classes = stores.entities.list_classes()
    typer.echo("class\tcrs\tlatest_month\tentities")
    for cls in classes:
        typer.echo(f"{cls.name}\t{cls.crs}\t{cls.latest_month or '-'}\t{cls.entities}")
