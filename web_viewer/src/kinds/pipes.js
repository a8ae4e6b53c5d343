/**
 * Pipe layers: underground mode, a legend with a toggle per pipeline type, and network tracing.
 *
 * Colours per pipeline type follow CJJ 61-2017 (Chinese technical standard for detecting and
 * surveying urban underground pipelines), appendix B; the tiles carry them as vertex colours, the
 * legend repeats them. Underground mode makes the globe translucent and lets the camera go below
 * the surface. Trace and isolation results from the server are highlighted with a tileset style
 * evaluated per feature (segment id), so nothing is re-downloaded. The style REPLACEs the vertex
 * colour (the type's own colour again, or the highlight): Cesium's default blend multiplies the
 * two, and yellow x orange (heat) stays orange, so a trace on a heat pipe showed nothing.
 */

import { fetchIsolation, fetchTrace } from "../api.js";
import { onLocaleChange, t } from "../i18n.js";
import { reportError } from "../state.js";

const Cesium = window.Cesium;

/** CJJ 61-2017 appendix B: pipeline type -> RGB. */
export const CJJ61_COLORS = {
  water: [0, 255, 255],
  drainage: [76, 57, 38],
  gas: [255, 0, 255],
  heat: [255, 128, 0],
  power: [255, 0, 0],
  telecom: [0, 255, 0],
  industrial: [0, 0, 0],
  tunnel: [0, 0, 0],
  unknown: [102, 0, 204],
};
// Highlights far from every CJJ 61 colour above (none of those is near white, yellow, or a
// light violet-blue), so a result shows on any pipeline type.
const TRACED = Cesium.Color.fromCssColorString("#ffff00");
const CUT_OFF = Cesium.Color.fromCssColorString("#ffffff");
const VALVE = Cesium.Color.fromCssColorString("#8080ff");
const TYPE_COLORS = Object.fromEntries(
  Object.entries(CJJ61_COLORS).map(([type, rgb]) => [type, Cesium.Color.fromBytes(...rgb)]),
);
// Underground mode: the ground near the camera is see-through, the far ground opaque (so the
// horizon stays), and seen from below it is a soil-coloured ceiling, never the black sky and
// stars behind a globe made translucent on both faces.
const GROUND_ALPHA_BY_DISTANCE = new Cesium.NearFarScalar(200.0, 0.3, 4000.0, 1.0);
const SOIL = Cesium.Color.fromCssColorString("#4a3f35");

function button(key, onClick) {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = t(key);
  element.dataset.action = key;
  element.addEventListener("click", onClick);
  return element;
}

/**
 * @param {HTMLElement} root the panel element (hidden until a pipe layer is published)
 * @param {{viewer: Cesium.Viewer, layers: import("../layers.js").LayerManager}} context
 */
export function createPipesTools(root, { viewer, layers }) {
  const scene = viewer.scene;
  const hidden = new Set(); // pipeline types switched off
  const highlight = { ids: new Set(), cutOff: new Set(), valves: new Set(), layer: null };
  const tools = {
    underground: false,
    hiddenTypes: hidden,
    result: null, // {kind: "trace"|"isolate", layer, segments, valves, isolable}
    picked: null, // {layer, id}
  };
  let pipeLayers = [];

  function tilesets() {
    return pipeLayers.map((layer) => layers.entries.get(layer.name)?.tileset).filter(Boolean);
  }

  function styleFor(layerName) {
    const style = new Cesium.Cesium3DTileStyle();
    // Custom expressions: evaluated per feature, reading the sets above (no style rebuild).
    style.show = {
      evaluate: (feature) => !hidden.has(feature.getProperty("type")),
    };
    style.color = {
      evaluateColor: (feature, result) => {
        let color = TYPE_COLORS[feature.getProperty("type")] || TYPE_COLORS.unknown;
        if (highlight.layer === layerName) {
          const id = feature.getProperty("id");
          if (highlight.valves.has(id)) color = VALVE;
          else if (highlight.cutOff.has(id)) color = CUT_OFF;
          else if (highlight.ids.has(id)) color = TRACED;
        }
        return Cesium.Color.clone(color, result);
      },
    };
    return style;
  }

  function restyle() {
    for (const tileset of tilesets()) tileset.makeStyleDirty();
    scene.requestRender();
  }

  function setUnderground(on) {
    tools.underground = Boolean(on);
    const globe = scene.globe;
    globe.translucency.enabled = tools.underground;
    globe.translucency.frontFaceAlphaByDistance = GROUND_ALPHA_BY_DISTANCE;
    globe.translucency.backFaceAlpha = 1.0;
    globe.undergroundColor = SOIL;
    // Let the camera go below the surface. The ground hides what is buried in both states
    // (depth test on): off it is opaque, on it is see-through near the camera.
    scene.screenSpaceCameraController.enableCollisionDetection = !tools.underground;
    globe.depthTestAgainstTerrain = true;
    scene.requestRender();
    render();
  }

  function setTypeVisible(type, visible) {
    if (visible) hidden.delete(type);
    else hidden.add(type);
    restyle();
  }

  function show(kind, layer, body) {
    highlight.layer = layer;
    highlight.ids = new Set(kind === "trace" ? body.segments : body.section);
    highlight.cutOff = new Set(kind === "isolate" ? body.segments : []);
    highlight.valves = new Set(kind === "isolate" ? body.valves : []);
    tools.result = {
      kind,
      layer,
      segments: body.segments.length,
      valves: kind === "isolate" ? body.valves : [],
      isolable: kind === "isolate" ? body.isolable : null,
    };
    restyle();
    render();
    return tools.result;
  }

  async function trace(layer, id, direction) {
    try {
      return show("trace", layer, await fetchTrace(layer, id, direction));
    } catch (error) {
      reportError("network", "pipes.error", { detail: error.message }, { layer });
      return null;
    }
  }

  async function isolate(layer, id) {
    try {
      return show("isolate", layer, await fetchIsolation(layer, id));
    } catch (error) {
      reportError("network", "pipes.error", { detail: error.message }, { layer });
      return null;
    }
  }

  function clear() {
    Object.assign(highlight, { ids: new Set(), cutOff: new Set(), valves: new Set() });
    tools.result = null;
    restyle();
    render();
  }

  function legend() {
    const types = new Set();
    for (const layer of pipeLayers) {
      for (const type of Object.keys(layer.meta?.pipeline_types || {})) types.add(type);
    }
    const list = document.createElement("ul");
    list.className = "pipe-legend";
    for (const type of [...types].sort()) {
      const item = document.createElement("li");
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = !hidden.has(type);
      box.dataset.pipelineType = type;
      box.addEventListener("change", () => setTypeVisible(type, box.checked));
      const swatch = document.createElement("span");
      swatch.className = "pipe-swatch";
      swatch.style.background = `rgb(${(CJJ61_COLORS[type] || CJJ61_COLORS.unknown).join(",")})`;
      label.append(box, swatch, document.createTextNode(t(`pipes.type.${type}`)));
      item.append(label);
      list.append(item);
    }
    return list;
  }

  function resultText() {
    const result = tools.result;
    const text = document.createElement("p");
    text.className = "pipe-result";
    if (!result) return text;
    text.textContent =
      result.kind === "trace"
        ? t("pipes.traced", { count: result.segments })
        : result.isolable
          ? t("pipes.isolated", { valves: result.valves.join(", "), count: result.segments })
          : t("pipes.notIsolable", { count: result.segments });
    return text;
  }

  function render() {
    root.hidden = pipeLayers.length === 0;
    const heading = document.createElement("h2");
    heading.textContent = t("pipes.title");
    const mode = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = "undergroundMode";
    box.checked = tools.underground;
    box.addEventListener("change", () => setUnderground(box.checked));
    mode.append(box, document.createTextNode(t("pipes.underground")));
    const standard = document.createElement("p");
    standard.className = "panel-hint";
    standard.textContent = t("pipes.standard");
    const parts = [heading, mode, legend(), standard];
    const picked = tools.picked;
    if (picked) {
      const actions = document.createElement("div");
      actions.className = "pipe-actions";
      actions.append(
        button("pipes.traceDown", () => trace(picked.layer, picked.id, "down")),
        button("pipes.traceUp", () => trace(picked.layer, picked.id, "up")),
        button("pipes.traceBoth", () => trace(picked.layer, picked.id, "both")),
        button("pipes.isolate", () => isolate(picked.layer, picked.id)),
        button("pipes.clear", clear),
      );
      parts.push(actions);
    }
    parts.push(resultText());
    root.replaceChildren(...parts);
  }

  /** The published layers changed: style the pipe tilesets and rebuild the legend. */
  function setLayers(published) {
    pipeLayers = published.filter((layer) => layer.kind === "pipes");
    for (const layer of pipeLayers) {
      const tileset = layers.entries.get(layer.name)?.tileset;
      if (!tileset) continue;
      tileset.colorBlendMode = Cesium.Cesium3DTileColorBlendMode.REPLACE;
      tileset.style = styleFor(layer.name);
    }
    render();
  }

  /** A feature was picked: a pipe segment offers trace and isolation. */
  function onPick(result) {
    const isSegment =
      result && pipeLayers.some((l) => l.name === result.layer) &&
      result.properties.element === "segment";
    tools.picked = isSegment ? { layer: result.layer, id: result.properties.id } : null;
    render();
  }

  onLocaleChange(render);
  render();
  return Object.assign(tools, { setLayers, onPick, setUnderground, setTypeVisible, trace,
    isolate, clear });
}
