import { catalog } from "../../../catalog";
import { findUnknownCatalogCodes, loadRulesets, type Ruleset, RulesetError } from "../../domain/causality";
import { BUNDLED_RULESET_JSON } from "../../domain/causality/bundled";
import type { CatalogFacts } from "../../domain/causality/types";

export type Rulesets = ReadonlyMap<string, Ruleset>;

/** The catalog slice the engine reads; the bundled catalog is the one seeded into every database. */
export const CATALOG_FACTS: CatalogFacts = catalog;

/**
 * Validates the rulesets once, when the app is built: a malformed file or a code the catalog does not
 * define stops start-up with the file name and field path, instead of skewing analyses later.
 */
export function loadStartupRulesets(
  sources: Readonly<Record<string, unknown>> = BUNDLED_RULESET_JSON,
): Rulesets {
  const rulesets = loadRulesets(sources);
  for (const rs of rulesets.values()) {
    const unknown = findUnknownCatalogCodes(rs, CATALOG_FACTS);
    if (unknown.length > 0) {
      const name = Object.keys(sources).find((k) => (sources[k] as { id?: unknown })?.id === rs.id) ?? rs.id;
      throw new RulesetError(
        name,
        unknown.map((u) => ({ path: u.path, message: `unknown catalog code "${u.code}"` })),
      );
    }
  }
  return rulesets;
}
