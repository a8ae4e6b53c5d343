/**
 * The attributes panel: a table of property id -> value of the picked feature.
 * Missing values (null, undefined, "", NaN: what Cesium returns for noData) show as "—".
 */

import { formatNumber, onLocaleChange, t } from "../i18n.js";

export const EMPTY_VALUE = "—";

/** The text shown for one property value. */
export function formatValue(value) {
  if (value === null || value === undefined || value === "") return EMPTY_VALUE;
  if (typeof value === "boolean") return t(value ? "attributes.true" : "attributes.false");
  if (typeof value === "number") {
    return Number.isFinite(value) ? formatNumber(value, { grouping: false }) : EMPTY_VALUE;
  }
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join(", ") : EMPTY_VALUE;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** @param {HTMLElement} root */
export function createAttributesPanel(root) {
  let picked = null; // {layer, layerTitle, featureId, properties} | null

  function table(properties) {
    const element = document.createElement("table");
    element.className = "attribute-table";
    const head = element.createTHead().insertRow();
    for (const key of ["attributes.property", "attributes.value"]) {
      const cell = document.createElement("th");
      cell.scope = "col";
      cell.textContent = t(key);
      head.append(cell);
    }
    const body = element.createTBody();
    for (const [id, value] of Object.entries(properties)) {
      const row = body.insertRow();
      row.dataset.property = id;
      const name = document.createElement("th");
      name.scope = "row";
      name.textContent = id;
      const cell = row.insertCell();
      cell.className = "attribute-value";
      cell.textContent = formatValue(value);
      row.prepend(name);
    }
    return element;
  }

  function render() {
    const heading = document.createElement("h2");
    heading.textContent = t("attributes.title");
    const parts = [heading];
    if (!picked) {
      const hint = document.createElement("p");
      hint.className = "panel-hint";
      hint.textContent = t("attributes.hint");
      parts.push(hint);
    } else {
      const source = document.createElement("p");
      source.className = "attribute-layer";
      source.textContent = t("attributes.layer", { layer: picked.layerTitle || picked.layer });
      parts.push(source);
      if (Object.keys(picked.properties).length === 0) {
        const none = document.createElement("p");
        none.className = "panel-hint";
        none.textContent = t("attributes.none");
        parts.push(none);
      } else {
        parts.push(table(picked.properties));
      }
    }
    root.replaceChildren(...parts);
    root.classList.toggle("has-selection", Boolean(picked));
  }

  onLocaleChange(render);
  render();
  return {
    /** Show a pick result, or the hint when nothing is picked. */
    show(result) {
      picked = result;
      render();
      // The sidebar scrolls: a click must show its result without the user looking for it.
      if (result) root.scrollIntoView({ block: "nearest" });
    },
  };
}
