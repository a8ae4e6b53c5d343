/**
 * The session's token: typed once (sign-in box or upload panel), kept in this tab's
 * sessionStorage, and sent as Authorization: Bearer with every request to the server: API calls,
 * tilesets and their tiles, terrain and its imagery (Cesium.Resource carries the header to every
 * URL derived from it). A 401 from the server asks for a token again (onUnauthorized).
 */

const Cesium = window.Cesium;
const TOKEN_KEY = "twin.token";
const tokenListeners = new Set();
const unauthorizedListeners = new Set();
let memoryToken = "";

export function loadToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || "";
  } catch {
    return memoryToken; // storage can be disabled: the token then lasts as long as the page
  }
}

/** Keep (or, with "", forget) the session's token and tell whoever shows it. */
export function saveToken(token) {
  memoryToken = token;
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* see loadToken */
  }
  for (const listener of tokenListeners) listener(token);
}

export function onTokenChange(listener) {
  tokenListeners.add(listener);
  return () => tokenListeners.delete(listener);
}

/** The Authorization header of the session's token, or none. */
export function authHeaders() {
  const token = loadToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** A Cesium.Resource for a URL of this server, carrying the session's token. */
export function serverResource(url) {
  return new Cesium.Resource({ url, headers: authHeaders() });
}

/** The server refused a read for want of a (valid) token: ask the user for one. */
export function reportUnauthorized() {
  for (const listener of unauthorizedListeners) listener();
}

export function onUnauthorized(listener) {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Whether an error (an ApiError, or Cesium's RequestErrorEvent) is the server's 401. */
export function isUnauthorized(error) {
  return error?.status === 401 || error?.statusCode === 401;
}
