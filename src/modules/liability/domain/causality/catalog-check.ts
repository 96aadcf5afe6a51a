import type { Ruleset } from "./ruleset-schema";
import type { CatalogFacts } from "./types";

export interface UnknownCatalogCode {
  path: string;
  code: string;
}

/**
 * Codes a ruleset names that the catalog does not define. The schema cannot check this (rulesets and
 * catalog are versioned separately), and the engine would silently treat an unknown obligation as owed
 * by nobody, so start-up should call this with the loaded catalog and refuse to run on any hit.
 */
export function findUnknownCatalogCodes(ruleset: Ruleset, catalog: CatalogFacts): UnknownCatalogCode[] {
  const obligations = new Set(catalog.obligations.map((o) => o.code));
  const risks = new Set(Object.keys(catalog.risk_to_obligations));
  const out: UnknownCatalogCode[] = [];
  const check = (known: Set<string>, codes: string[], path: string) => {
    codes.forEach((code, i) => {
      if (!known.has(code)) out.push({ path: `${path}.${i}`, code });
    });
  };
  ruleset.conditions.forEach((c, i) => {
    const at = `conditions.${i}`;
    if (c.kind === "obligation_non_compliance" && c.codes) check(obligations, c.codes, `${at}.codes`);
    if (c.kind === "incident_risk_match") check(risks, c.risk_codes, `${at}.risk_codes`);
    if (c.kind === "fault_risk_linkage") check(risks, c.output_risk_codes, `${at}.output_risk_codes`);
  });
  // Disclosure kinds are the catalog's evidence kinds: a key outside them could never match a disclosure.
  const evidenceKinds = new Set(catalog.obligations.flatMap((o) => o.evidence ?? []));
  for (const kind of Object.keys(ruleset.disclosure_evidence).sort()) {
    if (evidenceKinds.size > 0 && !evidenceKinds.has(kind))
      out.push({ path: `disclosure_evidence.${kind}`, code: kind });
    check(obligations, ruleset.disclosure_evidence[kind] ?? [], `disclosure_evidence.${kind}`);
  }
  return out;
}
