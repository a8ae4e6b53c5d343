/**
 * The layers panel: one row per published layer with a visibility checkbox, its load status,
 * its feature count and a button that flies to it.
 */

import { formatNumber, onLocaleChange, t } from "../i18n.js";
import { layerState } from "../state.js";

function statusKey(status) {
  if (status.failed) return "failed";
  return status.loaded ? "ready" : "loading";
}

/**
 * @param {HTMLElement} root
 * @param {{onToggle: (name, visible) => void, onFlyTo: (name) => void}} actions
 */
export function createLayersPanel(root, { onToggle, onFlyTo }) {
  let layers = null; // null until the list has been fetched
  let failed = false; // the list could not be fetched
  const rows = new Map(); // name -> the row's live elements

  function buildRow(layer) {
    const item = document.createElement("li");
    item.className = "layer-row";
    item.dataset.layer = layer.name;

    const label = document.createElement("label");
    const checkbox = document.createElement("input");
    checkbox.type = "checkbox";
    checkbox.addEventListener("change", () => onToggle(layer.name, checkbox.checked));
    const title = document.createElement("span");
    title.className = "layer-title";
    title.textContent = layer.title;
    label.append(checkbox, title);

    const badge = document.createElement("span");
    const details = document.createElement("span");
    details.className = "layer-details";
    const fly = document.createElement("button");
    fly.type = "button";
    fly.className = "layer-fly";
    fly.addEventListener("click", () => onFlyTo(layer.name));

    item.append(label, badge, details, fly);
    rows.set(layer.name, { layer, checkbox, badge, details, fly });
    updateRow(layer.name);
    return item;
  }

  // Rows are updated in place, never rebuilt, so focus and an in-progress click survive the
  // status changes that arrive while tiles load.
  function updateRow(name) {
    const row = rows.get(name);
    if (!row) return;
    const status = layerState(name);
    const key = statusKey(status);
    row.checkbox.checked = status.visible;
    row.badge.className = `layer-status layer-status-${key}`;
    row.badge.textContent = t(`layers.status.${key}`);
    const count = row.layer.meta?.features;
    row.details.textContent = Number.isFinite(count)
      ? t("layers.features", { count: formatNumber(count) })
      : row.layer.kind;
    row.fly.textContent = t("layers.flyTo");
    row.fly.title = t("layers.flyToLabel", { title: row.layer.title });
    row.fly.setAttribute("aria-label", row.fly.title);
    row.fly.disabled = status.failed;
  }

  function render() {
    rows.clear();
    const heading = document.createElement("h2");
    heading.textContent = t("layers.title");
    const body = document.createElement(layers && layers.length ? "ul" : "p");
    body.className = layers && layers.length ? "layer-list" : "panel-hint";
    if (failed) body.textContent = t("layers.unavailable");
    else if (layers === null) body.textContent = t("layers.loading");
    else if (layers.length === 0) body.textContent = t("layers.empty");
    else body.append(...layers.map(buildRow));
    root.replaceChildren(heading, body);
  }

  onLocaleChange(render);
  render();
  return {
    /** Show this list of layers (the API's layer descriptions); null: the list could not be
     * fetched (not "no layers published yet"). */
    setLayers(list) {
      failed = list === null;
      layers = list;
      render();
    },
    /** Update one layer's row (or every row) after a status change. */
    refresh(name) {
      if (name === undefined) for (const key of rows.keys()) updateRow(key);
      else updateRow(name);
    },
  };
}
