import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export const LANG_COOKIE = "lang";
export const LANG_PARAM = "lang";

/**
 * The best of our languages for an Accept-Language header (RFC 9110 §12.5.4): highest q first, a
 * regional tag matches its language (`fr-CA` → fr, `zh-Hant-TW` → zh), q=0 excludes.
 */
export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag !== "" && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const primary = range.tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/** An explicit choice (?lang=, then the remembered cookie) wins over the browser's header. */
export function negotiateLocale(input: {
  query: string | undefined;
  cookie: string | undefined;
  acceptLanguage: string | undefined;
}): { locale: Locale; remember: boolean } {
  if (isLocale(input.query)) return { locale: input.query, remember: input.query !== input.cookie };
  if (isLocale(input.cookie)) return { locale: input.cookie, remember: false };
  return { locale: fromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE, remember: false };
}
