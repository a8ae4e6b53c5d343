/**
 * The viewer's observable state, published as window.twinViewer for browser tests and debugging:
 *   ready: boolean               the layer list was fetched and every layer was asked to load
 *   errors: [{kind, message, layer?, url?}]   everything that went wrong, also shown to the user
 *   layers: {name: {loaded, tilesLoaded, visible, failed, url}}   url: the (version-pinned) URL loaded
 *   viewer: the Cesium.Viewer
 *   softwareRendering: boolean   WebGL runs on the CPU, so costly effects are off
 *   pickAt(x, y) -> {layer, layerTitle, featureId, properties} | null
 *                                pick (and select, like a click) at window CSS-pixel coordinates
 *   clearSelection()             no picked feature: what a click on empty sky does
 *   flyTo(name, {duration}) -> Promise<boolean>    fly to a layer; resolves when the flight ends
 *   setVisible(name, visible)                      what the layer checkbox does
 *   whenTilesLoaded({timeoutMs, globe}) -> Promise<boolean>
 *                                the shown tilesets (and the globe) have what this view needs
 */

import { t } from "./i18n.js";

const errorListeners = new Set();

export const state = {
  ready: false,
  errors: [],
  layers: {},
  viewer: null,
  softwareRendering: false,
  pickAt: () => null,
  clearSelection: () => {},
  flyTo: async () => false,
  setVisible: () => {},
  whenTilesLoaded: async () => false,
};

/** The text of an HTTP problem body (RFC 9457) in whatever form Cesium kept the response. */
function problemText(response) {
  let body = response;
  try {
    if (body instanceof ArrayBuffer) body = new TextDecoder().decode(body);
    if (typeof body === "string") body = JSON.parse(body);
  } catch {
    return "";
  }
  return (body && (body.detail || body.title)) || "";
}

/**
 * What went wrong, in words: an Error's message, or for Cesium's RequestErrorEvent (what a failed
 * tileset or terrain request rejects with; it has no message) the HTTP status and the server's
 * problem detail, or that the request never reached the server.
 */
export function describeError(error) {
  if (error instanceof Error && error.message) return error.message;
  if (error && typeof error === "object" && "statusCode" in error) {
    if (error.statusCode === undefined) return t("errors.unreachable");
    const text = problemText(error.response);
    return text ? `HTTP ${error.statusCode}: ${text}` : `HTTP ${error.statusCode}`;
  }
  if (error === undefined || error === null || error === "") return t("errors.noDetail");
  return String(error);
}

/**
 * Record an error for the user and the tests. key/params name an i18n message, so the problems
 * panel can re-translate it; it is logged as a warning (console errors are Cesium's own or bugs).
 */
export function reportError(kind, key, params = {}, extra = {}) {
  const message = t(key, params);
  const entry = { kind, message, key, params, ...extra, time: new Date().toISOString() };
  state.errors.push(entry);
  console.warn(`[twin] ${kind}: ${message}`);
  for (const listener of errorListeners) listener(entry);
  return entry;
}

export function onError(listener) {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

/** The status record of a layer, created on first use. */
export function layerState(name) {
  if (!state.layers[name]) {
    state.layers[name] = { loaded: false, tilesLoaded: false, visible: true, failed: false };
  }
  return state.layers[name];
}

window.twinViewer = state;
