import type { Applicability, ApplicabilityTest, ProductFactName } from "./applicability-schema";
import { localDate } from "./local-time";
import { inAnyTerritory, placementCounts, zoneOf } from "./territories";

/** Three-valued, because the registry often does not know a fact and must say so rather than guess. */
export type Applies = true | false | "unknown";

export interface ProfileFact<T> {
  value: T;
  qualifier: string | null;
  decided_by: string;
  fact_id: string;
}

/** Structurally the registry's RegulatoryProfile; declared here so the domain stays free of imports. */
export interface ApplicabilityProduct {
  markets: { territory: string; placed_at: string; decided_by: string; fact_id: string }[];
  ai_act_risk_class: ProfileFact<string> | null;
  medical_device: ProfileFact<string> | null;
  open_source: ProfileFact<boolean> | null;
  commercial_activity: ProfileFact<boolean> | null;
  us_fda_device: ProfileFact<boolean> | null;
}

export interface ApplicabilityFacts {
  incident: { country: string; occurred_at: string };
  /** null when the incident is not tied to a registered product. */
  product: ApplicabilityProduct | null;
}

export interface Reason {
  code: string;
  outcome: Applies;
  text: string;
  citation: string;
  /** Who established the fact the outcome rests on (incident record, a declaration, regulator, court, registry default). */
  basis: string;
  fact_id?: string;
}

export interface ApplicabilityResult {
  applies: Applies;
  reasons: Reason[];
  governed_instead_by?: { instrument: string; citation: string };
}

const basisOf = (decidedBy: string) =>
  decidedBy === "regulator" || decidedBy === "court" ? decidedBy : `${decidedBy}_declaration`;

/** Local calendar date of an instant in a country's zone (UTC where none is recorded). */
const dayIn = (iso: string, country: string) => localDate(Date.parse(iso), zoneOf(country) ?? "UTC");

function factValue(
  product: ApplicabilityProduct | null,
  fact: ProductFactName,
): { value: string | boolean; decided_by: string; fact_id: string } | null {
  if (!product) return null;
  if (fact === "ai_act_risk_basis") {
    const c = product.ai_act_risk_class;
    return c?.qualifier ? { value: c.qualifier, decided_by: c.decided_by, fact_id: c.fact_id } : null;
  }
  const f = product[fact];
  return f ? { value: f.value, decided_by: f.decided_by, fact_id: f.fact_id } : null;
}

function matchFact(
  product: ApplicabilityProduct | null,
  c: { fact: ProductFactName; values: (string | boolean)[] },
) {
  const f = factValue(product, c.fact);
  if (!f) return { outcome: "unknown" as Applies, basis: "not_recorded" };
  return {
    outcome: c.values.includes(f.value) as Applies,
    basis: basisOf(f.decided_by),
    fact_id: f.fact_id,
    value: f.value,
  };
}

type Partial = Omit<Reason, "code" | "citation"> & {
  citation?: string;
  governed?: ApplicabilityResult["governed_instead_by"];
};

type LaterFor = {
  when: { fact: ProductFactName; values: (string | boolean)[] };
  from: string;
  citation: string;
};

/** The start date for this product: a later one where its class says so; open while the class is unrecorded. */
function startFor(from: string | undefined, laterFor: LaterFor[], product: ApplicabilityProduct | null) {
  for (const l of laterFor) {
    const m = matchFact(product, l.when);
    if (m.outcome === true) return { from: l.from, citation: l.citation };
    if (m.outcome === "unknown") return { from, undecided: l };
  }
  return { from };
}

const undecidedReason = (day: string, l: LaterFor): Partial => ({
  outcome: "unknown",
  text: `On ${day}; whether the later date ${l.from} applies depends on a product fact not recorded.`,
  citation: l.citation,
  basis: "not_recorded",
});

function market(t: Extract<ApplicabilityTest, { kind: "market" }>, facts: ApplicabilityFacts): Partial {
  const where = t.territories.join(", ");
  const placements = (facts.product?.markets ?? []).filter((m) =>
    placementCounts(m.territory, t.territories),
  );
  if (placements.length === 0) {
    return {
      outcome: "unknown",
      text: `No placement on the market of ${where} is recorded.`,
      basis: "not_recorded",
    };
  }
  const first = placements.reduce((a, b) => (Date.parse(b.placed_at) < Date.parse(a.placed_at) ? b : a));
  // A placement in a country is dated in its zone; one recorded for a group (EU) in the harm's country's.
  const day = dayIn(first.placed_at, zoneOf(first.territory) ? first.territory : facts.incident.country);
  const common = { basis: basisOf(first.decided_by), fact_id: first.fact_id };
  const placed = `Placed on the market of ${where} on ${day}`;
  if (t.at_incident && Date.parse(first.placed_at) > Date.parse(facts.incident.occurred_at)) {
    return { outcome: false, text: `${placed}, after the harm occurred.`, ...common };
  }
  const start = startFor(t.from, t.later_for, facts.product);
  const inWindow =
    (t.after === undefined || day > t.after) && (start.from === undefined || day >= start.from);
  if (inWindow && start.undecided && day < start.undecided.from) return undecidedReason(day, start.undecided);
  if (inWindow) return { outcome: true, text: `${placed}. ${t.text}`, ...common };
  if (t.earlier && day < t.earlier.before) {
    return {
      outcome: false,
      text: `${placed}, before ${t.earlier.before}. ${t.text}`,
      governed: t.earlier.governed_instead_by,
      ...common,
    };
  }
  if (t.earlier) {
    return {
      outcome: "unknown",
      text: `${placed}. ${t.earlier.gap_text ?? "No instrument covers this date."}`,
      ...common,
    };
  }
  return {
    outcome: false,
    text: `${placed}, before ${start.from ?? t.after}. ${t.text}`,
    ...(start.citation ? { citation: start.citation } : {}),
    ...common,
  };
}

function incidentDate(
  t: Extract<ApplicabilityTest, { kind: "incident_date" }>,
  facts: ApplicabilityFacts,
): Partial {
  const day = dayIn(facts.incident.occurred_at, facts.incident.country);
  const start = startFor(t.from, t.later_for, facts.product);
  const from = start.from ?? t.from;
  const citation = start.citation ?? t.citation;
  if (day < from) {
    return {
      outcome: false,
      text: `Occurred on ${day}, before ${from}. ${t.text}`,
      citation,
      basis: "instrument",
    };
  }
  if (start.undecided && day < start.undecided.from) return undecidedReason(day, start.undecided);
  return { outcome: true, text: `Occurred on ${day}, on or after ${from}.`, citation, basis: "instrument" };
}

function evaluateTest(t: ApplicabilityTest, facts: ApplicabilityFacts): Partial {
  switch (t.kind) {
    case "incident_territory": {
      const inside = inAnyTerritory(facts.incident.country, t.territories);
      const text = `Incident in ${facts.incident.country}, ${inside ? "inside" : "outside"} ${t.territories.join(", ")}. ${t.text}`;
      return { outcome: inside, text, basis: "incident_record" };
    }
    case "market":
      return market(t, facts);
    case "incident_date":
      return incidentDate(t, facts);
    case "product_fact": {
      const m = matchFact(facts.product, t);
      const shown = m.outcome === "unknown" ? "not recorded" : String(m.value);
      return {
        outcome: m.outcome,
        text: `${t.fact}: ${shown}. ${t.text}`,
        basis: m.basis,
        ...(m.fact_id ? { fact_id: m.fact_id } : {}),
      };
    }
    case "exclusion": {
      const parts = t.all.map((c) => matchFact(facts.product, c));
      if (parts.every((p) => p.outcome === true))
        return { outcome: false, text: `Excluded. ${t.text}`, basis: parts[0]?.basis ?? "not_recorded" };
      if (parts.some((p) => p.outcome === false))
        return {
          outcome: true,
          text: `Exclusion does not apply. ${t.text}`,
          basis: parts.find((p) => p.outcome === false)?.basis ?? "not_recorded",
        };
      return t.when_unknown === "not_excluded"
        ? {
            outcome: true,
            text: `Not shown to be excluded, so the exclusion is not applied. ${t.text}`,
            basis: "registry_default",
          }
        : {
            outcome: "unknown",
            text: `Whether the exclusion applies is not recorded. ${t.text}`,
            basis: "not_recorded",
          };
    }
    case "never_in_force":
      return { outcome: false, text: t.text, basis: "instrument" };
  }
}

/**
 * Runs every test (so the answer lists all reasons, not just the first failure) and combines them:
 * any false → false; else any unknown → unknown; else true. The instrument governing instead is the
 * first one a failing test names.
 */
export function evaluateApplicability(block: Applicability, facts: ApplicabilityFacts): ApplicabilityResult {
  const reasons: Reason[] = [];
  const governing: (ApplicabilityResult["governed_instead_by"] | undefined)[] = [];
  for (const test of block.tests) {
    const r = evaluateTest(test, facts);
    const { governed: g, citation, ...rest } = r;
    if (r.outcome === false) governing.push(g);
    reasons.push({ code: test.id, citation: citation ?? test.citation, ...rest });
  }
  // Another instrument governs only if it answers every failure (a product placed too early, in the
  // Union); harm outside the Union is not governed by the older EU directive either.
  const governed = governing.every((g) => g !== undefined) ? governing[0] : undefined;
  const applies: Applies = reasons.some((r) => r.outcome === false)
    ? false
    : reasons.some((r) => r.outcome === "unknown")
      ? "unknown"
      : true;
  return { applies, reasons, ...(governed && applies === false ? { governed_instead_by: governed } : {}) };
}
