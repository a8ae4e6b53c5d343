"""The `twin` command: one entry point, groups registered from their modules."""

from __future__ import annotations

import typer

import twin
from twin.cli import jobs, serve, tile
from twin.cli import pipes as pipes_cli  # twin tile pipes, twin pipes ...
from twin.cli import pointcloud as pointcloud_cli  # noqa: F401  (twin tile pointcloud)
from twin.cli import terrain as terrain_cli  # twin tile terrain, twin dem ...

# Modules that add `twin tile <kind>` commands (or groups of their own) register on import:
# one import line each below.

app = typer.Typer(
    name="twin",
    help="Digital-twin 3D city server: survey, footprints, terrain and pipes to 3D Tiles.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
app.add_typer(tile.app, name="tile")
app.add_typer(terrain_cli.dem_app, name="dem")
app.add_typer(pipes_cli.app, name="pipes")
app.add_typer(jobs.app, name="job")
serve.register(app)


@app.command()
def version() -> None:
    """Print twin's version."""
    typer.echo(twin.__version__)
