import { ISO_3166_ALPHA2 } from "../../../platform/iso3166";
import type { Translator } from "./translator";

/** The codes the API accepts; Intl.DisplayNames names them in the page's language (it cannot list them). */
export const COUNTRY_CODES: readonly string[] = [...ISO_3166_ALPHA2];

/** The picker's options: every country named in the page's language, sorted by that language's rules. */
export function countryOptions(tr: Translator): { code: string; name: string }[] {
  const collator = new Intl.Collator(tr.locale);
  return COUNTRY_CODES.map((code) => ({ code, name: tr.country(code) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
