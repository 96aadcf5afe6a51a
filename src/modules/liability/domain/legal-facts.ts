/**
 * Facts a ruleset needs that the registry cannot infer from a report: they are established by a
 * regulator or a court (AILD Art. 4(4)-(5), PLD Art. 10(2)(c) and 10(4), high-risk scope).
 */
export const LEGAL_FACTS = [
  "high_risk",
  "normal_use",
  "obvious_malfunction",
  "evidence_reasonably_accessible",
  "excessive_difficulty",
] as const;
export type LegalFact = (typeof LEGAL_FACTS)[number];

export interface LegalFactRow {
  id: string;
  fact: string;
  value: boolean;
  recorded_at: string;
}

/**
 * The value of each fact as the registry knew it at `asOf`: the latest decision recorded by then
 * (ties broken by id, which is time-ordered), or null when none was recorded.
 */
export function legalFactsAsOf(rows: LegalFactRow[], asOf: string): Record<LegalFact, boolean | null> {
  const out = Object.fromEntries(LEGAL_FACTS.map((f) => [f, null])) as Record<LegalFact, boolean | null>;
  const known = [...rows]
    .filter((r) => r.recorded_at <= asOf && (LEGAL_FACTS as readonly string[]).includes(r.fact))
    .sort((a, b) => a.recorded_at.localeCompare(b.recorded_at) || a.id.localeCompare(b.id));
  for (const r of known) out[r.fact as LegalFact] = r.value;
  return out;
}
