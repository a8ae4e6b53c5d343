/**
 * The upload panel: a surveyor's token, files dropped or picked (each sent with tus, with its
 * progress), a job form (kind preselected from the sniffed file, layer name, optional CRS), and
 * the token's jobs with their progress, state, error and a cancel button. A job that succeeds
 * calls onPublished(job), which puts its layer in the layer list; "Go to" flies there.
 */

import { formatNumber, onLocaleChange, t } from "../i18n.js";
import { onTokenChange } from "../session.js";
import { state } from "../state.js";
import {
  JOB_KINDS,
  JobTracker,
  LAYER_NAME,
  describeError,
  isActive,
  jobKindFor,
  jobSpec,
  loadToken,
  saveToken,
  startTransfer,
} from "../uploads.js";

function element(tag, className, attributes = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return Object.assign(node, attributes);
}

/** A layer name from a file name: "Survey 2026.laz" -> "survey-2026". */
export function layerNameFor(filename) {
  const stem = filename.replace(/\.[^.]*$/, "").toLowerCase();
  return stem.replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+/, "").slice(0, 64) || "survey";
}

function percent(fraction) {
  return `${formatNumber(Math.round(fraction * 1000) / 10)}%`;
}

/**
 * @param {HTMLElement} root
 * @param {{onPublished: (job) => Promise<void>, onFlyTo: (name) => void}} actions
 */
export function createUploadPanel(root, { onPublished, onFlyTo }) {
  const transfers = []; // {file, sent, total, status, info, error, row}
  const jobRows = new Map(); // job id -> the row's live elements
  const published = new Set(); // layers of jobs whose publication reached the layer list
  let kindTouched = false;

  const heading = element("h2");
  const tokenLabel = element("label", "upload-field");
  const tokenText = element("span");
  const token = element("input", "", { type: "password", id: "uploadToken", autocomplete: "off" });
  token.value = loadToken();
  tokenLabel.append(tokenText, token);

  const drop = element("div", "upload-drop");
  const dropText = element("p");
  const pickLabel = element("label", "upload-pick");
  const pickText = element("span");
  const picker = element("input", "", { type: "file", id: "uploadFiles", multiple: true });
  pickLabel.append(pickText, picker);
  drop.append(dropText, pickLabel);
  const fileList = element("ul", "upload-list");

  const form = element("form", "job-form", { hidden: true, noValidate: true });
  const kindLabel = element("label", "upload-field");
  const kindText = element("span");
  const kind = element("select", "", { id: "jobKind" });
  for (const name of JOB_KINDS) kind.add(new Option(name, name));
  kindLabel.append(kindText, kind);
  const layerLabel = element("label", "upload-field");
  const layerText = element("span");
  const layer = element("input", "", { id: "jobLayer", autocomplete: "off", spellcheck: false });
  layerLabel.append(layerText, layer);
  const crsLabel = element("label", "upload-field");
  const crsText = element("span");
  const crs = element("input", "", { id: "jobCrs", autocomplete: "off", spellcheck: false });
  crsLabel.append(crsText, crs);
  const submit = element("button", "job-start", { type: "submit" });
  const formError = element("p", "upload-error job-form-error", { hidden: true });
  form.append(kindLabel, layerLabel, crsLabel, submit, formError);

  const jobsHeading = element("h3");
  const jobsError = element("p", "upload-error jobs-error", { hidden: true });
  const jobsEmpty = element("p", "panel-hint");
  const jobList = element("ul", "job-list");
  root.replaceChildren(heading, tokenLabel, drop, fileList, form, jobsHeading, jobsError,
    jobsEmpty, jobList); // prettier-ignore

  const tracker = new JobTracker({
    onChange: () => renderJobs(),
    onSucceeded: (job) => {
      if (!job.layer) return;
      onPublished(job).then(() => {
        published.add(job.layer);
        renderJobs();
      });
    },
  });

  function publish() {
    state.uploads = {
      transfers: transfers.map(({ file, sent, total, status, info, error }) => ({
        name: file.name, sent, total, status, kind: info?.kind ?? null, error,
      })), // prettier-ignore
      jobs: tracker.list(),
      published: [...published],
    };
  }

  // --- files ---

  function updateTransfer(item) {
    const { row } = item;
    row.progress.max = item.total || 1;
    row.progress.value = item.sent;
    row.percent.textContent = percent(item.total ? item.sent / item.total : 0);
    row.status.className = `upload-status upload-status-${item.status}`;
    const kindName = item.info?.kind;
    row.status.textContent = t(`upload.status.${item.status}`, { kind: kindName ?? "" });
    row.error.hidden = !item.error;
    row.error.textContent = item.error ?? "";
    row.use.hidden = item.status !== "complete";
    row.checkbox.hidden = item.used;
    row.useText.textContent = t(item.used ? "upload.used" : "upload.use");
    row.size.textContent = t("upload.size", { size: formatNumber(item.file.size / 1048576) });
  }

  function usable() {
    return transfers.filter((item) => item.status === "complete" && !item.used);
  }

  function updateForm() {
    const ready = usable();
    form.hidden = ready.length === 0;
    const chosen = ready.filter((item) => item.row.checkbox.checked);
    submit.disabled = chosen.length === 0;
    if (!kindTouched && chosen[0]) kind.value = jobKindFor(chosen[0].info.kind) ?? kind.value;
    if (!layer.value && chosen[0]) layer.value = layerNameFor(chosen[0].file.name);
    publish();
  }

  function addFile(file) {
    const item = { file, sent: 0, total: file.size, status: "sending", info: null, used: false };
    const row = { item: element("li", "upload-row") };
    row.item.dataset.file = file.name;
    row.name = element("span", "upload-name", { textContent: file.name });
    row.size = element("span", "upload-size");
    row.progress = element("progress", "upload-progress");
    row.percent = element("span", "upload-percent");
    row.status = element("span");
    row.error = element("p", "upload-error");
    row.use = element("label", "upload-use");
    row.checkbox = element("input", "", { type: "checkbox", checked: true });
    row.useText = element("span");
    row.use.append(row.checkbox, row.useText);
    row.checkbox.addEventListener("change", updateForm);
    row.item.append(row.name, row.size, row.progress, row.percent, row.status, row.use, row.error);
    item.row = row;
    transfers.push(item);
    fileList.append(row.item);
    updateTransfer(item);
    publish();
    item.transfer = startTransfer(file, token.value.trim(), {
      onProgress(sent, total) {
        Object.assign(item, { sent, total, status: sent < total ? "sending" : "checking" });
        updateTransfer(item);
        publish();
      },
      onDone(info) {
        Object.assign(item, { info, status: info.state === "complete" ? "complete" : "failed" });
        if (info.problem) item.error = describeError({ status: 422, problem: info.problem });
        updateTransfer(item);
        updateForm();
      },
      onError(error) {
        Object.assign(item, { status: "failed", error: describeError(error) });
        updateTransfer(item);
        updateForm();
      },
    });
  }

  function addFiles(files) {
    for (const file of files) addFile(file);
  }

  // --- jobs ---

  function buildJobRow(job) {
    const row = { item: element("li", "job-row") };
    row.item.dataset.job = job.id;
    row.title = element("span", "job-title");
    row.badge = element("span");
    row.progress = element("progress", "job-progress", { max: 1 });
    row.step = element("span", "job-step");
    row.error = element("p", "upload-error job-error");
    row.cancel = element("button", "job-cancel", { type: "button" });
    row.cancel.addEventListener("click", () => {
      row.cancel.disabled = true;
      tracker.cancel(job.id);
    });
    row.fly = element("button", "job-fly", { type: "button" });
    row.fly.addEventListener("click", () => onFlyTo(row.job.layer));
    row.item.append(row.title, row.badge, row.progress, row.step, row.cancel, row.fly, row.error);
    jobRows.set(job.id, row);
    return row;
  }

  function updateJobRow(row, job) {
    row.job = job;
    row.title.textContent = t("upload.jobTitle", { layer: job.layer ?? "—", kind: job.kind });
    row.badge.className = `job-state job-state-${job.state}`;
    row.badge.textContent = t(`upload.job.${job.state}`);
    const done = job.state === "succeeded";
    row.progress.value = done ? 1 : (job.progress ?? 0);
    const items = job.items_total
      ? t("upload.items", { done: formatNumber(job.items_done), total: formatNumber(job.items_total) })
      : ""; // prettier-ignore
    row.step.textContent = isActive(job) ? [job.step, items].filter(Boolean).join(" · ") : "";
    row.error.hidden = !job.error;
    row.error.textContent = job.error ? t("upload.jobFailed", { detail: job.error }) : "";
    row.cancel.hidden = !isActive(job);
    row.cancel.disabled = job.cancel_requested;
    row.cancel.textContent = t(job.cancel_requested ? "upload.cancelling" : "upload.cancel");
    row.fly.hidden = !(done && published.has(job.layer));
    row.fly.textContent = t("layers.flyTo");
  }

  function renderJobs() {
    const jobs = tracker.list();
    const ids = new Set(jobs.map((job) => job.id));
    for (const [id, row] of jobRows) {
      if (!ids.has(id)) {
        row.item.remove();
        jobRows.delete(id);
      }
    }
    const items = jobs.map((job) => {
      const row = jobRows.get(job.id) ?? buildJobRow(job);
      updateJobRow(row, job);
      return row.item;
    });
    // Re-append only when the order changed, so a click in progress survives a poll.
    if (items.some((item, index) => jobList.children[index] !== item)) jobList.append(...items);
    jobsEmpty.hidden = jobs.length > 0;
    jobsError.hidden = !tracker.error;
    jobsError.textContent = tracker.error ?? "";
    publish();
  }

  async function startJob(event) {
    event.preventDefault();
    formError.hidden = true;
    const name = layer.value.trim();
    if (!LAYER_NAME.test(name)) {
      formError.textContent = t("upload.badLayer");
      formError.hidden = false;
      layer.focus();
      return;
    }
    const chosen = usable().filter((item) => item.row.checkbox.checked);
    const spec = jobSpec({
      kind: kind.value,
      layer: name,
      crs: crs.value.trim(),
      uploads: chosen.map((item) => item.info.id),
    });
    submit.disabled = true;
    try {
      await tracker.start(spec);
      for (const item of chosen) {
        item.used = true;
        updateTransfer(item);
      }
      layer.value = "";
      kindTouched = false;
    } catch (error) {
      formError.textContent = describeError(error);
      formError.hidden = false;
    }
    updateForm();
  }

  // --- wiring ---

  function label() {
    heading.textContent = t("upload.title");
    tokenText.textContent = t("upload.token");
    token.placeholder = t("upload.tokenHint");
    dropText.textContent = t("upload.drop");
    pickText.textContent = t("upload.pick");
    kindText.textContent = t("upload.kind");
    for (const option of kind.options) option.textContent = t(`upload.kind.${option.value}`);
    layerText.textContent = t("upload.layer");
    layer.placeholder = t("upload.layerHint");
    crsText.textContent = t("upload.crs");
    crs.placeholder = t("upload.crsHint");
    submit.textContent = t("upload.start");
    jobsHeading.textContent = t("upload.jobs");
    jobsEmpty.textContent = t(token.value ? "upload.noJobs" : "upload.needToken");
    for (const item of transfers) updateTransfer(item);
    renderJobs();
  }

  // Signed in (or out) from the sign-in box: the same session token. Its jobs are loaded when
  // the panel is opened, as a viewer's token may not list jobs (a 403 nobody asked for).
  const loadWhenShown = () => {
    if (!root.hidden && tracker.token !== token.value.trim()) tracker.load(token.value.trim());
  };
  onTokenChange((value) => {
    if (value === token.value.trim()) return;
    token.value = value;
    label();
    loadWhenShown();
  });
  new MutationObserver(loadWhenShown).observe(root, { attributeFilter: ["hidden"] });
  token.addEventListener("change", () => {
    saveToken(token.value.trim());
    tracker.load(token.value.trim());
    label();
  });
  picker.addEventListener("change", () => {
    addFiles(picker.files);
    picker.value = ""; // the same file can be picked again
  });
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("upload-drop-over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("upload-drop-over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("upload-drop-over");
    addFiles(event.dataTransfer.files);
  });
  kind.addEventListener("change", () => (kindTouched = true));
  form.addEventListener("submit", startJob);
  onLocaleChange(label);
  label();
  loadWhenShown();
  return { tracker };
}
