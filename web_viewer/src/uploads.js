/**
 * Uploads and jobs, without the DOM: the surveyor's token (kept in this tab's sessionStorage and
 * sent only to this server), resumable tus transfers with tus-js-client (loaded on first use,
 * from this server), jobs polled every second until they finish, and errors in plain words.
 */

import {
  cancelJob,
  createJob,
  fetchJob,
  fetchJobs,
  fetchUploadInfo,
  tusScriptUrl,
  uploadsEndpoint,
} from "./api.js";
import { t } from "./i18n.js";

const CHUNK_BYTES = 8 * 1024 * 1024;
const RETRY_DELAYS_MS = [0, 1000, 3000, 5000];
export const POLL_MS = 1000;
export const LAYER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
export const JOB_KINDS = ["pointcloud", "buildings", "terrain", "dem-from-survey", "imagery", "pipes"];
const ACTIVE = new Set(["queued", "running"]);
// The job kind a sniffed upload kind usually goes to (ingest_survey/sniff.py's UploadKind).
const JOB_KIND_OF_FILE = {
  las: "pointcloud",
  laz: "pointcloud",
  geotiff: "terrain",
  geopackage: "buildings",
  "shapefile-zip": "buildings",
  geojson: "buildings",
  "epanet-inp": "pipes",
  "swmm-inp": "pipes",
  "pandapipes-json": "pipes",
};
// The option that carries "the CRS of the inputs" per job kind (ingest_survey/job_specs.py).
const CRS_OPTION = { terrain: "survey_crs" };
// Statuses with a plain-words lead of their own (upload.error.STATUS in the locales).
const LEADS = new Set([400, 401, 403, 404, 409, 413, 415, 422, 503]);

export function isActive(job) {
  return ACTIVE.has(job.state);
}

/** The job kind to preselect for an upload's sniffed kind (or null). */
export function jobKindFor(uploadKind) {
  return JOB_KIND_OF_FILE[uploadKind] ?? null;
}

// The token is the session's (sign-in box and upload panel alike).
export { loadToken, saveToken } from "./session.js";

/** The job spec the form describes: the uploads as inputs, the CRS under the kind's option. */
export function jobSpec({ kind, layer, crs, uploads }) {
  const options = {};
  if (crs) options[CRS_OPTION[kind] ?? "crs"] = crs;
  return { kind, layer, inputs: { uploads }, options };
}

function problemOf(error) {
  if (error?.problem) return error.problem;
  const body = error?.originalResponse?.getBody?.();
  try {
    return body ? JSON.parse(body) : null;
  } catch {
    return null;
  }
}

/**
 * An ApiError or a tus-js-client error in plain words: a lead for the status ("token missing or
 * not valid") and the server's problem detail (which names the file or the field).
 */
export function describeError(error) {
  const status = error?.status ?? error?.originalResponse?.getStatus?.();
  const problem = problemOf(error);
  let lead;
  if (LEADS.has(status)) lead = t(`upload.error.${status}`);
  else if (status) lead = t("upload.error.http", { status });
  else lead = t("upload.error.network");
  const detail = problem?.detail || problem?.title || (status ? "" : error?.message || "");
  return detail ? t("upload.error.withDetail", { lead, detail }) : lead;
}

let tusLoading = null;

/** tus-js-client's browser build, loaded once as a classic script (it sets window.tus). */
function loadTus() {
  if (window.tus) return Promise.resolve(window.tus);
  tusLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = tusScriptUrl();
    script.onload = () => resolve(window.tus);
    script.onerror = () => {
      tusLoading = null;
      reject(new Error(t("upload.error.client")));
    };
    document.head.append(script);
  });
  return tusLoading;
}

/**
 * Send one file with tus, resuming an earlier transfer of the same file when tus-js-client
 * remembers one (its fingerprint of name, size and date, in localStorage).
 * The callbacks get: onProgress(sent, total), onDone(info from /api/uploads/{id}/info),
 * onError(error). Returns {abort()}.
 */
export function startTransfer(file, token, { onProgress, onDone, onError }) {
  let upload = null;
  let aborted = false;
  loadTus()
    .then(async (tus) => {
      upload = new tus.Upload(file, {
        endpoint: uploadsEndpoint(),
        chunkSize: CHUNK_BYTES,
        retryDelays: RETRY_DELAYS_MS,
        metadata: { filename: file.name },
        headers: { Authorization: `Bearer ${token}` },
        removeFingerprintOnSuccess: true,
        onProgress,
        onError,
        onSuccess: () => {
          const id = new URL(upload.url).pathname.split("/").pop();
          fetchUploadInfo(id, token).then(onDone, onError);
        },
      });
      const previous = await upload.findPreviousUploads();
      if (previous.length) upload.resumeFromPreviousUpload(previous[0]);
      if (!aborted) upload.start();
    })
    .catch(onError);
  return {
    abort() {
      aborted = true;
      upload?.abort();
    },
  };
}

/**
 * The token's jobs, kept fresh: each queued or running job is polled every POLL_MS until it
 * finishes. onChange() after any change; onSucceeded(job) once per job that succeeds here.
 */
export class JobTracker {
  constructor({ onChange = () => {}, onSucceeded = () => {} } = {}) {
    this.onChange = onChange;
    this.onSucceeded = onSucceeded;
    this.jobs = new Map(); // id -> job, as the API describes it
    this.token = "";
    this.timer = null;
    this.error = null; // the last failure to list or poll, in plain words
  }

  list() {
    return [...this.jobs.values()].sort((a, b) => b.created_at.localeCompare(a.created_at));
  }

  /** Forget the jobs and load the ones of this token. */
  async load(token) {
    this.token = token;
    this.jobs.clear();
    this.error = null;
    if (token) {
      try {
        for (const job of await fetchJobs(token)) this.jobs.set(job.id, job);
      } catch (error) {
        this.error = describeError(error);
      }
    }
    this.onChange();
    this.#schedule();
  }

  /** Queue a job from a spec; throws an ApiError the caller shows. */
  async start(spec) {
    const job = await createJob(spec, this.token);
    this.jobs.set(job.id, job);
    this.onChange();
    this.#schedule();
    return job;
  }

  async cancel(id) {
    try {
      this.#update(await cancelJob(id, this.token));
    } catch (error) {
      this.error = describeError(error);
      this.onChange();
    }
  }

  #update(job) {
    const before = this.jobs.get(job.id);
    this.jobs.set(job.id, job);
    if (job.state === "succeeded" && before && before.state !== "succeeded") this.onSucceeded(job);
    this.onChange();
    this.#schedule();
  }

  #schedule() {
    if (this.timer || !this.list().some(isActive)) return;
    this.timer = setTimeout(() => this.#poll(), POLL_MS);
  }

  async #poll() {
    const token = this.token;
    const active = this.list().filter(isActive);
    try {
      const fresh = await Promise.all(active.map((job) => fetchJob(job.id, token)));
      this.timer = null;
      if (token !== this.token) return; // the token changed meanwhile: those jobs are gone
      this.error = null;
      for (const job of fresh) this.#update(job);
      this.#schedule();
    } catch (error) {
      this.timer = null;
      this.error = describeError(error);
      this.onChange();
      if (error?.status !== 401 && error?.status !== 403) this.#schedule(); // try again
    }
  }
}
