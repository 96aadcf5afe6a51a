import { z } from "zod";

/**
 * Reporting rulesets are data (reporting-rules/*.json), versioned and selectable, because the law they
 * encode changes (implementing acts, guidance, other jurisdictions) and past deadlines must stay
 * reproducible under the version that was in force. This module only validates that data.
 */

export const INCIDENT_FLAGS = ["widespread_infringement", "critical_infrastructure_disruption"] as const;
export type IncidentFlag = (typeof INCIDENT_FLAGS)[number];

/** Sources the clock may start from, in the order the ruleset lists them. */
export const CLOCK_SOURCES = ["aware_at", "actor_became_aware_at", "received_at"] as const;
export type ClockSource = (typeof CLOCK_SOURCES)[number];

const nonEmpty = z.string().trim().min(1);

/**
 * A clause matches when every criterion it names matches (AND); inside one criterion any listed value
 * matches (OR). An empty clause matches every incident, which is how "always" is expressed structurally.
 */
const ClauseSchema = z.strictObject({
  event_types: z.array(nonEmpty).min(1).optional(),
  severities: z.array(nonEmpty).min(1).optional(),
  flags: z.array(z.enum(INCIDENT_FLAGS)).min(1).optional(),
});
export type Clause = z.infer<typeof ClauseSchema>;

/** A predicate matches when any of its clauses matches (OR of ANDs keeps the data flat and readable). */
const PredicateSchema = z.strictObject({
  description: z.string().optional(),
  any_of: z.array(ClauseSchema).min(1),
});
export type Predicate = z.infer<typeof PredicateSchema>;

const RuleSchema = z.strictObject({
  id: nonEmpty,
  kind: z.enum(["initial", "complete"]),
  condition: z.union([z.literal("always"), PredicateSchema]),
  /**
   * "initial_report_incomplete": the rule only binds an actor that chose to file an incomplete initial
   * report (Art. 73(5)); without it, a rule binds every in-scope actor.
   */
  applies_when: z.literal("initial_report_incomplete").optional(),
  /** null = tracked but not time-boxed: never due, never late. */
  days: z.number().int().positive().nullable(),
  citation: nonEmpty,
  note: z.string().optional(),
});
export type ReportingRule = z.infer<typeof RuleSchema>;

export const ReportingRulesetSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    version: z.number().int().positive(),
    title: nonEmpty,
    source: z.strictObject({
      instrument: nonEmpty,
      celex: z.string().optional(),
      url: z.url().optional(),
      articles: z.array(nonEmpty).optional(),
    }),
    applies_to_roles: z.array(nonEmpty).min(1),
    trigger: PredicateSchema,
    clock_start: z.enum(CLOCK_SOURCES),
    clock_start_fallback: z.array(z.enum(CLOCK_SOURCES)).default([]),
    clock_start_note: z.string().optional(),
    /**
     * "elapsed": due = clock start + days × 24 h.
     * "calendar_end_of_day_utc": Regulation 1182/71 Art. 3 style; the start day is not counted and the
     * period ends at the end (UTC) of the last day.
     */
    day_count: z.enum(["elapsed", "calendar_end_of_day_utc"]),
    day_count_note: z.string().optional(),
    rules: z.array(RuleSchema).min(1),
  })
  .superRefine((rs, ctx) => {
    const seen = new Set<string>();
    rs.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: `duplicate rule id "${rule.id}"` });
      }
      seen.add(rule.id);
      // An initial report is the one the statutory period bites on; leaving it untimed would make the
      // ruleset unable to produce a deadline at all.
      if (rule.kind === "initial" && rule.days === null) {
        ctx.addIssue({ code: "custom", path: ["rules", i, "days"], message: "initial rules must set days" });
      }
      if (rule.kind === "initial" && rule.applies_when !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "applies_when"],
          message: "applies_when is only meaningful for complete rules",
        });
      }
    });
    if (!rs.rules.some((r) => r.kind === "initial")) {
      ctx.addIssue({ code: "custom", path: ["rules"], message: "at least one initial rule is required" });
    }
    if (rs.clock_start_fallback.includes(rs.clock_start)) {
      ctx.addIssue({
        code: "custom",
        path: ["clock_start_fallback"],
        message: "must not repeat clock_start",
      });
    }
  });
export type ReportingRuleset = z.infer<typeof ReportingRulesetSchema>;

export interface RulesetIssue {
  path: string;
  message: string;
}

/** Typed domain error so the API error mapper can turn `code` into a status without string matching. */
export class ReportingRulesetError extends Error {
  readonly code = "invalid_reporting_ruleset";
  constructor(
    readonly rulesetName: string,
    readonly issues: RulesetIssue[],
  ) {
    super(
      `invalid reporting ruleset "${rulesetName}": ${issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`,
    );
    this.name = "ReportingRulesetError";
  }
}

/**
 * Validates a ruleset given as a JSON string or an already-parsed value. `name` (usually the file name)
 * is carried into every error so a bad data file is found without a debugger.
 */
export function parseReportingRuleset(json: unknown, name: string): ReportingRuleset {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (err) {
      throw new ReportingRulesetError(name, [
        { path: "", message: `not valid JSON: ${(err as Error).message}` },
      ]);
    }
  }
  const result = ReportingRulesetSchema.safeParse(value);
  if (!result.success) {
    throw new ReportingRulesetError(
      name,
      result.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      })),
    );
  }
  return result.data;
}
