/**
 * Composition only: i18n, the globe, layers, picking and the panels, wired together.
 * State for tests and debugging is window.twinViewer (see state.js).
 */

import { fetchLayers } from "./api.js";
import { createGlobe, isSoftwareRenderer } from "./globe.js";
import { LOCALES, getLocale, initI18n, onLocaleChange, setLocale, t } from "./i18n.js";
import { createPipesTools } from "./kinds/pipes.js";
import { createPointCloudTools } from "./kinds/pointcloud.js";
import { LayerManager } from "./layers.js";
import { createAttributesPanel } from "./panels/attributes.js";
import { createLayersPanel } from "./panels/layers.js";
import { createMessagesPanel } from "./panels/messages.js";
import { createSigninPanel } from "./panels/signin.js";
import { createUploadPanel } from "./panels/upload.js";
import { Picker } from "./picking.js";
import { isUnauthorized, onUnauthorized } from "./session.js";
import { describeError as detail, layerState, reportError, state } from "./state.js";

function watchUnexpectedErrors() {
  window.addEventListener("error", (event) =>
    reportError("unexpected", "errors.unexpected", { detail: event.message }),
  );
  window.addEventListener("unhandledrejection", (event) =>
    reportError("unexpected", "errors.unexpected", { detail: detail(event.reason) }),
  );
}

function setupLocaleSelect(select) {
  for (const [code, name] of Object.entries(LOCALES)) select.add(new Option(name, code));
  const label = () => select.setAttribute("aria-label", t("app.language"));
  select.value = getLocale();
  label();
  onLocaleChange(label);
  select.addEventListener("change", () => setLocale(select.value));
}

function setupUploadToggle(button, panel) {
  button.addEventListener("click", () => {
    panel.hidden = !panel.hidden;
    button.setAttribute("aria-expanded", String(!panel.hidden));
  });
}

/**
 * Layers new to the list, or published again: their URL pins the version (/tiles/name@version/),
 * so a new URL is a new version, which replaces the old one on the globe.
 */
function changedLayers(manager, list) {
  const known = new Map(manager.layers().map((layer) => [layer.name, layer]));
  return list.filter((layer) => known.get(layer.name)?.url !== layer.url);
}

async function main() {
  watchUnexpectedErrors();
  await initI18n().catch((error) =>
    reportError("unexpected", "errors.unexpected", { detail: detail(error) }),
  );
  setupLocaleSelect(document.getElementById("localeSelect"));
  createMessagesPanel(document.getElementById("messagesPanel"));
  const attributes = createAttributesPanel(document.getElementById("attributesPanel"));
  // Uploads work without the globe; what a finished job published is added once it is up.
  let refreshLayers = async () => {};
  const signin = createSigninPanel(
    document.getElementById("signinPanel"),
    document.getElementById("signinToggle"),
    { onSignedIn: () => refreshLayers() },
  );
  onUnauthorized(() => signin.show());
  let flyTo = () => {};
  const uploadPanel = document.getElementById("uploadPanel");
  setupUploadToggle(document.getElementById("uploadToggle"), uploadPanel);
  const uploads = createUploadPanel(uploadPanel, {
    onPublished: () => refreshLayers(),
    onFlyTo: (name) => flyTo(name),
  });
  state.jobs = uploads.tracker;

  let viewer;
  try {
    state.softwareRendering = isSoftwareRenderer();
    viewer = createGlobe("cesiumContainer", { lowCost: state.softwareRendering });
  } catch (error) {
    reportError("webgl", "errors.webgl", { detail: detail(error) });
    state.ready = true;
    return;
  }
  viewer.scene.renderError.addEventListener((scene, error) =>
    reportError("render", "errors.render", { detail: detail(error) }),
  );

  let layersPanel = null;
  const layers = new LayerManager(viewer, { onChange: (name) => layersPanel?.refresh(name) });
  layersPanel = createLayersPanel(document.getElementById("layersPanel"), {
    onToggle: (name, visible) => layers.setVisible(name, visible),
    onFlyTo: (name) => layers.flyTo(name),
  });
  const pipes = createPipesTools(document.getElementById("pipesPanel"), { viewer, layers });
  const pointclouds = createPointCloudTools(document.getElementById("pointcloudPanel"), {
    viewer,
    layers,
  });
  const picker = new Picker(viewer, layers, {
    onPick: (result) => {
      attributes.show(result);
      pipes.onPick(result);
    },
  });

  Object.assign(state, {
    viewer,
    pickAt: (x, y) => picker.pickAt(x, y),
    clearSelection: () => picker.clear(),
    flyTo: (name, options) => layers.flyTo(name, options),
    whenTilesLoaded: (options) => layers.whenTilesLoaded(options),
    setVisible: (name, visible) => layers.setVisible(name, visible),
    pipes,
    pointclouds,
  });

  // A job that succeeded published a layer, or the user signed in: fetch the list again and
  // add what is new. The first time there is something to show, start on it.
  let started = false;
  refreshLayers = async () => {
    let list;
    try {
      list = await fetchLayers();
    } catch (error) {
      // A 401 has opened the sign-in box (api.js); it is not a problem to list.
      if (!isUnauthorized(error)) {
        reportError("layersFetch", "errors.layersFetch", { detail: detail(error) });
      }
      // null: the list could not be fetched (not "nothing published yet").
      if (!started) layersPanel.setLayers(null);
      return;
    }
    layersPanel.setLayers(list);
    const fresh = changedLayers(layers, list);
    // Start where the user asked (?layer=NAME), else on the city: the first buildings layer.
    const wanted = new URLSearchParams(window.location.search).get("layer");
    const start = started
      ? null
      : list.find((layer) => layer.name === wanted)
        ?? list.find((layer) => layer.kind === "buildings")
        ?? list[0];
    // The server says what is shown at first (point clouds and pipes wait until asked for); the
    // layer we start on is always shown.
    // A new version of a layer on the globe keeps the visibility the user gave it.
    const shown = (layer) =>
      layers.has(layer.name)
        ? layerState(layer.name).visible
        : layer === start || layer.shown_at_start !== false;
    const adding = fresh.map((layer) => layers.add(layer, { visible: shown(layer) }));
    if (start) {
      started = true;
      const index = fresh.indexOf(start);
      if (index >= 0) await adding[index];
      await layers.flyTo(start.name, { duration: 0 });
      // Home is the city we started on, not Cesium's default view of the whole Earth.
      viewer.homeButton?.viewModel.command.beforeExecute.addEventListener((command) => {
        command.cancel = true;
        layers.flyTo(start.name);
      });
    }
    await Promise.all(adding);
    pipes.setLayers(list);
    pointclouds.setLayers(list);
  };
  await refreshLayers();
  flyTo = (name) => layers.flyTo(name);
  state.refreshLayers = () => refreshLayers();
  state.ready = true;
}

main().catch((error) => {
  reportError("unexpected", "errors.unexpected", { detail: detail(error) });
  state.ready = true;
});
