import { ACTOR_FIELDS, COURT_FACT_FIELDS } from "./causality/condition-schema";

/**
 * Facts a ruleset needs that the registry cannot infer from a report: they are established by a court
 * (or, provisionally, a regulator): AILD Art. 4(1)-(6), PLD Art. 6, 7, 10(2)(c), 10(4), 13, 17(2).
 * `injured_person_aware` carries a date (`fact_date`): when the injured person became aware of the
 * damage, the defect and the liable operator, which starts the PLD Art. 16 limitation period.
 */
export const LEGAL_FACTS = ["high_risk", ...COURT_FACT_FIELDS, "injured_person_aware"] as const;
export type LegalFact = (typeof LEGAL_FACTS)[number];

/** Facts about one actor of the chain; recorded with its `actor_id`. */
export const ACTOR_LEGAL_FACTS = ACTOR_FIELDS;
export const ALL_LEGAL_FACTS = [...LEGAL_FACTS, ...ACTOR_LEGAL_FACTS] as const;
export const DATED_FACTS: readonly string[] = ["injured_person_aware"];

export interface LegalFactRow {
  id: string;
  fact: string;
  actor_id?: string | null;
  value: boolean;
  fact_date?: string | null;
  decided_by?: string | null;
  recorded_at: string;
}

export interface LegalFactsAsOf {
  /** Incident facts by name, and actor facts by `actorId:fact`; null when none was recorded. */
  values: Record<string, boolean | null>;
  /** The decision each value comes from, and who made it. */
  sources: Record<string, { id: string; decided_by: string }>;
  dates: Record<string, string>;
}

const keyOf = (r: LegalFactRow) => (r.actor_id ? `${r.actor_id}:${r.fact}` : r.fact);

/**
 * The value of each fact as the registry knew it at `asOf`: the latest decision recorded by then (ties
 * broken by id, which is time-ordered), or null when none was recorded. A court's decision outranks a
 * regulator's whatever their order, since the regulator's reading is provisional.
 */
export function legalFactsAsOf(rows: LegalFactRow[], asOf: string): LegalFactsAsOf {
  const values: Record<string, boolean | null> = Object.fromEntries(LEGAL_FACTS.map((f) => [f, null]));
  const sources: LegalFactsAsOf["sources"] = {};
  const dates: Record<string, string> = {};
  const rank = (r: LegalFactRow) => (r.decided_by === "court" ? 1 : 0);
  const known = rows
    .filter((r) => r.recorded_at <= asOf && (ALL_LEGAL_FACTS as readonly string[]).includes(r.fact))
    .sort(
      (a, b) => rank(a) - rank(b) || a.recorded_at.localeCompare(b.recorded_at) || a.id.localeCompare(b.id),
    );
  for (const r of known) {
    const key = keyOf(r);
    values[key] = r.value;
    sources[key] = { id: r.id, decided_by: r.decided_by ?? "regulator" };
    if (r.fact_date) dates[key] = r.fact_date;
    else delete dates[key];
  }
  return { values, sources, dates };
}
