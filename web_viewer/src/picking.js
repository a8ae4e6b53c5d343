/**
 * Feature picking: a click (or pickAt) picks the 3D Tiles feature under the cursor, highlights it
 * and hands its attributes to a listener (the attributes panel).
 */

const Cesium = window.Cesium;
const HIGHLIGHT = Cesium.Color.YELLOW.withAlpha(0.9);

/** Make a property value safe to hand out as JSON (INT64/UINT64 properties can be BigInts). */
function plainValue(value) {
  if (typeof value === "bigint") {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value, plainValue);
  if (value && typeof value === "object" && "x" in value && "y" in value) {
    // Cartesian/vector properties: keep the numbers, drop the Cesium type.
    return ["x", "y", "z", "w"].filter((key) => key in value).map((key) => value[key]);
  }
  return value;
}

/** {propertyId: value} of a Cesium3DTileFeature, in the order the metadata declares them. */
export function featureProperties(feature) {
  const properties = {};
  for (const id of feature.getPropertyIds()) properties[id] = plainValue(feature.getProperty(id));
  return properties;
}

export class Picker {
  /**
   * @param {Cesium.Viewer} viewer
   * @param {import("./layers.js").LayerManager} layers to name the layer a feature belongs to
   * @param {{onPick: (result: {layer, featureId, properties} | null) => void}} options
   */
  constructor(viewer, layers, { onPick }) {
    this.viewer = viewer;
    this.layers = layers;
    this.onPick = onPick;
    this.highlighted = null; // {feature, color}
    this.handler = new Cesium.ScreenSpaceEventHandler(viewer.scene.canvas);
    this.handler.setInputAction(
      (click) => this.pickAt(click.position.x, click.position.y),
      Cesium.ScreenSpaceEventType.LEFT_CLICK,
    );
  }

  /**
   * Pick at canvas coordinates in CSS pixels (the canvas fills the window, so these are also
   * window coordinates). Returns {layer, featureId, properties} or null when no feature is there.
   */
  pickAt(x, y) {
    const picked = this.viewer.scene.pick(new Cesium.Cartesian2(x, y));
    if (!(picked instanceof Cesium.Cesium3DTileFeature)) {
      this.#highlight(null);
      this.onPick(null);
      return null;
    }
    const layer = this.layers.layerOfTileset(picked.tileset || picked.primitive);
    const result = {
      layer: layer ? layer.name : null,
      layerTitle: layer ? layer.title : "",
      featureId: picked.featureId,
      properties: featureProperties(picked),
    };
    this.#highlight(picked);
    this.onPick(result);
    return result;
  }

  /** Drop the selection: no highlight, an empty attributes panel (what a click on nothing does). */
  clear() {
    this.#highlight(null);
    this.onPick(null);
  }

  #highlight(feature) {
    if (this.highlighted) {
      try {
        const { feature: previous, color } = this.highlighted;
        // A styled tileset (pipes) may have restyled the feature since (a trace): style it
        // again rather than putting back the colour it had when picked.
        if (previous.tileset?.style) previous.tileset.makeStyleDirty();
        else previous.color = color;
      } catch {
        // The feature's tile was unloaded since; there is nothing left to restore.
      }
      this.highlighted = null;
    }
    if (feature) {
      this.highlighted = { feature, color: Cesium.Color.clone(feature.color) };
      feature.color = HIGHLIGHT;
    }
    this.viewer.scene.requestRender();
  }

  destroy() {
    this.#highlight(null);
    this.handler.destroy();
  }
}
