import type { Deps } from "../../../deps";
import {
  type ApplicabilityResult,
  evaluateApplicability,
  type Reason,
} from "../../../domain/law/applicability";
import { localDate } from "../../../domain/law/local-time";
import { zoneOf } from "../../../domain/law/territories";
import {
  type ChainMember,
  loadIncidentChain,
  loadRegulatoryProfile,
  type RegulatoryProfile,
} from "../../registry";
import {
  bindsRole,
  type ComputedDeadline,
  computeDeadlines,
  type DeadlineIncident,
  matchesPredicate,
  type ReportingRuleset,
  rulesetsInForce,
} from "../domain/deadlines";
import { flagsOf } from "../domain/flags";
import { REPORTING_RULESETS } from "../domain/reporting-rulesets";
import { awarenessFacts, awarenessRowsOf } from "./awareness";
import { familyReports, type IncidentRow } from "./repo";

export interface RegimeAnalysis extends ApplicabilityResult {
  ruleset: string;
  ruleset_version: number;
  title: string;
  jurisdiction: string;
  /** Duties without a computable period that come with the regime (only when it applies). */
  duties: { id: string; citation: string; text: string }[];
}

/**
 * The chain's actors, each once, nearest first. The role a ruleset binds is the actor's role on the
 * harming product itself ("provider" wins there, as the party that placed it on the market), or
 * `upstream_<role>` when it is in the chain only through a model under it.
 */
export function chainActors(chain: readonly ChainMember[]): { actorId: string; role: string }[] {
  const roleOf = (m: ChainMember) => (m.via_lineage ? `upstream_${m.role}` : m.role);
  const out = new Map<string, string>();
  for (const m of chain) {
    if (!out.has(m.actor_id) || roleOf(m) === "provider") out.set(m.actor_id, roleOf(m));
  }
  return [...out].map(([actorId, role]) => ({ actorId, role }));
}

export const deadlineIncident = (
  incident: IncidentRow,
  profile: RegulatoryProfile | null,
): DeadlineIncident => ({
  id: incident.id,
  event_type: incident.eventType,
  severity: incident.severity,
  flags: flagsOf(incident),
  medical_device: profile?.medical_device?.value ?? null,
});

/** Whether the incident is a serious incident under the regime, as the last applicability reason. */
function triggerReason(ruleset: ReportingRuleset, incident: DeadlineIncident): Reason {
  const outcome = matchesPredicate(ruleset.trigger, incident);
  const text =
    outcome === "unknown"
      ? "Whether this is a reportable incident under this regime depends on the product's medical-device status, which is not recorded."
      : outcome
        ? "The incident is reportable under this regime."
        : "The incident is not reportable under this regime.";
  return {
    code: "reportable_incident",
    outcome,
    text: `${text} ${ruleset.trigger.description ?? ""}`.trim(),
    citation: ruleset.trigger.citation ?? ruleset.source.instrument,
    basis: outcome === "unknown" ? "not_recorded" : "incident_record",
  };
}

export function regimeAnalysis(
  ruleset: ReportingRuleset,
  incident: IncidentRow,
  profile: RegulatoryProfile | null,
): RegimeAnalysis {
  const scope = evaluateApplicability(ruleset.applicability, {
    incident: { country: incident.country, occurred_at: incident.occurredAt },
    product: profile,
  });
  const trigger = triggerReason(ruleset, deadlineIncident(incident, profile));
  const reasons = [...scope.reasons, trigger];
  const applies =
    scope.applies === false || trigger.outcome === false
      ? false
      : scope.applies === "unknown" || trigger.outcome === "unknown"
        ? "unknown"
        : true;
  return {
    ruleset: ruleset.id,
    ruleset_version: ruleset.version,
    title: ruleset.title,
    jurisdiction: ruleset.jurisdiction,
    applies,
    reasons,
    ...(scope.governed_instead_by && applies === false
      ? { governed_instead_by: scope.governed_instead_by }
      : {}),
    duties: applies === true ? ruleset.duties : [],
  };
}

export async function incidentProfile(deps: Pick<Deps, "db">, incident: IncidentRow, knownBy: string) {
  if (!incident.productId) return null;
  return loadRegulatoryProfile(deps.db, incident.productId, {
    versionId: incident.productVersionId,
    at: incident.occurredAt,
    knownBy,
  });
}

/**
 * Every reporting regime in force for the incident (version chosen by its date), whether it applies and
 * why, and the deadlines of the regimes that do. A merged duplicate has none of its own: its reports
 * count on the incident it was merged into.
 */
export async function incidentRegimes(
  deps: Pick<Deps, "db" | "config">,
  incident: IncidentRow,
  now: string,
  chain?: ChainMember[],
): Promise<{ regimes: RegimeAnalysis[]; deadlines: ComputedDeadline[] }> {
  if (incident.mergedIntoId !== null) return { regimes: [], deadlines: [] };
  const profile = await incidentProfile(deps, incident, now);
  // The version in force on the local date of the harm, the same date the applicability tests use.
  const day = localDate(Date.parse(incident.occurredAt), zoneOf(incident.country) ?? "UTC");
  const inForce = rulesetsInForce(REPORTING_RULESETS, day);
  const regimes = inForce.map((rs) => ({ rs, analysis: regimeAnalysis(rs, incident, profile) }));
  const applying = regimes.filter((r) => r.analysis.applies === true);
  if (applying.length === 0) return { regimes: regimes.map((r) => r.analysis), deadlines: [] };
  const [members, reports, stored] = await Promise.all([
    chain ?? loadIncidentChain(deps.db, incident),
    familyReports(deps.db, incident.id),
    awarenessRowsOf(deps.db, incident.id),
  ]);
  const di = deadlineIncident(incident, profile);
  const actors = chainActors(members).map((a) => ({
    actor_id: a.actorId,
    role_in_chain: a.role,
    awareness: awarenessFacts(a.actorId, incident, reports, stored),
    reports: reports
      .filter((r) => r.actorId === a.actorId && r.filing !== null)
      .map((r) => ({ submitted_at: r.submittedAt, kind: r.filing as "initial" | "complete" })),
  }));
  const deadlines = applying.flatMap(({ rs }) =>
    computeDeadlines({
      ruleset: rs,
      incident: di,
      actors: actors.filter((a) => bindsRole(rs, a.role_in_chain, di)),
      time_zone: zoneOf(incident.country) ?? "UTC",
      immediately_hours: deps.config.reportingImmediatelyHours,
      now,
    }),
  );
  return { regimes: regimes.map((r) => r.analysis), deadlines };
}
