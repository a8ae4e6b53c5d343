/**
 * The only module that knows the server's URLs. Everything is resolved against the page's origin,
 * so the viewer works wherever the server is mounted on the same host.
 */

import { authHeaders, isUnauthorized, reportUnauthorized } from "./session.js";

const LAYERS_PATH = "/api/layers";
const UPLOADS_PATH = "/api/uploads";
const JOBS_PATH = "/api/jobs";
const TUS_SCRIPT_PATH = "/vendor/tus/tus.min.js";

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

/**
 * Fetch JSON from the server. The token given (a surveyor's), else the session's, goes in
 * Authorization: Bearer, and only to this origin; body is sent as JSON. Errors are ApiErrors
 * with the status and problem body; a read answered 401 asks the user to sign in.
 */
async function getJson(path, { method = "GET", token, body } = {}) {
  const headers = { Accept: "application/json", ...authHeaders() };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(absolute(path), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(`${path}: ${error.message}`);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    const detail = problem?.detail || problem?.title || response.statusText;
    const error = new ApiError(`${path}: HTTP ${response.status} ${detail}`, {
      status: response.status,
      problem,
    });
    if (!token && isUnauthorized(error)) reportUnauthorized();
    throw error;
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

/** Where tus-js-client's browser build is served (a classic script exposing window.tus). */
export function tusScriptUrl() {
  return absolute(TUS_SCRIPT_PATH);
}

/** The tus endpoint uploads are created at (absolute, for tus-js-client). */
export function uploadsEndpoint() {
  return absolute(UPLOADS_PATH);
}

/** An upload's state: {id, filename, size, offset, state, kind, facts, problem, expires}. */
export async function fetchUploadInfo(id, token) {
  return getJson(`${UPLOADS_PATH}/${encodeURIComponent(id)}/info`, { token });
}

/** Queue a job (a job spec: {kind, layer, inputs: {uploads}, options}) -> the job. */
export async function createJob(spec, token) {
  return getJson(JOBS_PATH, { method: "POST", token, body: spec });
}

/** The token's jobs, newest first. */
export async function fetchJobs(token) {
  return (await getJson(JOBS_PATH, { token })).jobs || [];
}

/** One job: {id, kind, layer, state, progress, step, items_done, items_total, error, ...}. */
export async function fetchJob(id, token) {
  return getJson(`${JOBS_PATH}/${encodeURIComponent(id)}`, { token });
}

/** Cancel a queued or running job -> the job. */
export async function cancelJob(id, token) {
  return getJson(`${JOBS_PATH}/${encodeURIComponent(id)}`, { method: "DELETE", token });
}
