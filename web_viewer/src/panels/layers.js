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

  function row(layer) {
    const status = layerState(layer.name);
    const item = document.createElement("li");
    item.className = "layer-row";
    item.dataset.layer = layer.name;

    const label = document.createElement("label");
    const checkbox = document.createElement("input");
    checkbox.type = "checkbox";
    checkbox.checked = status.visible;
    checkbox.addEventListener("change", () => onToggle(layer.name, checkbox.checked));
    const title = document.createElement("span");
    title.className = "layer-title";
    title.textContent = layer.title;
    label.append(checkbox, title);

    const badge = document.createElement("span");
    const key = statusKey(status);
    badge.className = `layer-status layer-status-${key}`;
    badge.textContent = t(`layers.status.${key}`);

    const details = document.createElement("span");
    details.className = "layer-details";
    const count = layer.meta?.features;
    details.textContent = Number.isFinite(count)
      ? t("layers.features", { count: formatNumber(count) })
      : layer.kind;

    const fly = document.createElement("button");
    fly.type = "button";
    fly.className = "layer-fly";
    fly.textContent = t("layers.flyTo");
    fly.title = t("layers.flyToLabel", { title: layer.title });
    fly.setAttribute("aria-label", fly.title);
    fly.disabled = status.failed;
    fly.addEventListener("click", () => onFlyTo(layer.name));

    item.append(label, badge, details, fly);
    return item;
  }

  function render() {
    const heading = document.createElement("h2");
    heading.textContent = t("layers.title");
    const body = document.createElement(layers && layers.length ? "ul" : "p");
    body.className = layers && layers.length ? "layer-list" : "panel-hint";
    if (layers === null) body.textContent = t("layers.loading");
    else if (layers.length === 0) body.textContent = t("layers.empty");
    else body.append(...layers.map(row));
    root.replaceChildren(heading, body);
  }

  onLocaleChange(render);
  render();
  return {
    /** Show this list of layers (the API's layer descriptions). */
    setLayers(list) {
      layers = list;
      render();
    },
    /** Re-draw after a layer's status changed. */
    refresh: render,
  };
}
