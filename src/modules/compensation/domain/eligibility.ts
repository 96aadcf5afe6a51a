import { inTerritory } from "../../../domain/law/territories";
import type {
  Determination,
  EligibilityIncident,
  FrozenCausality,
  FundRules,
  HarmTableEntry,
  Relationship,
} from "./types";

/**
 * Eligibility for no-fault compensation, rule by rule: a pure function of the fund's rules (the version in
 * force when the claim was filed), the claim, the incident and the facts recorded about them. Each result is
 * `pass`, `fail` or `needs_review` (a point the published rules leave to a person, or a fact not yet
 * recorded); the claim is eligible only when every rule passes. Nothing is inferred silently: a point that
 * rests on a person's decision names who decided it.
 */

export type RuleResult = "pass" | "fail" | "needs_review";

export interface RuleOutcome {
  rule: string;
  result: RuleResult;
  detail: string;
  citation: string;
  /** For `causation`: the frozen assessment the answer rests on. */
  assessment?: {
    id: string;
    ruleset: string;
    ruleset_version: number;
    liable: string[];
    undecided: string[];
  };
  decided_by?: Determination["decided_by"];
}

export interface EligibilityInput {
  rules: FundRules;
  rules_version: number;
  jurisdiction: string;
  /** The harm vocabulary's severity scale, least first (the incidents module's). */
  severities: readonly string[];
  claim: {
    id: string;
    relationship: Relationship;
    filed_at: string;
    discovered_at: string;
    interaction_at: string;
  };
  incident: EligibilityIncident;
  /** The latest determination on record per rule (exclusions). */
  determinations: Determination[];
  /** Other claims on the same incident in the same fund. */
  other_claims: { id: string; relationship: Relationship; filed_at: string; denied: boolean }[];
  assessment: FrozenCausality | null;
}

export interface Eligibility {
  rules_version: number;
  overall: "eligible" | "ineligible" | "needs_review";
  harm_table_entry: string | null;
  rules: RuleOutcome[];
}

const DAY_MS = 86_400_000;
const elapsedDays = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

const matchesEntry = (e: HarmTableEntry, i: EligibilityIncident) =>
  e.risk_codes.some((code) => i.risk_codes.includes(code)) &&
  (e.use_areas === undefined || (i.use_area !== null && e.use_areas.includes(i.use_area))) &&
  (e.event_types === undefined || e.event_types.includes(i.event_type));

function onsetWithin(e: HarmTableEntry, input: EligibilityInput) {
  const days = elapsedDays(input.claim.interaction_at, input.incident.occurred_at);
  return days >= e.onset_window_days.min && days <= e.onset_window_days.max;
}

const severityReaches = (input: EligibilityInput, min: string) =>
  input.severities.indexOf(input.incident.severity) >= input.severities.indexOf(min);

/** Of the entries the incident's risks, use area and event type match, the first whose window and threshold also hold. */
function chooseEntry(input: EligibilityInput): HarmTableEntry | undefined {
  const candidates = input.rules.harm_table.filter((e) => matchesEntry(e, input.incident));
  return (
    candidates.find((e) => onsetWithin(e, input) && severityReaches(input, e.min_severity)) ?? candidates[0]
  );
}

export function evaluateEligibility(input: EligibilityInput): Eligibility {
  const { rules } = input;
  const entry = chooseEntry(input);
  const outcomes: RuleOutcome[] = [
    jurisdictionRule(input),
    harmTableRule(input, entry),
    onsetRule(input, entry),
    severityRule(input, entry),
    ...rules.exclusions.map((x) => exclusionRule(input, x)),
    filingDeadlineRule(input),
    longStopRule(input),
    duplicateRule(input),
    causationRule(input, entry),
  ];
  const overall = outcomes.some((o) => o.result === "fail")
    ? "ineligible"
    : outcomes.some((o) => o.result === "needs_review")
      ? "needs_review"
      : "eligible";
  return {
    rules_version: input.rules_version,
    overall,
    harm_table_entry: entry?.id ?? null,
    rules: outcomes,
  };
}

function jurisdictionRule(input: EligibilityInput): RuleOutcome {
  const inside = inTerritory(input.incident.country, input.jurisdiction);
  return {
    rule: "jurisdiction",
    result: inside ? "pass" : "fail",
    detail: `The harm occurred in ${input.incident.country}, ${inside ? "inside" : "outside"} the fund's territory ${input.jurisdiction}`,
    citation: input.rules.scope.citation,
  };
}

function harmTableRule(input: EligibilityInput, entry: HarmTableEntry | undefined): RuleOutcome {
  if (entry) {
    return {
      rule: "harm_table_match",
      result: "pass",
      detail: `Harm-table entry ${entry.id} (${entry.description}) covers the incident's risks, use area and event type`,
      citation: entry.citation,
    };
  }
  const { off_table } = input.rules;
  return {
    rule: "harm_table_match",
    result: off_table.admitted ? "needs_review" : "fail",
    detail: off_table.admitted
      ? "No harm-table entry covers the incident: an off-table claim, admitted only if causation is proven"
      : "No harm-table entry covers the incident, and the fund admits no off-table claims",
    citation: off_table.citation,
  };
}

function onsetRule(input: EligibilityInput, entry: HarmTableEntry | undefined): RuleOutcome {
  if (!entry) return offTable("onset_window", input);
  const days = elapsedDays(input.claim.interaction_at, input.incident.occurred_at);
  const { min, max } = entry.onset_window_days;
  const within = days >= min && days <= max;
  return {
    rule: "onset_window",
    result: within ? "pass" : "fail",
    detail:
      days < 0
        ? "The harm occurred before the AI interaction"
        : `The harm occurred ${Math.floor(days)} days after the AI interaction; entry ${entry.id} allows ${min} to ${max} days`,
    citation: entry.citation,
  };
}

function severityRule(input: EligibilityInput, entry: HarmTableEntry | undefined): RuleOutcome {
  if (!entry) return offTable("severity_threshold", input);
  const reaches = severityReaches(input, entry.min_severity);
  return {
    rule: "severity_threshold",
    result: reaches ? "pass" : "fail",
    detail: `Severity ${input.incident.severity}; entry ${entry.id} requires at least ${entry.min_severity}`,
    citation: entry.citation,
  };
}

/** Without a table entry there is no published window or threshold: a person weighs them with the proof. */
const offTable = (rule: string, input: EligibilityInput): RuleOutcome => ({
  rule,
  result: "needs_review",
  detail:
    "Off-table claim: the fund publishes no window or threshold for it; reviewed with the proof of causation",
  citation: input.rules.off_table.citation,
});

function exclusionRule(input: EligibilityInput, x: FundRules["exclusions"][number]): RuleOutcome {
  const rule = `exclusion:${x.code}`;
  const determination = input.determinations.find((d) => d.rule === rule);
  if (determination) {
    return {
      rule,
      result: determination.applies ? "fail" : "pass",
      detail: `${x.description}: ${determination.applies ? "applies" : "does not apply"}, as decided by ${determination.decided_by.body} (${determination.decided_by.kind}): ${determination.reason}`,
      citation: x.citation,
      decided_by: determination.decided_by,
    };
  }
  const m = x.match;
  if (!m) {
    return {
      rule,
      result: "needs_review",
      detail: `${x.description}: no determination is recorded yet`,
      citation: x.citation,
    };
  }
  const i = input.incident;
  const hit =
    (m.event_types?.includes(i.event_type) ?? false) ||
    (m.outcomes?.includes(i.outcome) ?? false) ||
    (m.settings?.includes(i.setting) ?? false);
  return {
    rule,
    result: hit ? "fail" : "pass",
    detail: `${x.description}: ${hit ? "the incident's recorded facts fall under it" : "the incident's recorded facts do not fall under it"}`,
    citation: x.citation,
  };
}

function filingDeadlineRule(input: EligibilityInput): RuleOutcome {
  const { filing_deadlines: d } = input.rules;
  const fatal = input.incident.severity === "fatal" || input.incident.outcome === "fatal";
  const limit = fatal ? d.death_days_from_discovery : d.injury_days_from_discovery;
  const days = elapsedDays(input.claim.discovered_at, input.claim.filed_at);
  return {
    rule: "filing_deadline",
    result: days <= limit ? "pass" : "fail",
    detail: `Filed ${Math.floor(days)} days after the harm was discovered; the limit for ${fatal ? "a death" : "an injury"} is ${limit} days`,
    citation: d.citation,
  };
}

function longStopRule(input: EligibilityInput): RuleOutcome {
  const { filing_deadlines: d } = input.rules;
  const days = elapsedDays(input.claim.interaction_at, input.claim.filed_at);
  return {
    rule: "long_stop",
    result: days <= d.long_stop_days_from_interaction ? "pass" : "fail",
    detail: `Filed ${Math.floor(days)} days after the AI interaction; the long-stop is ${d.long_stop_days_from_interaction} days`,
    citation: d.citation,
  };
}

/** An earlier, not denied claim by someone in the same relationship to the same incident already stands. */
function duplicateRule(input: EligibilityInput): RuleOutcome {
  const { claim } = input;
  const earlier = input.other_claims.find(
    (o) =>
      o.relationship === claim.relationship &&
      !o.denied &&
      (o.filed_at < claim.filed_at || (o.filed_at === claim.filed_at && o.id < claim.id)),
  );
  return {
    rule: "duplicate_claim",
    result: earlier ? "fail" : "pass",
    detail: earlier
      ? `An earlier claim by a ${claim.relationship} on the same incident stands in this fund`
      : `No earlier standing claim by a ${claim.relationship} on the same incident in this fund`,
    citation: input.rules.scope.citation,
  };
}

function causationRule(input: EligibilityInput, entry: HarmTableEntry | undefined): RuleOutcome {
  if (entry?.presumed_causation) {
    return {
      rule: "causation",
      result: "pass",
      detail: `Presumed: entry ${entry.id} presumes causation for harms within its window and threshold`,
      citation: entry.citation,
    };
  }
  const citation = entry?.citation ?? input.rules.off_table.citation;
  const a = input.assessment;
  if (!a) {
    return {
      rule: "causation",
      result: "needs_review",
      detail:
        "The table does not presume causation, and no causality assessment of the incident is frozen yet",
      citation,
    };
  }
  const assessment = {
    id: a.id,
    ruleset: a.ruleset,
    ruleset_version: a.ruleset_version,
    liable: a.liable,
    undecided: a.undecided,
  };
  const result: RuleResult = a.liable.length > 0 ? "pass" : a.undecided.length > 0 ? "needs_review" : "fail";
  const said = {
    pass: `finds ${a.liable.length} actor(s) liable`,
    needs_review: `leaves ${a.undecided.length} actor(s) undecided`,
    fail: "finds no actor liable",
  }[result];
  return {
    rule: "causation",
    result,
    detail: `The table does not presume causation; frozen assessment ${a.id} (${a.ruleset} v${a.ruleset_version}, ${a.recorded_at}) ${said}`,
    citation,
    assessment,
  };
}
