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


@app.command("export")
@reports_errors
def export(
    entity_class: Annotated[str, typer.Argument(metavar="CLASS", help="The entity class.")],
    month: Annotated[str, typer.Option(help="The month whose state is exported, YYYY-MM.")],
    out: Annotated[
        Path, typer.Option(help="FILE.city.json (CityJSON 2.0) or FILE.city.jsonl (CityJSONSeq).")
    ],
    data_dir: DataDirOption = None,
) -> None:
    """Export a class's state in a month as CityJSON 2.0 or CityJSONSeq, in the class's CRS."""
    from twin.entities.cityjson import to_cityjson, to_cityjsonseq

    with open_stores(_settings(data_dir)) as stores:
        cls = stores.entities.get_class(entity_class)
        rows = stores.entities.native_state(entity_class, month)
    staging = out.with_name(f".{out.name}.partial")
    with staging.open("w", encoding="utf-8") as stream:
        if out.suffix == ".jsonl":
            for line in to_cityjsonseq(entity_class, cls.crs, month, rows):
                stream.write(line + "\n")
        else:
            json.dump(to_cityjson(entity_class, cls.crs, month, rows), stream)
    staging.replace(out)  # a killed export leaves no half-written file under the real name
    console.print(f"exported {len(rows)} {entity_class} of {month} to {out.name}")


@app.command("list")
@reports_errors
def list_classes(data_dir: DataDirOption = None) -> None:
    """List the entity classes: name, CRS, latest month, entities in it."""
    with open_stores(_settings(data_dir)) as stores:
        classes = stores.entities.list_classes()
    typer.echo("class\tcrs\tlatest_month\tentities")
    for cls in classes:
        typer.echo(f"{cls.name}\t{cls.crs}\t{cls.latest_month or '-'}\t{cls.entities}")
