/**
 * The only module that knows the server's URLs. Everything is resolved against the page's origin,
 * so the viewer works wherever the server is mounted on the same host.
 */

const LAYERS_PATH = "/api/layers";

/** An error from the server, carrying the RFC 9457 problem body when there is one. */
export class ApiError extends Error {
  constructor(message, { status, problem } = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

function absolute(path) {
  return new URL(path, window.location.origin).href;
}

async function getJson(path) {
  let response;
  try {
    response = await fetch(absolute(path), { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new ApiError(`${path}: ${error.message}`);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    const detail = problem?.detail || problem?.title || response.statusText;
    throw new ApiError(`${path}: HTTP ${response.status} ${detail}`, {
      status: response.status,
      problem,
    });
  }
  return response.json();
}

/**
 * The published layers: [{name, kind, title, version, created_at, url, meta}], with url made
 * absolute so Cesium resolves the tileset's relative content URIs against it.
 */
export async function fetchLayers() {
  const body = await getJson(LAYERS_PATH);
  return (body.layers || []).map((layer) => ({
    ...layer,
    title: layer.title || layer.name,
    meta: layer.meta || {},
    url: absolute(layer.url),
  }));
}

/** One layer with its version history. */
export async function fetchLayer(name) {
  return getJson(`${LAYERS_PATH}/${encodeURIComponent(name)}`);
}

/** Trace a pipe network from a node or segment id: {nodes, segments} reached. */
export async function fetchTrace(layer, from, direction = "down") {
  const query = new URLSearchParams({ from, direction });
  return getJson(`/api/networks/${encodeURIComponent(layer)}/trace?${query}`);
}

/** The valves that isolate a segment and the segments cut off: {valves, section, segments}. */
export async function fetchIsolation(layer, segment) {
  const query = new URLSearchParams({ segment });
  return getJson(`/api/networks/${encodeURIComponent(layer)}/isolate?${query}`);
}
