import type { ClockSource, IncidentFlag, Predicate, ReportingRule, ReportingRuleset } from "./ruleset";

export type ReportKind = "initial" | "complete";

export interface DeadlineIncident {
  id: string;
  event_type: string;
  severity: string | null;
  aware_at: string | null;
  received_at: string;
  widespread_infringement?: boolean;
  critical_infrastructure_disruption?: boolean;
}

export interface DeadlineActor {
  actor_id: string;
  role_in_chain: string;
  /** When this actor learned of the incident, e.g. the registry's notification to it. */
  became_aware_at?: string | null;
  /** This actor's own reports on the incident. A report without kind is a full (complete) report. */
  reports: { submitted_at: string; kind?: ReportKind }[];
}

export interface ComputeDeadlinesInput {
  ruleset: ReportingRuleset;
  incident: DeadlineIncident;
  actors: DeadlineActor[];
  /** Injected clock (ISO 8601 UTC): the function never reads the system time. */
  now: string;
}

export type DeadlineStatus = "pending" | "met" | "late";

export interface ComputedDeadline {
  ruleset: string;
  ruleset_version: number;
  incident_id: string;
  actor_id: string;
  kind: ReportKind;
  rule_id: string;
  citation: string;
  /** Which source started the clock, so a regulator can see why the deadline falls where it does. */
  clock_basis: ClockSource;
  clock_start_at: string;
  /** null when the rule is tracked but not time-boxed (Art. 73(5) complete report). */
  due_at: string | null;
  met_at: string | null;
  status: DeadlineStatus;
}

/** Thrown for unparseable timestamps: a silently wrong deadline is worse than a failed computation. */
export class DeadlineInputError extends Error {
  readonly code = "invalid_deadline_input";
  constructor(
    readonly path: string,
    value: unknown,
  ) {
    super(`${path}: not an ISO 8601 timestamp: ${JSON.stringify(value)}`);
    this.name = "DeadlineInputError";
  }
}

const DAY_MS = 86_400_000;

function toMs(value: string, path: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new DeadlineInputError(path, value);
  return ms;
}

function hasFlag(incident: DeadlineIncident, flag: IncidentFlag): boolean {
  return incident[flag] === true;
}

export function matchesPredicate(predicate: Predicate | "always", incident: DeadlineIncident): boolean {
  if (predicate === "always") return true;
  return predicate.any_of.some(
    (clause) =>
      (clause.event_types === undefined || clause.event_types.includes(incident.event_type)) &&
      (clause.severities === undefined ||
        (incident.severity !== null && clause.severities.includes(incident.severity))) &&
      (clause.flags === undefined || clause.flags.some((f) => hasFlag(incident, f))),
  );
}

function clockStart(
  ruleset: ReportingRuleset,
  incident: DeadlineIncident,
  actor: DeadlineActor,
  actorIndex: number,
): { basis: ClockSource; ms: number } {
  const values: Record<ClockSource, { value: string | null | undefined; path: string }> = {
    aware_at: { value: incident.aware_at, path: "incident.aware_at" },
    actor_became_aware_at: { value: actor.became_aware_at, path: `actors.${actorIndex}.became_aware_at` },
    received_at: { value: incident.received_at, path: "incident.received_at" },
  };
  for (const basis of [ruleset.clock_start, ...ruleset.clock_start_fallback]) {
    const { value, path } = values[basis];
    if (value != null) return { basis, ms: toMs(value, path) };
  }
  // A ruleset whose sources are all empty for this actor cannot date the obligation; received_at is
  // mandatory on every incident, so it is the last resort rather than dropping the deadline.
  return { basis: "received_at", ms: toMs(incident.received_at, "incident.received_at") };
}

function dueAt(ruleset: ReportingRuleset, startMs: number, days: number): number {
  if (ruleset.day_count === "elapsed") return startMs + days * DAY_MS;
  // Regulation 1182/71 Art. 3(1)/(2)(b): the start day is excluded and the period runs to the last
  // millisecond of the final day.
  const startOfDay = Math.floor(startMs / DAY_MS) * DAY_MS;
  return startOfDay + (days + 1) * DAY_MS - 1;
}

/** The most stringent applicable rule wins (2 < 10 < 15 days); untimed rules lose to any timed one. */
function mostStringent(rules: ReportingRule[]): ReportingRule | undefined {
  let best: ReportingRule | undefined;
  for (const rule of rules) {
    const days = rule.days ?? Number.POSITIVE_INFINITY;
    const bestDays = best ? (best.days ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
    // Strict < keeps the earlier rule on ties, so the result follows file order and is deterministic.
    if (best === undefined || days < bestDays) best = rule;
  }
  return best;
}

function earliest(times: number[]): number | null {
  return times.length === 0 ? null : Math.min(...times);
}

/**
 * Computes each in-scope actor's reporting deadlines for one incident under one ruleset. A late filing
 * keeps status "late" with met_at recorded: regulators must be able to see late filings, and the
 * filing time is still evidence of compliance effort.
 */
export function computeDeadlines(input: ComputeDeadlinesInput): ComputedDeadline[] {
  const { ruleset, incident, actors } = input;
  const nowMs = toMs(input.now, "now");
  if (!matchesPredicate(ruleset.trigger, incident)) return [];

  const applicable = ruleset.rules.filter((r) => matchesPredicate(r.condition, incident));
  const out: ComputedDeadline[] = [];

  actors.forEach((actor, actorIndex) => {
    if (!ruleset.applies_to_roles.includes(actor.role_in_chain)) return;
    const start = clockStart(ruleset, incident, actor, actorIndex);
    const reports = actor.reports.map((r, i) => ({
      kind: r.kind,
      ms: toMs(r.submitted_at, `actors.${actorIndex}.reports.${i}.submitted_at`),
    }));
    const filedIncompleteInitial = reports.some((r) => r.kind === "initial");

    for (const kind of ["initial", "complete"] as const) {
      const candidates = applicable.filter(
        (r) => r.kind === kind && (r.applies_when !== "initial_report_incomplete" || filedIncompleteInitial),
      );
      const rule = mostStringent(candidates);
      if (rule === undefined) continue;

      // Any report answers the initial obligation; only a report not marked "initial" completes it.
      const metMs = earliest(
        reports.filter((r) => kind === "initial" || r.kind !== "initial").map((r) => r.ms),
      );
      const dueMs = rule.days === null ? null : dueAt(ruleset, start.ms, rule.days);
      let status: DeadlineStatus;
      if (metMs !== null) status = dueMs !== null && metMs > dueMs ? "late" : "met";
      else status = dueMs !== null && nowMs > dueMs ? "late" : "pending";

      out.push({
        ruleset: ruleset.id,
        ruleset_version: ruleset.version,
        incident_id: incident.id,
        actor_id: actor.actor_id,
        kind,
        rule_id: rule.id,
        citation: rule.citation,
        clock_basis: start.basis,
        clock_start_at: new Date(start.ms).toISOString(),
        due_at: dueMs === null ? null : new Date(dueMs).toISOString(),
        met_at: metMs === null ? null : new Date(metMs).toISOString(),
        status,
      });
    }
  });
  return out;
}
