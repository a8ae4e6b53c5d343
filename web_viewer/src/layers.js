/**
 * Layers on the globe: add, remove, show/hide and fly to. 3D Tiles layers become
 * Cesium3DTilesets; a terrain layer replaces the globe's (ellipsoid) terrain while it is shown.
 * Load state and failures go to state.js so the panels and the browser tests can see them.
 */

import { terrainImagery } from "./kinds/terrain.js";
import { isUnauthorized, reportUnauthorized, serverResource } from "./session.js";
import { describeError, layerState, reportError } from "./state.js";

const Cesium = window.Cesium;
const FLY_PITCH = Cesium.Math.toRadians(-35);
// Pipes are tens of centimetres thick: a whole network framed from afar shows specks, so "Go
// to" stops this close (metres) over the network's centre.
const FLY_MAX_RANGE = { pipes: 600 };

/** A bounding sphere around a 3D Tiles region [west, south, east, north, minh, maxh] (radians). */
export function sphereFromRegion(region) {
  const [west, south, east, north, minHeight, maxHeight] = region;
  const corners = [];
  for (const lon of [west, east]) {
    for (const lat of [south, north]) {
      for (const height of [minHeight, maxHeight]) {
        corners.push(Cesium.Cartesian3.fromRadians(lon, lat, height));
      }
    }
  }
  return Cesium.BoundingSphere.fromPoints(corners);
}

function isRegion(value) {
  return Array.isArray(value) && value.length === 6 && value.every(Number.isFinite);
}

function regionHolds(outer, inner) {
  const lon = (inner[0] + inner[2]) / 2;
  const lat = (inner[1] + inner[3]) / 2;
  return lon >= outer[0] && lon <= outer[2] && lat >= outer[1] && lat <= outer[3];
}

/** The smallest region holding all of these. */
function unionRegion(regions) {
  const pick = (i, f) => f(...regions.map((r) => r[i]));
  return [pick(0, Math.min), pick(1, Math.min), pick(2, Math.max), pick(3, Math.max),
    pick(4, Math.min), pick(5, Math.max)];
}

export class LayerManager {
  /**
   * @param {Cesium.Viewer} viewer
   * @param {{onChange?: (name: string) => void}} options onChange runs after any state change
   */
  constructor(viewer, { onChange = () => {} } = {}) {
    this.viewer = viewer;
    this.onChange = onChange;
    this.entries = new Map(); // name -> {layer, tileset?, terrain?}
  }

  /**
   * Start loading a layer, shown or not; resolves once it is on the globe (or has failed, which
   * is reported). A layer already on the globe (a new version: a new pinned URL) keeps showing
   * the old version until the new one is there, so it never blinks out, and the two never mix:
   * each tileset fetches its files through its own version's URL.
   */
  async add(layer, { visible = true } = {}) {
    const previous = this.entries.get(layer.name);
    const entry = { layer };
    this.entries.set(layer.name, entry);
    const status = layerState(layer.name);
    Object.assign(status, { loaded: false, tilesLoaded: false, failed: false, visible });
    status.url = layer.url;
    this.onChange(layer.name);
    try {
      if (layer.kind === "terrain") await this.#addTerrain(entry);
      else await this.#addTileset(entry);
      status.loaded = true;
    } catch (error) {
      // Replaced by a newer version (or removed) while loading: not a failure, just superseded.
      if (this.entries.get(layer.name) !== entry) return false;
      status.failed = true;
      if (isUnauthorized(error)) reportUnauthorized(); // the token expired or was revoked
      reportError(
        "layerLoad",
        "errors.layerLoad",
        { layer: layer.title, detail: describeError(error) },
        { layer: layer.name, url: layer.url },
      );
    } finally {
      if (previous) this.#unload(previous);
    }
    this.onChange(layer.name);
    return status.loaded;
  }

  /** Take an entry's tileset, terrain and imagery off the globe. */
  #unload(entry) {
    if (entry.tileset) this.viewer.scene.primitives.remove(entry.tileset); // also destroys it
    if (entry.imagery) this.viewer.imageryLayers.remove(entry.imagery);
    if (entry.terrain) this.#applyTerrain();
    this.viewer.scene.requestRender();
  }

  async #addTileset(entry) {
    const { layer } = entry;
    const options = {};
    if (layer.kind === "pointcloud") options.pointCloudShading = { attenuation: true };
    // Tiles are fetched through Resources derived from this one: each carries the token.
    const tileset = await Cesium.Cesium3DTileset.fromUrl(serverResource(layer.url), options);
    if (this.entries.get(layer.name) !== entry) {
      tileset.destroy(); // removed (or replaced) while it was loading
      throw new Error("removed while loading");
    }
    const status = layerState(layer.name);
    // The status is the layer's, not the tileset's: an older version still on the globe while
    // its successor loads must not mark the layer loaded.
    const current = () => this.entries.get(layer.name) === entry;
    tileset.loadProgress.addEventListener((pending, processing) => {
      if (current() && (pending > 0 || processing > 0)) status.tilesLoaded = false;
    });
    tileset.allTilesLoaded.addEventListener(() => {
      if (!current()) return;
      status.tilesLoaded = true;
      this.onChange(layer.name);
    });
    tileset.tileFailed.addEventListener((failure) => {
      reportError(
        "tileFailed",
        "errors.tileFailed",
        { layer: layer.title, url: failure.url, detail: describeError(failure.message) },
        { layer: layer.name, url: failure.url },
      );
      this.onChange(layer.name);
    });
    tileset.show = status.visible;
    entry.tileset = tileset;
    this.viewer.scene.primitives.add(tileset);
    this.viewer.scene.requestRender();
  }

  async #addTerrain(entry) {
    // CesiumTerrainProvider wants the folder that holds layer.json.
    const base = entry.layer.url.replace(/layer\.json$/, "");
    entry.terrain = await Cesium.CesiumTerrainProvider.fromUrl(serverResource(base), {
      requestVertexNormals: true,
    });
    entry.imagery = await terrainImagery(entry.layer.url); // an orthophoto to drape, if any
    if (this.entries.get(entry.layer.name) !== entry) throw new Error("removed while loading");
    if (entry.imagery) {
      entry.imagery.show = layerState(entry.layer.name).visible;
      this.viewer.imageryLayers.add(entry.imagery);
    }
    this.#applyTerrain();
    layerState(entry.layer.name).tilesLoaded = true; // the globe loads terrain tiles on demand
  }

  /**
   * One terrain at a time (Cesium has one globe): the visible terrain layer whose region holds
   * the place being looked at (the last fly-to target), else the first visible one.
   */
  #applyTerrain() {
    const visible = [...this.entries.values()].filter(
      (entry) => entry.terrain && layerState(entry.layer.name).visible,
    );
    const focus = this.focus;
    const holdsFocus = (entry) => {
      const r = entry.layer.meta?.region;
      return Boolean(focus) && isRegion(r) && focus.longitude >= r[0] && focus.longitude <= r[2]
        && focus.latitude >= r[1] && focus.latitude <= r[3];
    };
    const shown = visible.find(holdsFocus) ?? visible[0];
    this.ellipsoid ??= new Cesium.EllipsoidTerrainProvider();
    const provider = shown ? shown.terrain : this.ellipsoid;
    if (this.viewer.scene.terrainProvider !== provider) {
      this.viewer.scene.terrainProvider = provider;
    }
  }


  /** Take a layer off the globe and forget it. */
  remove(name) {
    const entry = this.entries.get(name);
    if (!entry) return;
    this.entries.delete(name);
    this.#unload(entry);
    const status = layerState(name);
    Object.assign(status, { loaded: false, tilesLoaded: false, visible: false });
    this.onChange(name);
  }

  /** Show or hide a layer without unloading it. */
  setVisible(name, visible) {
    const entry = this.entries.get(name);
    const status = layerState(name);
    status.visible = Boolean(visible);
    if (entry?.tileset) entry.tileset.show = status.visible;
    if (entry?.terrain) this.#applyTerrain();
    if (entry?.imagery) entry.imagery.show = status.visible;
    this.viewer.scene.requestRender();
    this.onChange(name);
  }

  has(name) {
    return this.entries.has(name);
  }

  layers() {
    return [...this.entries.values()].map((entry) => entry.layer);
  }

  /** The layer description a tileset belongs to (used by picking). */
  layerOfTileset(tileset) {
    for (const entry of this.entries.values()) if (entry.tileset === tileset) return entry.layer;
    return null;
  }

  /**
   * Resolve true once every shown tileset (and, with globe, the globe's terrain and imagery) has
   * loaded all the tiles the current view needs, checked after a fresh frame so that a camera
   * move just before the call counts; false after timeoutMs. Keeps requesting frames meanwhile,
   * as requestRenderMode would otherwise idle.
   */
  whenTilesLoaded({ timeoutMs = 30000, globe = true } = {}) {
    const scene = this.viewer.scene;
    const started = performance.now();
    return new Promise((resolve) => {
      const removeListener = scene.postRender.addEventListener(() => {
        const shown = [...this.entries.values()].filter((entry) => entry.tileset?.show);
        const done =
          shown.every((entry) => entry.tileset.tilesLoaded) && (!globe || scene.globe.tilesLoaded);
        if (done || performance.now() - started > timeoutMs) {
          removeListener();
          resolve(done);
        } else {
          scene.requestRender();
        }
      });
      scene.requestRender();
    });
  }

  /**
   * Where "Go to" looks for a layer: its region; for terrain, the other layers on it when there
   * are any (a DEM tile is often mostly sea or countryside around the city: Monaco's SRTM tile
   * framed whole is the sea from 89 km).
   */
  #placeOf(layer) {
    const region = layer.meta?.region;
    if (layer.kind !== "terrain" || !isRegion(region)) return region;
    const inside = this.layers()
      .filter((other) => other.kind !== "terrain")
      .map((other) => other.meta?.region)
      .filter((r) => isRegion(r) && regionHolds(region, r));
    return inside.length ? unionRegion(inside) : region;
  }

  /**
   * Fly to a layer: to its place (#placeOf) when it has a published region, else to the loaded
   * tileset's bounding sphere. Resolves true when the flight ends, false if it was cancelled or impossible.
   */
  flyTo(name, options) {
    const entry = this.entries.get(name);
    if (!entry) return Promise.resolve(false);
    const region = this.#placeOf(entry.layer);
    let sphere = null;
    if (isRegion(region)) sphere = sphereFromRegion(region);
    else if (entry.tileset) sphere = entry.tileset.boundingSphere;
    if (!sphere) return Promise.resolve(false);
    return this.#flyToSphere(sphere, FLY_MAX_RANGE[entry.layer.kind] ?? Infinity, options);
  }

  #flyToSphere(sphere, maxRange, { duration = 1.5 } = {}) {
    this.focus = Cesium.Cartographic.fromCartesian(sphere.center);
    this.#applyTerrain(); // the ground of the place we fly to
    const range = Math.min(Math.max(sphere.radius * 2.2, 50), maxRange);
    return new Promise((resolve) => {
      this.viewer.camera.flyToBoundingSphere(sphere, {
        offset: new Cesium.HeadingPitchRange(0, FLY_PITCH, range),
        duration,
        complete: () => resolve(true),
        cancel: () => resolve(false),
      });
      this.viewer.scene.requestRender();
    });
  }
}
