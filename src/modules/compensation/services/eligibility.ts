import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import { incidentRisks, incidents, SEVERITIES } from "../../incidents";
import { frozenLiability } from "../../liability";
import { type Eligibility, evaluateEligibility } from "../domain/eligibility";
import type { Determination, EligibilityIncident, FundRules, Relationship } from "../domain/types";
import * as t from "../schema";
import { type ClaimRow, otherClaimsOn } from "./claims";
import { loadFund, rulesVersion } from "./funds";

export async function incidentFacts(db: Db, incidentId: string): Promise<EligibilityIncident> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
  if (!row) throw new Error(`claim references missing incident ${incidentId}`);
  const risks = await db
    .select({ code: incidentRisks.riskCode })
    .from(incidentRisks)
    .where(eq(incidentRisks.incidentId, incidentId));
  return {
    country: row.country,
    occurred_at: row.occurredAt,
    severity: row.severity,
    event_type: row.eventType,
    use_area: row.useArea,
    setting: row.setting,
    outcome: row.outcome,
    risk_codes: risks.map((r) => r.code).sort(),
  };
}

/** The latest determination per rule (an exclusion), oldest first so later ones replace earlier ones. */
async function determinationsOf(db: Db, claimId: string): Promise<Determination[]> {
  const rows = await db
    .select()
    .from(t.claimDeterminations)
    .where(eq(t.claimDeterminations.claimId, claimId))
    .orderBy(asc(t.claimDeterminations.recordedAt), asc(t.claimDeterminations.id));
  const latest = new Map<string, Determination>();
  for (const r of rows) {
    latest.set(r.rule, {
      rule: r.rule,
      applies: r.applies,
      reason: r.reason,
      decided_by: r.decidedBy as Determination["decided_by"],
      recorded_at: r.recordedAt,
    });
  }
  return [...latest.values()];
}

/** Other claims on the incident in the same fund, each marked denied when its latest decision denies it. */
async function siblingsOf(db: Db, claim: ClaimRow) {
  const others = (await otherClaimsOn(db, claim.incidentId)).filter(
    (o) => o.fundId === claim.fundId && o.id !== claim.id,
  );
  if (others.length === 0) return [];
  const decisions = await db
    .select()
    .from(t.claimDecisions)
    .where(
      inArray(
        t.claimDecisions.claimId,
        others.map((o) => o.id),
      ),
    )
    .orderBy(asc(t.claimDecisions.decidedAt), asc(t.claimDecisions.id));
  const latest = new Map(decisions.map((d) => [d.claimId, d.decision]));
  return others.map((o) => ({
    id: o.id,
    relationship: o.relationship as Relationship,
    filed_at: o.filedAt,
    denied: latest.get(o.id) === "denied",
  }));
}

/** Eligibility of a claim, now, under the rules version it was filed under. */
export async function claimEligibility(db: Db, claim: ClaimRow): Promise<Eligibility> {
  const [fund, rules, incident, determinations, others, frozen] = await Promise.all([
    loadFund(db, claim.fundId),
    rulesVersion(db, claim.fundId, claim.rulesVersion),
    incidentFacts(db, claim.incidentId),
    determinationsOf(db, claim.id),
    siblingsOf(db, claim),
    frozenLiability(db, { incidentId: claim.incidentId }),
  ]);
  return evaluateEligibility({
    rules: rules.rules as FundRules,
    rules_version: rules.version,
    jurisdiction: fund.jurisdiction,
    severities: SEVERITIES,
    claim: {
      id: claim.id,
      relationship: claim.relationship as Relationship,
      filed_at: claim.filedAt,
      discovered_at: claim.discoveredAt,
      interaction_at: claim.interactionAt,
    },
    incident,
    determinations,
    other_claims: others,
    assessment: frozen
      ? {
          id: frozen.id,
          ruleset: frozen.ruleset,
          ruleset_version: frozen.ruleset_version,
          recorded_at: frozen.recorded_at,
          liable: frozen.liable,
          undecided: frozen.undecided,
        }
      : null,
  });
}
