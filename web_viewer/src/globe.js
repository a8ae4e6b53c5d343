/**
 * The Cesium.Viewer, configured to work with no internet: Cesium's bundled Natural Earth imagery,
 * the plain ellipsoid as terrain, and none of the widgets that call Cesium ion or remote services.
 */

const Cesium = window.Cesium;

/**
 * True when WebGL runs on the CPU (SwiftShader, llvmpipe: VMs, remote desktops, headless test
 * browsers). There a frame of the default scene takes hundreds of milliseconds.
 */
export function isSoftwareRenderer() {
  const canvas = document.createElement("canvas");
  const gl = canvas.getContext("webgl2") || canvas.getContext("webgl");
  if (!gl) return false;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension("WEBGL_lose_context")?.loseContext(); // give the context back at once
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}

/**
 * Create the viewer in the element with this id. Throws when WebGL is unavailable.
 * With lowCost (software WebGL), skip the effects that cost the most per pixel: multisampling,
 * FXAA and the ground atmosphere (together about 3x faster frames in SwiftShader).
 */
export function createGlobe(containerId, { lowCost = false } = {}) {
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
    msaaSamples: lowCost ? 1 : 4,
  });
  if (lowCost) {
    viewer.scene.postProcessStages.fxaa.enabled = false;
    viewer.scene.globe.showGroundAtmosphere = false;
  }
  viewer.scene.globe.enableLighting = false;
  // The ground hides what is under it (buried pipes, building foundations): heights are
  // ellipsoidal through the geoid, so layers meet the terrain where they should.
  viewer.scene.globe.depthTestAgainstTerrain = true;
  return viewer;
}
