"""`twin ... --help` as a new user reads it: plain metavars, literal patterns, the demo's places."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from twin.cli.main import app
from twin.cli.samples import sample_city

runner = CliRunner()
COMMANDS = [
    [],
    ["tile"],
    ["tile", "buildings"],
    ["tile", "pointcloud"],
    ["tile", "terrain"],
    ["tile", "pipes"],
    ["job", "run"],
    ["publish"],
    ["demo"],
    ["serve"],
    ["tokens"],
    ["tokens", "create"],
    ["tokens", "list"],
    ["tokens", "revoke"],
]
# typer 0.29's own labels: `<bool>` after flags, `<list[Path]>`, `<str>`, `<path>`...
TYPER_LABEL = re.compile(r"<[a-zA-Z][\w\[\], |]*>")


def _help(command: list[str]) -> str:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})  # no wrapping
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "twin")
def test_no_typer_type_labels(command: list[str]) -> None:
    text = _help(command)
    assert TYPER_LABEL.findall(text) == []


@pytest.mark.parametrize(
    ("command", "option", "metavar"),
    [
        (["tile", "buildings"], "--survey", "PATH"),
        (["tile", "buildings"], "--roof-percentile", "INTEGER"),
        (["tile", "pointcloud"], "--crs", "TEXT"),
        (["publish"], "--layer", "TEXT"),
        (["tokens", "create"], "--role", r"\[viewer\|surveyor\|agency\|admin\]"),
        (["tokens", "create"], "--expires", "INTEGER"),
    ],
)
def test_options_show_click_style_metavars(command: list[str], option: str, metavar: str) -> None:
    line = next(line for line in _help(command).splitlines() if f" {option} " in line)
    assert re.search(rf"{option}\s+{metavar}\s", line), line


@pytest.mark.parametrize(
    ("command", "flag"),
    [(["tile", "buildings"], "--force"), (["tile", "pointcloud"], "--quiet"), ([], "--help")],
)
def test_flags_show_no_metavar(command: list[str], flag: str) -> None:
    line = next(line for line in _help(command).splitlines() if f" {flag} " in line)
    after = line.split(flag, 1)[1]
    assert not re.match(r"\s+(-\w\s+)?([A-Z]{2,}\b|<|\[)", after), line  # PATH, <bool>, [a|b]


def test_publish_shows_the_layer_name_pattern() -> None:
    assert "[a-z0-9][a-z0-9_-]*" in _help(["publish"])


def test_twin_help_names_every_demo_place() -> None:
    text = " ".join(_help([]).split()).lower()
    places = {str(spec.layer).split("-")[0] for spec in sample_city()}
    assert places == {"delft", "monaco", "autzen", "ky4", "schutterwald", "ctown"}
    assert [place for place in sorted(places) if place not in text] == []
    assert "kentucky" in text
