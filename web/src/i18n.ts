// Translations with Fluent (the notifier's e-mails use Fluent too): one bundle per language,
// the text of each bundled from src/locales/*.ftl. Arabic is written right to left.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import en from "./locales/en.ftl?raw";
import sl from "./locales/sl.ftl?raw";
import uk from "./locales/uk.ftl?raw";
import ar from "./locales/ar.ftl?raw";

export const LANGUAGES = [
  { code: "sl", name: "Slovenščina" },
  { code: "en", name: "English" },
  { code: "uk", name: "Українська" },
  { code: "ar", name: "العربية" },
] as const;
export type Language = (typeof LANGUAGES)[number]["code"];

const sources: Record<Language, string> = { en, sl, uk, ar };
const bundles = new Map<Language, FluentBundle>();

function bundle(language: Language): FluentBundle {
  let found = bundles.get(language);
  if (!found) {
    // No Unicode isolation marks: the console sets `dir` on the page itself.
    found = new FluentBundle(language, { useIsolating: false });
    found.addResource(new FluentResource(sources[language]));
    bundles.set(language, found);
  }
  return found;
}

const STORAGE_KEY = "skupaj.language";

function initial(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && stored in sources) return stored as Language;
  const browser = navigator.language.slice(0, 2);
  return browser in sources ? (browser as Language) : "en";
}

let language: Language = initial();
const listeners = new Set<() => void>();

export function currentLanguage(): Language {
  return language;
}

export function setLanguage(next: Language) {
  language = next;
  localStorage.setItem(STORAGE_KEY, next);
  applyToDocument();
  listeners.forEach((listener) => listener());
}

export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function applyToDocument() {
  document.documentElement.lang = language;
  document.documentElement.dir = language === "ar" ? "rtl" : "ltr";
}

/** The message `id` in the current language, falling back to English. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const lang of [language, "en"] as Language[]) {
    const b = bundle(lang);
    const message = b.getMessage(id);
    if (message?.value) return b.formatPattern(message.value, args);
  }
  return id;
}

/** A message for an enum value, e.g. `status-IN_PROGRESS`; the raw value when none. */
export function tEnum(prefix: string, value: string): string {
  const id = `${prefix}-${value}`;
  const text = t(id);
  return text === id ? value : text;
}

/** The message for an API error code. */
export function tError(code: string): string {
  return tEnum("error", code);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(language, { dateStyle: "medium" }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

/** What a programme card says of its places: the number when it may be shown, otherwise only
 * whether any are left (the count of people enrolled is withheld from outsiders when small). */
export function placesText(placesLeft: number | null, hasPlacesLeft: boolean | null): string {
  if (placesLeft !== null) return t("places-left", { count: placesLeft });
  if (hasPlacesLeft === true) return t("places-open");
  if (hasPlacesLeft === false) return t("places-left", { count: 0 });
  return "";
}

/** A match reason in the reader's language, from its code and what it names (interests or
 * skills, a number of jobs, a distance in km, a language). */
export function tReason(code: string, values: string[]): string {
  const first = values[0] ?? "";
  return t(`reason-${code}`, {
    what: values.join(", "),
    value: first,
    count: Number.isFinite(Number(first)) ? Number(first) : 0,
  });
}
