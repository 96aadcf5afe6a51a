import ar from "./messages/ar.json";
import en from "./messages/en.json";
import es from "./messages/es.json";
import fr from "./messages/fr.json";
import ru from "./messages/ru.json";
import zh from "./messages/zh.json";

/** The six official languages of WHO, in the order WHO lists them (alphabetical by their own name in English). */
export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Message catalogs as data: key → ICU MessageFormat string. English is the reference catalog. */
export type MessageKey = keyof typeof en;
export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { ar, zh, en, fr, ru, es };

/** Each language named in itself, for the switcher (a reader looks for their own language's name). */
export const ENDONYMS: Record<Locale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

export const isLocale = (value: string | undefined): value is Locale =>
  value !== undefined && (LOCALES as readonly string[]).includes(value);

export const direction = (locale: Locale): "rtl" | "ltr" => (locale === "ar" ? "rtl" : "ltr");
