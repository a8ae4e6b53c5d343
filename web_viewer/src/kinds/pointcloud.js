/**
 * Point cloud layers: a colour mode switch (survey RGB, ASPRS classification, elevation) and a
 * point size, for every published `pointcloud` layer.
 *
 * Legacy pnts tiles are coloured with a Cesium3DTileStyle, which CesiumJS compiles into the point
 * shader (their batch table names match the glTF properties: `classification`, `intensity`,
 * `return_number`). CesiumJS evaluates a style on glTF content once per model on the CPU, not
 * per point, so glTF tiles get the same colours from a CustomShader reading their
 * EXT_structural_metadata property attributes. Elevation uses the distance from the earth's
 * centre against the layer's published height range: no per-point height attribute needed.
 * Points are attenuated by their tile's geometric error (point cloud shading); the size slider
 * caps that attenuation. Every LAS dimension (GPS time, flight line, scan angle, extra bytes...)
 * is in each glTF tile's property table, one row per point; points are not pickable yet
 * (implicit feature IDs stall CesiumJS on 50,000-point tiles: tiling/gltf.py PICKABLE_POINTS).
 */

import { onLocaleChange, t } from "../i18n.js";

const Cesium = window.Cesium;

/** ASPRS LAS 1.4 classes -> CSS colour (R15 table, common surveying colours). */
export const CLASS_COLORS = {
  1: "#b0b0b0", // unclassified
  2: "#a0522d", // ground
  3: "#9acd32", // low vegetation
  4: "#3cb371", // medium vegetation
  5: "#1e7b1e", // high vegetation
  6: "#e34a33", // building
  7: "#ff00ff", // low point (noise)
  9: "#3182bd", // water
  17: "#ffd700", // bridge deck
  26: "#ffa500", // reserved, used by AHN for bridges/viaducts
};
export const COLOR_MODES = ["rgb", "classification", "elevation"];
const DEFAULT_SIZE = 4;

/** The style of one colour mode; `heights` is [min, max] ellipsoidal height in metres. */
export function styleFor(mode, heights = Object.assign([0, 100], { radius: 0 }), size = DEFAULT_SIZE) {
  if (mode === "classification") {
    const conditions = Object.entries(CLASS_COLORS).map(([code, css]) => [
      `\${classification} === ${code}`,
      `color('${css}')`,
    ]);
    conditions.push(["true", "color('#d9d9d9')"]);
    return new Cesium.Cesium3DTileStyle({ color: { conditions }, pointSize: size });
  }
  if (mode === "elevation") {
    // Height above the ellipsoid, approximated by the distance from the earth's centre minus
    // the radius at the layer (metres of error only over hundreds of kilometres).
    const [low, high] = heights;
    const span = Math.max(high - low, 1);
    const level = `clamp((length(\${POSITION_ABSOLUTE}) - ${heights.radius.toFixed(3)} - ${low}) / ${span}, 0.0, 1.0)`;
    const low2mid = `clamp(${level} * 2.0, 0.0, 1.0)`;
    const mid2high = `clamp(${level} * 2.0 - 1.0, 0.0, 1.0)`;
    return new Cesium.Cesium3DTileStyle({
      color: `mix(mix(color('#2c7bb6'), color('#ffffbf'), ${low2mid}), color('#d7191c'), ${mid2high})`,
      pointSize: size,
    });
  }
  return new Cesium.Cesium3DTileStyle({ pointSize: size }); // the survey's own colours
}

function glslColor(css) {
  const c = Cesium.Color.fromCssColorString(css);
  return `vec3(${c.red.toFixed(4)}, ${c.green.toFixed(4)}, ${c.blue.toFixed(4)})`;
}

/** The custom shader of one colour mode for glTF point tiles (undefined: the survey colours). */
export function shaderFor(mode, heights = Object.assign([0, 100], { radius: 0 })) {
  if (mode === "rgb") return undefined;
  const classes = Object.entries(CLASS_COLORS)
    .map(([code, css]) => `  if (abs(c - ${code}.0) < 0.5) return ${glslColor(css)};`)
    .join("\n");
  const body =
    mode === "classification"
      ? "material.diffuse = classColor(float(fsInput.metadata.classification));"
      : `float level = clamp((length(fsInput.attributes.positionWC) - u_radius - u_low) / u_span,
                       0.0, 1.0);
  vec3 lowToMid = mix(${glslColor("#2c7bb6")}, ${glslColor("#ffffbf")}, clamp(level * 2.0, 0.0, 1.0));
  material.diffuse = mix(lowToMid, ${glslColor("#d7191c")}, clamp(level * 2.0 - 1.0, 0.0, 1.0));`;
  return new Cesium.CustomShader({
    lightingModel: Cesium.LightingModel.UNLIT,
    uniforms: {
      u_radius: { type: Cesium.UniformType.FLOAT, value: heights.radius },
      u_low: { type: Cesium.UniformType.FLOAT, value: heights[0] },
      u_span: { type: Cesium.UniformType.FLOAT, value: Math.max(heights[1] - heights[0], 1) },
    },
    fragmentShaderText: `
vec3 classColor(float c) {
${classes}
  return ${glslColor("#d9d9d9")};
}
void fragmentMain(FragmentInput fsInput, inout czm_modelMaterial material) {
  ${body}
}
`,
  });
}

/** [minHeight, maxHeight] plus the geocentric radius at the centre of a radians region. */
function heightRange(layer) {
  const region = layer.meta?.region;
  if (!Array.isArray(region) || region.length !== 6) return Object.assign([0, 100], { radius: 0 });
  const [west, south, east, north, low, high] = region;
  const centre = Cesium.Cartesian3.fromRadians((west + east) / 2, (south + north) / 2, 0);
  return Object.assign([low, high], { radius: Cesium.Cartesian3.magnitude(centre) });
}

/**
 * @param {HTMLElement} root the panel element (hidden until a point cloud layer is published)
 * @param {{viewer: Cesium.Viewer, layers: import("../layers.js").LayerManager}} context
 */
export function createPointCloudTools(root, { viewer, layers }) {
  const tools = { mode: "rgb", size: DEFAULT_SIZE, layers: [], colourless: false };

  function apply() {
    for (const layer of tools.layers) {
      const tileset = layers.entries.get(layer.name)?.tileset;
      if (!tileset) continue;
      if (layer.meta?.spec === "1.0") {
        tileset.style = styleFor(tools.mode, heightRange(layer), tools.size);
      } else {
        tileset.customShader = shaderFor(tools.mode, heightRange(layer));
      }
      tileset.pointCloudShading.attenuation = true;
      tileset.pointCloudShading.maximumAttenuation = tools.size;
    }
    viewer.scene.requestRender();
  }

  function render() {
    root.replaceChildren();
    root.hidden = tools.layers.length === 0;
    if (root.hidden) return;
    const heading = document.createElement("h2");
    heading.textContent = t("pointcloud.title");
    const modes = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = t("pointcloud.colorBy");
    modes.append(legend);
    for (const mode of COLOR_MODES) {
      const label = document.createElement("label");
      const radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "pointcloudColor";
      radio.value = mode;
      radio.dataset.colorMode = mode;
      radio.checked = tools.mode === mode;
      // Surveys without colour would be drawn white: RGB is not offered for them.
      radio.disabled = mode === "rgb" && tools.colourless;
      if (radio.disabled) label.title = t("pointcloud.noColor");
      radio.addEventListener("change", () => setMode(mode));
      label.append(radio, document.createTextNode(t(`pointcloud.mode.${mode}`)));
      modes.append(label);
    }
    const sizeLabel = document.createElement("label");
    const size = document.createElement("input");
    size.type = "range";
    size.id = "pointcloudSize";
    size.min = "1";
    size.max = "10";
    size.step = "1";
    size.value = String(tools.size);
    size.addEventListener("input", () => setSize(Number(size.value)));
    sizeLabel.append(document.createTextNode(t("pointcloud.size")), size);
    root.append(heading, modes, sizeLabel);
  }

  function setMode(mode) {
    if (!COLOR_MODES.includes(mode)) throw new Error(`unknown colour mode ${mode}`);
    tools.mode = mode;
    tools.chosen = true;
    apply();
    // Keep the panel's elements (a re-render would detach the radio being clicked).
    for (const radio of root.querySelectorAll("[data-color-mode]")) {
      radio.checked = radio.dataset.colorMode === mode;
    }
  }

  function setSize(size) {
    tools.size = Math.min(Math.max(size, 1), 10);
    apply();
  }

  /** Called with every published layer once they are added to the globe. */
  function setLayers(published) {
    tools.layers = published.filter((layer) => layer.kind === "pointcloud");
    // A survey without colour would be drawn white: until the user picks a mode, start such
    // clouds on their classification.
    tools.colourless = tools.layers.length > 0
      && tools.layers.every((layer) => layer.meta?.has_color === false);
    if (tools.colourless && (!tools.chosen || tools.mode === "rgb")) {
      tools.mode = "classification";
    }
    apply();
    render();
  }

  onLocaleChange(render);
  return Object.assign(tools, { setLayers, setMode, setSize });
}
