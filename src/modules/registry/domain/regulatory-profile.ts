/**
 * Issue 11: the regulatory facts of a product (or of one version) as they stood at a moment, reduced
 * from the append-only rows. Which instrument applies is decided from this profile before any condition
 * of the instrument is looked at (see incidents/domain/law).
 */

export const REGULATORY_FACTS = [
  "market",
  "ai_act_risk_class",
  "medical_device",
  "open_source",
  "commercial_activity",
  "us_fda_device",
] as const;
export type RegulatoryFact = (typeof REGULATORY_FACTS)[number];

/** AI Act classes: high-risk (Art. 6(1) via Annex I products, or Art. 6(2) via Annex III), GPAI model. */
export const AI_ACT_CLASSES = ["high_risk", "not_high_risk", "gpai", "unknown"] as const;
export const HIGH_RISK_BASES = ["annex_i", "annex_iii"] as const;
export const MEDICAL_DEVICE_REGIMES = ["none", "mdr", "ivdr"] as const;
/** MDR Annex VIII rule classes (with the I sub-classes of Art. 52(7)); IVDR Annex VIII classes A–D. */
export const DEVICE_CLASSES = {
  mdr: ["I", "Is", "Im", "Ir", "IIa", "IIb", "III"],
  ivdr: ["A", "B", "C", "D"],
  us_fda: ["I", "II", "III"],
} as const;
/** Who made the statement: the maker's declaration, or a regulator's or court's determination. */
export const DECIDERS = ["developer", "provider", "regulator", "court"] as const;
export type Decider = (typeof DECIDERS)[number];

export interface RegulatoryFactRow {
  id: string;
  fact: string;
  value: string;
  qualifier: string | null;
  territory: string | null;
  version_id: string | null;
  effective_from: string;
  decided_by: string;
  recorded_at: string;
}

export interface ProfileEntry<T> {
  value: T;
  qualifier: string | null;
  decided_by: string;
  fact_id: string;
  effective_from: string;
}

export interface MarketEntry {
  territory: string;
  placed_at: string;
  decided_by: string;
  fact_id: string;
}

export interface RegulatoryProfile {
  markets: MarketEntry[];
  ai_act_risk_class: ProfileEntry<string> | null;
  medical_device: ProfileEntry<string> | null;
  open_source: ProfileEntry<boolean> | null;
  commercial_activity: ProfileEntry<boolean> | null;
  us_fda_device: ProfileEntry<boolean> | null;
}

/** A court's determination outweighs a regulator's, which outweighs the maker's own declaration. */
const WEIGHT: Record<string, number> = { court: 3, regulator: 2, provider: 1, developer: 1 };

/**
 * Order of precedence among rows that speak to the same fact: a row about the harming version beats a
 * product-wide one, then the weightier decider, then the later legal time, then the later recording.
 */
function outranks(a: RegulatoryFactRow, b: RegulatoryFactRow, versionId: string | null): boolean {
  const specific = (r: RegulatoryFactRow) => (versionId !== null && r.version_id === versionId ? 1 : 0);
  return (
    (specific(a) - specific(b) ||
      (WEIGHT[a.decided_by] ?? 0) - (WEIGHT[b.decided_by] ?? 0) ||
      a.effective_from.localeCompare(b.effective_from) ||
      a.recorded_at.localeCompare(b.recorded_at) ||
      a.id.localeCompare(b.id)) > 0
  );
}

function best(rows: RegulatoryFactRow[], versionId: string | null): RegulatoryFactRow | undefined {
  let top: RegulatoryFactRow | undefined;
  for (const r of rows) if (top === undefined || outranks(r, top, versionId)) top = r;
  return top;
}

export interface ProfileAt {
  /** The version concerned (the harming one); rows about other versions are ignored. */
  versionId: string | null;
  /** Legal time: facts must hold from then (the incident date). */
  at: string;
  /** Only rows recorded by then count (the evaluation time), so a frozen analysis stays reproducible. */
  knownBy: string;
}

export function regulatoryProfile(rows: RegulatoryFactRow[], when: ProfileAt): RegulatoryProfile {
  const known = rows.filter(
    (r) => r.recorded_at <= when.knownBy && (r.version_id === null || r.version_id === when.versionId),
  );
  const entry = <T>(fact: RegulatoryFact, parse: (v: string) => T): ProfileEntry<T> | null => {
    const row = best(
      known.filter((r) => r.fact === fact && r.effective_from <= when.at),
      when.versionId,
    );
    if (!row || row.value === "unknown") return null;
    return {
      value: parse(row.value),
      qualifier: row.qualifier,
      decided_by: row.decided_by,
      fact_id: row.id,
      effective_from: row.effective_from,
    };
  };
  const bool = (v: string) => v === "true";
  // A placement is a dated event, not a state: every recorded territory counts whatever its date, and
  // the applicability tests compare that date with the harm's.
  // A version placed on the market in its own right (e.g. after a substantial modification) is judged
  // by its own placements only: the product's earlier ones are not this version's.
  const allMarkets = known.filter((r) => r.fact === "market");
  const own = allMarkets.filter((r) => r.version_id !== null);
  const marketRows = own.length > 0 ? own : allMarkets;
  const territories = [...new Set(marketRows.map((r) => r.territory))];
  const markets = territories.flatMap((territory) => {
    const row = best(
      marketRows.filter((r) => r.territory === territory),
      when.versionId,
    );
    return row && territory
      ? [{ territory, placed_at: row.effective_from, decided_by: row.decided_by, fact_id: row.id }]
      : [];
  });
  return {
    markets: markets.sort((a, b) => a.territory.localeCompare(b.territory)),
    ai_act_risk_class: entry("ai_act_risk_class", String),
    medical_device: entry("medical_device", String),
    open_source: entry("open_source", bool),
    commercial_activity: entry("commercial_activity", bool),
    us_fda_device: entry("us_fda_device", bool),
  };
}
