import type { Applies } from "../../../../domain/law/applicability";
import { endOfLocalDay } from "../../../../domain/law/local-time";
import type { IncidentFlag } from "../flags";
import type { Addressee, Predicate, ReportingRule, ReportingRuleset } from "./ruleset";

export type ReportKind = "initial" | "complete";

export interface DeadlineIncident {
  id: string;
  event_type: string;
  severity: string | null;
  flags: Partial<Record<IncidentFlag, boolean>>;
  /** The product's medical-device status as recorded (none / mdr / ivdr), null when not recorded. */
  medical_device: string | null;
}

/** One fact evidencing when an actor became aware; the earliest starts the clock. */
export interface AwarenessFact {
  source: "registry_notification" | "own_report" | "acknowledgement" | "regulator_record";
  aware_at: string;
  /** The stored row (acknowledgement, regulator record) or report it comes from. */
  id: string | null;
}

export interface DeadlineActor {
  actor_id: string;
  role_in_chain: string;
  awareness: AwarenessFact[];
  /** This actor's own reports on the incident. A report without kind is a full (complete) report. */
  reports: { submitted_at: string; kind?: ReportKind }[];
}

export interface ComputeDeadlinesInput {
  ruleset: ReportingRuleset;
  incident: DeadlineIncident;
  actors: DeadlineActor[];
  /** IANA zone whose day boundaries count (the country where the incident occurred). */
  time_zone: string;
  /** The configured reading of "immediately", in hours (REPORTING_IMMEDIATELY_HOURS). */
  immediately_hours: number;
  /** Injected clock (ISO 8601 UTC): the function never reads the system time. */
  now: string;
}

export type DeadlineStatus = "pending" | "met" | "late";

export interface ComputedDeadline {
  ruleset: string;
  ruleset_version: number;
  incident_id: string;
  actor_id: string;
  role: string;
  kind: ReportKind;
  addressee: Addressee;
  rule_id: string;
  citation: string;
  /** Which awareness fact started the clock, so a regulator can see why the deadline falls where it does. */
  clock_basis: AwarenessFact["source"];
  awareness_id: string | null;
  clock_start_at: string;
  time_zone: string;
  /** null when the rule is tracked but not time-boxed (Art. 73(5) complete report). */
  due_at: string | null;
  /** For "immediately" rules: the configured window the due time rests on. */
  immediately_window_hours: number | null;
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
const HOUR_MS = 3_600_000;

/** A zoned ISO 8601 date-time (Z or ±hh:mm), as the API stores them. */
const ZONED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * Strict: Date.parse rolls 30 February over to March, accepts 24:00 and prose dates, and reads a time
 * without a zone in the host's zone; each would move a deadline silently.
 */
function toMs(value: string, path: string): number {
  const m = ZONED.exec(value);
  const [y, mo, d, h, mi, s] = (m ?? []).slice(1, 7).map(Number) as number[];
  const calendar = m ? new Date(Date.UTC(y as number, (mo as number) - 1, d)) : undefined;
  const real =
    calendar !== undefined &&
    calendar.getUTCMonth() === (mo as number) - 1 &&
    calendar.getUTCDate() === d &&
    (h as number) <= 23 &&
    (mi as number) <= 59 &&
    (s as number) <= 59 &&
    Number(m?.[8] ?? 0) <= 59;
  const ms = Date.parse(value);
  if (!real || Number.isNaN(ms)) throw new DeadlineInputError(path, value);
  return ms;
}

/** Three-valued: a clause on the product's device status is unknown while that status is unrecorded. */
export function matchesPredicate(predicate: Predicate | "always", incident: DeadlineIncident): Applies {
  if (predicate === "always") return true;
  let unknown = false;
  for (const clause of predicate.any_of) {
    const plain =
      (clause.event_types === undefined || clause.event_types.includes(incident.event_type)) &&
      (clause.severities === undefined ||
        (incident.severity !== null && clause.severities.includes(incident.severity))) &&
      (clause.flags === undefined || clause.flags.some((f) => incident.flags[f] === true));
    if (!plain) continue;
    if (clause.medical_device === undefined) return true;
    if (incident.medical_device === null) unknown = true;
    else if (clause.medical_device.includes(incident.medical_device as "none")) return true;
  }
  return unknown ? "unknown" : false;
}

function dueAt(input: ComputeDeadlinesInput, startMs: number, rule: ReportingRule): number | null {
  if (rule.immediately) return startMs + input.immediately_hours * HOUR_MS;
  if (rule.days === null) return null;
  if (input.ruleset.day_count === "elapsed") return startMs + rule.days * DAY_MS;
  return endOfLocalDay(startMs, rule.days, input.time_zone);
}

/** Shortest period wins (2 < 10 < 15 days; "immediately" before any day count; untimed last). */
function stringency(rule: ReportingRule): number {
  if (rule.immediately) return 0;
  return rule.days ?? Number.POSITIVE_INFINITY;
}

function mostStringent(rules: ReportingRule[]): ReportingRule | undefined {
  let best: ReportingRule | undefined;
  // Strict < keeps the earlier rule on ties, so the result follows file order and is deterministic.
  for (const rule of rules) if (best === undefined || stringency(rule) < stringency(best)) best = rule;
  return best;
}

/** Whether the ruleset binds an actor in this role on this incident. */
export function bindsRole(ruleset: ReportingRuleset, role: string, incident: DeadlineIncident): boolean {
  return (
    ruleset.applies_to_roles.includes(role) ||
    ruleset.also_applies_to.some((a) => a.role === role && incident.flags[a.when_flag] === true)
  );
}

/**
 * Each bound actor's deadlines for one incident under one ruleset, whose applicability the caller has
 * established. The clock is the actor's own: its earliest evidenced awareness. A late filing keeps status
 * "late" with met_at recorded: regulators must see late filings, and the time is evidence of effort.
 */
export function computeDeadlines(input: ComputeDeadlinesInput): ComputedDeadline[] {
  const { ruleset, incident, actors } = input;
  const nowMs = toMs(input.now, "now");
  if (matchesPredicate(ruleset.trigger, incident) !== true) return [];
  // A shorter period whose condition the registry cannot rule out (unknown) binds too: a deadline earlier
  // than the legal one is safe, a later one is not.
  const applicable = ruleset.rules.filter((r) => matchesPredicate(r.condition, incident) !== false);
  const out: ComputedDeadline[] = [];

  actors.forEach((actor, a) => {
    if (!bindsRole(ruleset, actor.role_in_chain, incident) || actor.awareness.length === 0) return;
    const start = actor.awareness
      .map((f, i) => ({ f, ms: toMs(f.aware_at, `actors.${a}.awareness.${i}.aware_at`) }))
      .reduce((x, y) => (y.ms < x.ms ? y : x));
    const reports = actor.reports.map((r, i) => ({
      kind: r.kind,
      ms: toMs(r.submitted_at, `actors.${a}.reports.${i}.submitted_at`),
    }));
    const filedIncompleteInitial = reports.some((r) => r.kind === "initial");
    const groups = new Set(applicable.map((r) => `${r.kind}|${r.addressee}`));
    for (const group of groups) {
      const [kind, addressee] = group.split("|") as [ReportKind, Addressee];
      const rule = mostStringent(
        applicable.filter(
          (r) =>
            r.kind === kind &&
            r.addressee === addressee &&
            (r.unless_flag === undefined || incident.flags[r.unless_flag] !== true) &&
            (r.applies_when !== "initial_report_incomplete" || filedIncompleteInitial),
        ),
      );
      if (rule === undefined) continue;
      // Any report answers an initial obligation; a complete one is a report not marked "initial" filed
      // after the incomplete initial report it completes.
      const firstInitial = Math.min(...reports.filter((r) => r.kind === "initial").map((r) => r.ms));
      const filed = reports
        .filter((r) => kind === "initial" || (r.kind !== "initial" && r.ms > firstInitial))
        .map((r) => r.ms);
      const metMs = filed.length === 0 ? null : Math.min(...filed);
      const dueMs = dueAt(input, start.ms, rule);
      const late = dueMs !== null && (metMs ?? nowMs) > dueMs;
      out.push({
        ruleset: ruleset.id,
        ruleset_version: ruleset.version,
        incident_id: incident.id,
        actor_id: actor.actor_id,
        role: actor.role_in_chain,
        kind,
        addressee,
        rule_id: rule.id,
        citation: rule.citation,
        clock_basis: start.f.source,
        awareness_id: start.f.id,
        clock_start_at: new Date(start.ms).toISOString(),
        time_zone: rule.immediately || ruleset.day_count === "elapsed" ? "UTC" : input.time_zone,
        due_at: dueMs === null ? null : new Date(dueMs).toISOString(),
        immediately_window_hours: rule.immediately ? input.immediately_hours : null,
        met_at: metMs === null ? null : new Date(metMs).toISOString(),
        status: late ? "late" : metMs !== null ? "met" : "pending",
      });
    }
  });
  return out;
}
