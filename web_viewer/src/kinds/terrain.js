/**
 * Terrain layers: what goes with a quantized-mesh layer beyond CesiumTerrainProvider itself.
 * A layer.json naming "twin:imagery" (an orthophoto tiled beside the terrain, geographic TMS)
 * gets that imagery draped on the globe while the terrain is shown.
 */

import { authHeaders, serverResource } from "../session.js";

const Cesium = window.Cesium;

/**
 * The orthophoto of a terrain layer as an ImageryLayer, or null when it has none.
 * @param {string} layerUrl absolute URL of the layer's layer.json
 */
export async function terrainImagery(layerUrl) {
  const response = await fetch(layerUrl, {
    headers: { Accept: "application/json", ...authHeaders() },
  });
  if (!response.ok) {
    throw Object.assign(new Error(`${layerUrl}: HTTP ${response.status}`), {
      status: response.status,
    });
  }
  const imagery = (await response.json())["twin:imagery"];
  if (!imagery) return null;
  const base = layerUrl.replace(/layer\.json$/, "");
  const [west, south, east, north] = imagery.bounds;
  const provider = new Cesium.UrlTemplateImageryProvider({
    // Joined as text: URL() would escape the {z}/{x}/{reverseY} placeholders.
    url: serverResource(base + imagery.url),
    tilingScheme: new Cesium.GeographicTilingScheme(),
    rectangle: Cesium.Rectangle.fromDegrees(west, south, east, north),
    minimumLevel: imagery.minzoom,
    maximumLevel: imagery.maxzoom,
    tileWidth: imagery.tileSize,
    tileHeight: imagery.tileSize,
  });
  return new Cesium.ImageryLayer(provider);
}
