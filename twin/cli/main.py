"""The `twin` command: one entry point, groups registered from their modules."""

from __future__ import annotations

from typing import Any

import typer
import typer.core
from rich.markup import escape

# typer 0.29 carries its own cut of click (typer._click): its errors are these classes.
from typer._click.core import Command, Context
from typer._click.exceptions import UsageError
from typer.core import TyperArgument, TyperGroup, TyperOption

import twin
from twin.cli import entities, jobs, monitoring, serve, tile, tokens, worker
from twin.cli import pipes as pipes_cli  # twin tile pipes, twin pipes ...
from twin.cli import pointcloud as pointcloud_cli  # noqa: F401  (twin tile pointcloud)
from twin.cli import terrain as terrain_cli  # twin dem ..., twin tile terrain
from twin.cli.errors import EX_USAGE

# Modules that add `twin tile <kind>` commands (or groups of their own) register on import:
# one import line each below.

_METAVAR_BY_TYPE = {"str": "TEXT", "int": "INTEGER", "float": "FLOAT", "Path": "PATH"}


def _metavar(param: TyperOption | TyperArgument) -> str:
    """Click's style of metavar: PATH, TEXT, INTEGER, [a|b|c]; nothing after a flag."""
    if isinstance(param, TyperOption) and (param.is_flag or param.count):
        return ""
    described = param.type_descriptor
    if described.is_choice:
        choices = (getattr(c, "value", c) for c in described.choices or ())
        return "[" + "|".join(str(c) for c in choices) + "]"
    if described.is_path:
        return "PATH"
    label = param.bare_type()
    label = label.removeprefix("list[").removesuffix("]")  # a repeatable option: one value
    return _METAVAR_BY_TYPE.get(label, label.upper())


class _PlainTypeArgument(TyperArgument):
    """An argument whose help shows its type as click does (PATH), not typer's `<list[Path]>`
    (typer ignores an argument's metavar there; a metavar would rename the argument instead)."""

    def display_type(self, ctx: Context) -> str:
        return _metavar(self)


def _tidy_help(command: Command, rich_markup: bool) -> None:
    """Every option of the tree gets a plain metavar (typer 0.29 shows `<bool>` after flags and
    `<list[Path]>` after repeatable options); under Rich markup every help text is taken
    literally, so a pattern like `[a-z0-9]` is shown instead of being eaten as a markup tag."""
    # The --help option is made (and cached) on first use; make it now to give it a metavar too.
    help_option = command.get_help_option(Context(command))
    for param in [*command.params, *([help_option] if help_option else [])]:
        if isinstance(param, TyperOption) and param.metavar is None:
            param.metavar = _metavar(param)
        if type(param) is TyperArgument:
            param.__class__ = _PlainTypeArgument
        if rich_markup and isinstance(param, TyperOption | TyperArgument) and param.help:
            param.help = escape(param.help)
    if rich_markup and command.help:
        command.help = escape(command.help)
    if isinstance(command, TyperGroup):
        for sub in command.commands.values():
            _tidy_help(sub, rich_markup)


class _TwinGroup(TyperGroup):
    """The root group: usage errors exit with EX_USAGE (64) like twin's own usage errors (a bad
    option value, a CRS only an option can give), not click's 2; help as `_tidy_help` makes it."""

    _tidied = False

    def make_context(self, *args: Any, **kwargs: Any) -> Context:
        # Here, not in __init__: typer adds the completion options after making the group.
        if not self._tidied:
            _tidy_help(self, typer.core.HAS_RICH and self.rich_markup_mode == "rich")
            self._tidied = True
        try:
            return super().make_context(*args, **kwargs)
        except UsageError as exc:
            exc.exit_code = EX_USAGE
            raise

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as exc:  # a subcommand's arguments, parsed here
            exc.exit_code = EX_USAGE
            raise


app = typer.Typer(
    name="twin",
    cls=_TwinGroup,
    help="Digital-twin 3D city server: survey, footprints, terrain and pipes to 3D Tiles.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
app.add_typer(tile.app, name="tile")
app.add_typer(terrain_cli.dem_app, name="dem")
app.add_typer(pipes_cli.app, name="pipes")
app.add_typer(jobs.app, name="job")
app.add_typer(tokens.app, name="tokens")
app.add_typer(entities.app, name="entities")
app.add_typer(monitoring.app, name="monitoring")
serve.register(app)
worker.register(app)


@app.command()
def version() -> None:
    """Print twin's version."""
    typer.echo(twin.__version__)
