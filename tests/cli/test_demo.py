"""`twin demo` builds and publishes the sample city once, then finds it up to date."""

from __future__ import annotations

from checks import assert_tileset_valid
from citydata import DELFT_FOOTPRINTS
from published import as_folder, current_version
from typer.testing import CliRunner

from twin.cli.main import app
from twin.settings import Settings
from twin.store import open_stores

runner = CliRunner()


def test_demo_builds_the_sample_city_once(tmp_path) -> None:
    data = tmp_path / "data"
    first = runner.invoke(app, ["demo", "--data-dir", str(data), "--no-serve", "--quiet"])
    assert first.exit_code == 0, first.output
    # Terrain first: the buildings and pipes stand on the published terrain layers.
    assert "built delft-terrain, monaco-terrain, autzen-terrain, delft-buildings" in " ".join(
        first.output.split()
    )
    settings = Settings(data_dir=data)
    with open_stores(settings) as stores:
        layers = {layer.name: layer for layer in stores.catalog.list_layers()}
    assert set(layers) == {
        "delft-buildings",
        "monaco-buildings",
        "delft-terrain",
        "autzen-terrain",
        "monaco-terrain",
        "monaco-gas",
        "ky4-water",
        "schutterwald-gas",
        "schutterwald-heat",
        "schutterwald-power",
        "delft-survey",
        "ctown",
    }
    delft = layers["delft-buildings"].current
    assert delft is not None and delft.meta["features"] == 160
    assert delft.meta["height_sources"] == {"survey_p70": 160}
    folder = as_folder(settings, delft, tmp_path / "delft")
    assert_tileset_valid(folder / "tileset.json", validate_glb=False)
    monaco = layers["monaco-buildings"].current
    assert monaco is not None and monaco.meta["features"] == 1207

    with open_stores(settings) as stores:  # the C-Town sensors and their BATADAL readings
        assert len(stores.monitoring.index()) == 43
        assert stores.monitoring.series("ctown-P_J280", 0, 2**41)[0].size == 168

    second = runner.invoke(app, ["demo", "--data-dir", str(data), "--no-serve", "--quiet"])
    assert second.exit_code == 0 and "up to date" in " ".join(second.output.split())
    assert current_version(settings, "delft-buildings") == delft


def test_publish_and_layers_commands(tmp_path) -> None:
    out = tmp_path / "tiles"
    made = runner.invoke(
        app, ["tile", "buildings", str(DELFT_FOOTPRINTS), "--out", str(out), "--quiet"]
    )
    assert made.exit_code == 0, made.output
    data = tmp_path / "data"
    published = runner.invoke(
        app,
        ["publish", str(out), "--layer", "delft", "--kind", "buildings", "--data-dir", str(data)],
    )
    assert published.exit_code == 0, published.output
    listed = runner.invoke(app, ["layers", "--data-dir", str(data)])
    assert listed.output.startswith("delft\tbuildings\t")
    clash = runner.invoke(
        app, ["publish", str(out), "--layer", "delft", "--kind", "pipes", "--data-dir", str(data)]
    )
    assert clash.exit_code == 73 and "error" in clash.output
    # The same folder again: a new version, no new stored file; gc keeps what versions use.
    layer_objects = data / "layers" / "delft" / "objects"
    stored = sorted(layer_objects.rglob("*"))
    again = runner.invoke(
        app,
        ["publish", str(out), "--layer", "delft", "--kind", "buildings", "--data-dir", str(data)],
    )
    assert again.exit_code == 0, again.output
    assert sorted(layer_objects.rglob("*")) == stored
    collected = runner.invoke(app, ["gc", "--data-dir", str(data)])
    assert collected.exit_code == 0 and "removed 0 files" in collected.output, collected.output
    assert sorted(layer_objects.rglob("*")) == stored
