"""`twin tile pipes NETWORK --out DIR` and `twin pipes clearance NETWORK...`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from twin.cli import tile
from twin.cli.errors import reports_errors
from twin.cli.progress import console

app = typer.Typer(help="Underground pipe networks.", no_args_is_help=True)

TerrainOption = Annotated[
    Path | None, typer.Option(help="DEM giving the ground the pipes are buried under.")
]
CrsOption = Annotated[
    str | None,
    typer.Option(
        help="CRS of the network when the file has none (EPANET, SWMM) or to override it."
    ),
]
TypeOption = Annotated[
    str | None,
    typer.Option(
        "--type",
        help="Pipeline type: water, drainage, gas, heat, power, telecom, industrial, "
        "tunnel (colours after CJJ 61-2017 appendix B).",
    ),
]


@tile.app.command("pipes")
@reports_errors
def tile_pipes(
    network: Annotated[
        Path,
        typer.Argument(
            help="EPANET or SWMM .inp, GeoJSON/GeoPackage lines, or pandapipes/pandapower JSON."
        ),
    ],
    out: tile.OutOption,
    terrain: TerrainOption = None,
    crs: CrsOption = None,
    pipeline_type: TypeOption = None,
    nodes: Annotated[
        list[Path] | None,
        typer.Option(
            "--nodes", help="Point layer(s) of nodes for GeoJSON/GeoPackage lines (repeat)."
        ),
    ] = None,
    diameter_unit: Annotated[
        str, typer.Option(help="Unit of diameter/width/height fields of GIS lines: mm or m.")
    ] = "mm",
    ground: Annotated[
        float | None,
        typer.Option(
            help="Flat ground height (m) for nodes with none, when there is no DEM (assumed)."
        ),
    ] = None,
    vertical_crs: tile.VerticalCrsOption = None,
    geoid: tile.GeoidOption = None,
    leaf_sides: Annotated[int, typer.Option(help="Faces of a tube at full detail.")] = 12,
    max_features: Annotated[int, typer.Option(help="Most segments in one tile.")] = 4_000,
    force: tile.ForceOption = False,
    quiet: tile.QuietOption = False,
) -> None:
    """Pipes as tubes of their real size at their burial depth, with manholes and valves."""
    options = {
        "nodes": [str(p) for p in nodes or []],
        "terrain": str(terrain) if terrain else None,
        "crs": crs,
        "vertical_crs": vertical_crs,
        "geoid": geoid,
        "pipeline_type": pipeline_type,
        "diameter_unit": diameter_unit,
        "ground": ground,
        "leaf_sides": leaf_sides,
        "max_features": max_features,
    }
    spec = {"kind": "pipes", "inputs": [str(network)], "options": options}
    result = tile.run_to_folder(spec, out, force=force, quiet=quiet).result
    for what, how in result.assumed.items():
        console.print(f"[yellow]assumed[/] {what}: {how}")
    console.print(
        f"{result.segments} segments, {result.shafts} node shafts in {result.tiles} tiles -> {out}"
    )


@app.command("clearance")
@reports_errors
def clearance(
    networks: Annotated[list[Path], typer.Argument(help="Two or more network files.")],
    minimum: Annotated[
        float,
        typer.Option("--clearance", help="Smallest allowed gap between pipe surfaces, metres."),
    ] = 0.5,
    terrain: TerrainOption = None,
    crs: CrsOption = None,
) -> None:
    """List segment pairs of different networks closer than the clearance."""
    from ingest_survey.convert.pipes import place_network
    from twin.networks import find_clearances

    if len(networks) < 2:
        raise typer.BadParameter("give at least two networks")
    graphs = {
        f"{i}:{path.name}": place_network(path, terrain=terrain, crs=crs).graph
        for i, path in enumerate(networks)
    }
    found = find_clearances(graphs, minimum)
    for c in found:
        typer.echo(f"{c.network_a}\t{c.segment_a}\t{c.network_b}\t{c.segment_b}\t{c.gap_m:.3f}")
    console.print(f"{len(found)} segment pairs closer than {minimum} m")
