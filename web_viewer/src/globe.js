/**
 * The Cesium.Viewer, configured to work with no internet: Cesium's bundled Natural Earth imagery,
 * the plain ellipsoid as terrain, and none of the widgets that call Cesium ion or remote services.
 */

const Cesium = window.Cesium;

/** Create the viewer in the element with this id. Throws when WebGL is unavailable. */
export function createGlobe(containerId) {
  const imagery = Cesium.TileMapServiceImageryProvider.fromUrl(
    Cesium.buildModuleUrl("Assets/Textures/NaturalEarthII"),
  );
  const viewer = new Cesium.Viewer(containerId, {
    baseLayer: Cesium.ImageryLayer.fromProviderAsync(imagery),
    terrainProvider: new Cesium.EllipsoidTerrainProvider(),
    baseLayerPicker: false, // its default choices are Cesium ion and Bing layers
    geocoder: false, // the default geocoder is Cesium ion's
    animation: false,
    timeline: false,
    fullscreenButton: false,
    sceneModePicker: false,
    navigationHelpButton: false,
    infoBox: false, // the attributes panel replaces it
    selectionIndicator: false,
    // Render only when something changes: much cheaper in a browser tab left open all day.
    requestRenderMode: true,
    maximumRenderTimeChange: Infinity,
  });
  viewer.scene.globe.enableLighting = false;
  // City layers sit close to the surface; show them even if their heights are a little low.
  viewer.scene.globe.depthTestAgainstTerrain = false;
  return viewer;
}
