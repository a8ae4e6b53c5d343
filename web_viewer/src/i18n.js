/**
 * Translated strings. Every user-visible string goes through t(); locales live in ./locales/*.json.
 * The locale comes from ?lang=, then a saved choice, then the browser's languages, then English.
 */

export const LOCALES = { en: "English", "zh-CN": "简体中文" };
const FALLBACK = "en";
const STORAGE_KEY = "twin.locale";

let current = FALLBACK;
const catalogs = {};
const listeners = new Set();

/** Pick the best supported locale for a list of BCP 47 tags ("zh", "zh-Hans-CN" -> "zh-CN"). */
export function matchLocale(tags) {
  for (const tag of tags) {
    if (!tag) continue;
    if (tag in LOCALES) return tag;
    const lower = tag.toLowerCase();
    if (lower.startsWith("zh")) return "zh-CN";
    if (lower.startsWith("en")) return "en";
  }
  return FALLBACK;
}

function savedLocale() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be disabled (private mode, file://): not an error
  }
}

async function loadCatalog(locale) {
  if (!catalogs[locale]) {
    // Locale files sit beside this module, so no server path is hard-coded here.
    const response = await fetch(new URL(`./locales/${locale}.json`, import.meta.url));
    if (!response.ok) throw new Error(`locale ${locale}: HTTP ${response.status}`);
    catalogs[locale] = await response.json();
  }
  return catalogs[locale];
}

/** Load the initial locale (and English, the fallback for any missing key). */
export async function initI18n() {
  const query = new URLSearchParams(location.search).get("lang");
  const browser = navigator.languages || [navigator.language];
  const locale = matchLocale([query, savedLocale(), ...browser]);
  await loadCatalog(FALLBACK);
  await setLocale(locale, { save: false });
}

/** Switch the locale, re-translate static markup and tell the panels to re-render. */
export async function setLocale(locale, { save = true } = {}) {
  const chosen = locale in LOCALES ? locale : FALLBACK;
  await loadCatalog(chosen);
  current = chosen;
  document.documentElement.lang = chosen;
  if (save) {
    try {
      localStorage.setItem(STORAGE_KEY, chosen);
    } catch {
      /* see savedLocale */
    }
  }
  translateDom(document);
  for (const listener of listeners) listener(chosen);
}

export function getLocale() {
  return current;
}

/** Call listener(locale) after every locale change; returns an unsubscribe function. */
export function onLocaleChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Translate key, filling {name} placeholders from params; unknown keys show the key itself. */
export function t(key, params = {}) {
  const text = catalogs[current]?.[key] ?? catalogs[FALLBACK]?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) =>
    name in params ? String(params[name]) : match,
  );
}

/**
 * Format a number for the current locale. Attribute values pass grouping=false: many are
 * identifiers (a BAG id of 503100000000035 must not read "503,100,000,000,035").
 */
export function formatNumber(value, { grouping = true } = {}) {
  return new Intl.NumberFormat(current, { maximumFractionDigits: 3, useGrouping: grouping }).format(
    value,
  );
}

/** Fill every element carrying data-i18n="key" with its translation. */
export function translateDom(root) {
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
}
