/**
 * The sign-in box: shown when the server answers a read with 401 (a city that is not public, or
 * a token that expired or was revoked), or from the header button. The token is the session's
 * (session.js); signing in loads the layers it may see, signing out forgets it.
 */

import { onLocaleChange, t } from "../i18n.js";
import { loadToken, onTokenChange, saveToken } from "../session.js";

function element(tag, className, attributes = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return Object.assign(node, attributes);
}

/**
 * @param {HTMLElement} root the panel
 * @param {HTMLButtonElement} toggle the header button (sign in / sign out)
 * @param {{onSignedIn: () => Promise<void>}} actions
 */
export function createSigninPanel(root, toggle, { onSignedIn }) {
  let refused = false; // the server refused the token the session holds
  const heading = element("h2");
  const hint = element("p", "panel-hint");
  const form = element("form", "signin-form", { noValidate: true });
  const label = element("label", "upload-field");
  const labelText = element("span");
  const input = element("input", "", { type: "password", id: "signinToken", autocomplete: "off" });
  label.append(labelText, input);
  const submit = element("button", "signin-submit", { type: "submit", id: "signinSubmit" });
  const error = element("p", "upload-error signin-error", { hidden: true });
  form.append(label, submit, error);
  root.replaceChildren(heading, hint, form);

  function render() {
    heading.textContent = t("signin.title");
    hint.textContent = t("signin.hint");
    labelText.textContent = t("signin.token");
    submit.textContent = t("signin.submit");
    error.textContent = t("signin.refused");
    error.hidden = !refused;
    toggle.textContent = t(loadToken() && !refused ? "signin.signOut" : "signin.open");
    toggle.setAttribute("aria-expanded", String(!root.hidden));
  }

  function show() {
    refused = Boolean(loadToken()); // a token was sent and refused
    root.hidden = false;
    render();
    input.focus();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    refused = false;
    root.hidden = true;
    input.value = "";
    saveToken(token);
    render();
    await onSignedIn();
  });
  toggle.addEventListener("click", () => {
    if (loadToken() && !refused) {
      saveToken(""); // sign out: the page starts again without the token
      window.location.reload();
      return;
    }
    root.hidden = !root.hidden;
    render();
  });
  onTokenChange(render);
  onLocaleChange(render);
  render();
  return { show };
}
