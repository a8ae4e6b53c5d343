"""The sample city shipped in samples/: which layers `twin demo` builds, and how.

Each sample layer names its inputs (relative to samples/) and a build function that writes a
complete folder and returns the layer's metadata. A layer is rebuilt only when its fingerprint
(inputs, options, twin version) changes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import twin
from twin.cli.pipes import build_sample_pipes
from twin.cli.progress import console, progress_bars
from twin.cli.terrain import build_sample_buildings_on_terrain, build_sample_terrain
from twin.model import LayerKind
from twin.publish import publish
from twin.settings import Settings
from twin.store import open_stores

SAMPLES_DIR = Path(twin.__file__).resolve().parent.parent / "samples"

# build(inputs resolved in order, output folder, options, progress) -> layer metadata
Builder = Callable[[list[Path], Path, dict[str, Any], Any], dict[str, Any]]


def _buildings(
    inputs: list[Path], out: Path, options: dict[str, Any], progress: Any
) -> dict[str, Any]:
    from ingest_survey.convert.buildings import build_buildings

    result = build_buildings(inputs[0], out, survey=inputs[1:], progress=progress, **options)
    return result.meta()


def _pointcloud(
    inputs: list[Path], out: Path, options: dict[str, Any], progress: Any
) -> dict[str, Any]:
    from ingest_survey.convert.pointcloud import build_pointcloud

    return build_pointcloud(inputs, out, progress=progress, **options).meta()


@dataclass(frozen=True)
class SampleLayer:
    """One layer of the sample city."""

    name: str
    title: str
    kind: LayerKind
    inputs: tuple[str, ...]
    build: Builder
    options: dict[str, Any] = field(default_factory=dict)
    entry: str = "tileset.json"

    def fingerprint(self, root: Path) -> str:
        """Hash of the inputs, options and twin version: rebuild only when one changes."""
        digest = hashlib.sha256(twin.__version__.encode())
        digest.update(json.dumps([self.name, self.inputs, self.options], sort_keys=True).encode())
        for path in self.inputs:
            digest.update((root / path).read_bytes())
        return digest.hexdigest()


# Terrain layers' options (twin/cli/terrain.py); the buildings on them reuse these.
DELFT_TERRAIN: dict[str, Any] = {"survey_crs": "EPSG:28992", "resolution": 1.0}
MONACO_TERRAIN: dict[str, Any] = {"max_zoom": 12, "error_scale": 0.5}

SAMPLE_CITY: tuple[SampleLayer, ...] = (
    # Buildings stand on the terrain layers below: each builds the same terrain (same inputs
    # and options) and takes its bases from that mesh, where Cesium draws the ground.
    SampleLayer(
        "delft-buildings",
        "Delft: BGT footprints, heights from the AHN3 survey, on the AHN3 ground terrain",
        LayerKind.BUILDINGS,
        ("delft/bgt_pand.sqlite", "delft/ahn3/ahn3_cropped_1.laz", "delft/ahn3/ahn3_cropped_2.laz"),
        build_sample_buildings_on_terrain,
        {
            "survey": [1, 2],
            "terrain": {"inputs": [1, 2], "options": DELFT_TERRAIN},
            "buildings": {"survey_crs": "EPSG:28992"},
        },
    ),
    SampleLayer(
        "monaco-buildings",
        "Monaco: OpenStreetMap buildings (height or building:levels where tagged), on SRTM",
        LayerKind.BUILDINGS,
        ("monaco/buildings.gpkg", "monaco/N43E007.hgt.zip"),
        build_sample_buildings_on_terrain,
        {
            "terrain": {"inputs": [1], "options": MONACO_TERRAIN},
            "buildings": {
                "height_field": "height",
                "floors_field": "building_levels",
                "id_field": "osm_ref",
            },
        },
    ),
    SampleLayer(
        "delft-terrain",
        "Delft: terrain from the AHN3 survey's ground points (1 m DEM)",
        LayerKind.TERRAIN,
        ("delft/ahn3/ahn3_cropped_1.laz", "delft/ahn3/ahn3_cropped_2.laz"),
        build_sample_terrain,
        DELFT_TERRAIN,
        entry="layer.json",
    ),
    SampleLayer(
        "autzen-terrain",
        "Autzen (Eugene, Oregon): terrain from the survey's ground, orthophoto draped",
        LayerKind.TERRAIN,
        (
            "autzen/autzen_trim.laz",
            "autzen/autzen.jpg",
            "autzen/autzen.wld",
            "autzen/autzen-srs.wkt",
        ),
        build_sample_terrain,
        {"resolution": 1.0, "imagery": 1, "imagery_max_zoom": 17, "ignore": [2, 3]},
        entry="layer.json",
    ),
    SampleLayer(
        "monaco-terrain",
        "Monaco: SRTM3 terrain (N43E007, voids filled)",
        LayerKind.TERRAIN,
        ("monaco/N43E007.hgt.zip",),
        build_sample_terrain,
        MONACO_TERRAIN,
        entry="layer.json",
    ),
    # Underground networks (twin/cli/pipes.py; depths and sizes the sources lack are assumed
    # from design standards and flagged in each layer's metadata).
    SampleLayer(
        "monaco-gas",
        "Monaco: GRTgaz gas transmission pipeline (OpenStreetMap) under the SRTM terrain",
        LayerKind.PIPES,
        ("monaco/gas_pipeline.geojson", "monaco/N43E007.hgt.zip"),
        build_sample_pipes,
        {"terrain": {"inputs": [1], "options": MONACO_TERRAIN}},
    ),
    SampleLayer(
        "ky4-water",
        "Kentucky KY4 water network (EPANET) on its own DEM",
        LayerKind.PIPES,
        ("ky4/ky4.inp", "ky4/ky4_elevation.tif"),
        build_sample_pipes,
        {"crs": "EPSG:3547"},
    ),
    SampleLayer(
        "schutterwald-gas",
        "Schutterwald: planned gas distribution network (pandapipes)",
        LayerKind.PIPES,
        ("schutterwald/gas_net_schutterwald_1bar.json",),
        build_sample_pipes,
        {"crs": "EPSG:31467"},
    ),
    SampleLayer(
        "schutterwald-heat",
        "Schutterwald: planned district heat network, flow and return (pandapipes)",
        LayerKind.PIPES,
        ("schutterwald/sw_heat.json",),
        build_sample_pipes,
        {"crs": "EPSG:31467"},
    ),
    SampleLayer(
        "schutterwald-power",
        "Schutterwald: planned low-voltage cable grid (pandapower), flat ground assumed",
        LayerKind.PIPES,
        ("schutterwald/lv_schutterwald.json",),
        build_sample_pipes,
        # No heights in a pandapower grid and no DEM of the village here: flat ground at the
        # median height of the village's gas junctions (146-151 m), flagged as assumed.
        {"ground": 149.53},
    ),
    SampleLayer(
        "delft-survey",
        "Delft: AHN3 airborne LiDAR survey (848,942 points, classified)",
        LayerKind.POINTCLOUD,
        ("delft/ahn3/ahn3_cropped_1.laz", "delft/ahn3/ahn3_cropped_2.laz"),
        _pointcloud,
        {"crs": "EPSG:28992"},
    ),
)


def build_sample_city(
    settings: Settings, samples: Path = SAMPLES_DIR, quiet: bool = False
) -> list[str]:
    """Build and publish every sample layer whose inputs changed; returns the layers built."""
    built: list[str] = []
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with open_stores(settings) as stores:
        current = {layer.name: layer for layer in stores.catalog.list_layers()}
    for sample in SAMPLE_CITY:
        fingerprint = sample.fingerprint(samples)
        layer = current.get(sample.name)
        if layer and layer.current and layer.current.meta.get("fingerprint") == fingerprint:
            continue
        console.print(f"building [bold]{sample.name}[/] from {samples / sample.inputs[0]}")
        work = Path(tempfile.mkdtemp(prefix=".build-", dir=settings.data_dir))
        try:
            with progress_bars(not quiet) as progress:
                meta = sample.build(
                    [samples / p for p in sample.inputs], work / "out", sample.options, progress
                )
            publish(
                settings,
                sample.name,
                sample.kind,
                work / "out",
                title=sample.title,
                meta={**meta, "fingerprint": fingerprint},
                entry=sample.entry,
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)
        built.append(sample.name)
    return built
