import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGS, direction, type Locale, type MessageKey } from "./locales";

export type MessageValues = Record<string, string | number>;

/** What a page needs to speak its reader's language: messages, labels of codes, countries, dates. */
export interface Translator {
  locale: Locale;
  dir: "rtl" | "ltr";
  t(key: MessageKey, values?: MessageValues): string;
  /** A human label for a code of a vocabulary (`risk`, `stage`, `setting`, …); the code itself if unknown. */
  label(prefix: string, code: string): string;
  country(code: string): string;
  /** A BCP 47 language tag named in the page's language (`sw` → "Swahili", « swahili », …). */
  language(tag: string): string;
  date(iso: string): string;
  number(n: number): string;
}

const hasKey = (key: string): key is MessageKey => key in CATALOGS.en;

/** One translator per request; formats are compiled on use (no cache kept between requests). */
export function createTranslator(locale: Locale): Translator {
  const catalog = CATALOGS[locale];
  // In right-to-left text a Latin reference (INC-2026-000001) or name is isolated (FSI … PDI), so the
  // bidi algorithm keeps it in one piece instead of reordering its dashes into the Arabic around it.
  const isolate = direction(locale) === "rtl";
  const t = (key: MessageKey, values?: MessageValues) =>
    String(
      new IntlMessageFormat(catalog[key], locale).format(
        values && isolate
          ? Object.fromEntries(
              Object.entries(values).map(([k, v]) => [k, typeof v === "string" ? `\u2068${v}\u2069` : v]),
            )
          : values,
      ),
    );
  const regions = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const languages = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const numbers = new Intl.NumberFormat(locale);
  return {
    locale,
    dir: direction(locale),
    t,
    label(prefix, code) {
      const key = `${prefix}.${code}`;
      return hasKey(key) ? t(key) : code;
    },
    country: (code) => {
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    language: (tag) => {
      try {
        return languages.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
    date: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dates.format(d);
    },
    number: (n) => numbers.format(n),
  };
}
