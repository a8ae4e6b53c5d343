/** The problems panel: every reported error, in the words of the current locale, until cleared. */

import { onLocaleChange, t } from "../i18n.js";
import { onError, state } from "../state.js";

/** @param {HTMLElement} root */
export function createMessagesPanel(root) {
  let shownFrom = 0; // errors before this index were cleared by the user (they stay in state)

  function render() {
    const entries = state.errors.slice(shownFrom);
    root.hidden = entries.length === 0;
    const heading = document.createElement("h2");
    heading.textContent = t("messages.title");
    const list = document.createElement("ul");
    list.className = "message-list";
    for (const entry of entries) {
      const item = document.createElement("li");
      item.className = `message message-${entry.kind}`;
      item.textContent = entry.key ? t(entry.key, entry.params) : entry.message;
      list.append(item);
    }
    const clear = document.createElement("button");
    clear.type = "button";
    clear.textContent = t("messages.clear");
    clear.addEventListener("click", () => {
      shownFrom = state.errors.length;
      render();
    });
    root.replaceChildren(heading, list, clear);
  }

  onError(() => {
    render();
    root.scrollIntoView({ block: "nearest" });
  });
  onLocaleChange(render);
  render();
}
