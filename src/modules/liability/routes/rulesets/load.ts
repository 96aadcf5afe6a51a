import { catalog } from "../../../catalog";
import { BINDING_REQUIREMENTS } from "../../domain/binding-requirements";
import { findUnknownCatalogCodes, loadRulesets, type Ruleset, RulesetError } from "../../domain/causality";
import { BUNDLED_RULESET_JSON } from "../../domain/causality/bundled";
import type { CatalogFacts } from "../../domain/causality/types";

export type Rulesets = ReadonlyMap<string, Ruleset>;

/**
 * The catalog slice the engine reads: the bundled WHO catalog (the one seeded into every database) and
 * the binding requirements (law/binding-requirements.json), checked against each other once, here.
 */
export const CATALOG_FACTS: CatalogFacts = {
  ...catalog,
  requirements: checkedRequirements(),
};

/** A requirement naming a risk the catalog lacks could never match an incident; one sharing a WHO code is ambiguous. */
function checkedRequirements() {
  const risks = new Set(catalog.risks.map((r) => r.code));
  const obligations = new Set(catalog.obligations.map((o) => o.code));
  const problems = BINDING_REQUIREMENTS.flatMap((r, i) => [
    ...r.risks
      .filter((x) => !risks.has(x))
      .map((x) => `requirements.${i}.risks: unknown catalog risk "${x}"`),
    ...(obligations.has(r.code) ? [`requirements.${i}.code: "${r.code}" is a catalog obligation code`] : []),
  ]);
  if (problems.length > 0) throw new Error(`law/binding-requirements.json: ${problems.join("; ")}`);
  return BINDING_REQUIREMENTS.map((r) => ({
    code: r.code,
    instrument: r.instrument,
    citation: r.citation,
    duty_bearers: [...r.duty_bearers],
    risks: [...r.risks],
  }));
}

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
