import { z } from "zod";
import { ApplicabilitySchema } from "../../../../domain/law/applicability-schema";
import { INCIDENT_FLAGS } from "../flags";

/**
 * Reporting rulesets are data (reporting-rules/*.json), versioned and selected by date, because the law
 * they encode changes (an amendment postponing an application date is a new version) and past
 * deadlines must stay reproducible under the version in force. This module only validates that data.
 */

export { INCIDENT_FLAGS, type IncidentFlag } from "../flags";

const nonEmpty = z.string().trim().min(1);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a calendar date YYYY-MM-DD");

/**
 * A clause matches when every criterion it names matches (AND); inside one criterion any listed value
 * matches (OR). `medical_device` reads the product's recorded status, so a clause can be unknown.
 */
const ClauseSchema = z.strictObject({
  event_types: z.array(nonEmpty).min(1).optional(),
  severities: z.array(nonEmpty).min(1).optional(),
  flags: z.array(z.enum(INCIDENT_FLAGS)).min(1).optional(),
  medical_device: z
    .array(z.enum(["none", "mdr", "ivdr"]))
    .min(1)
    .optional(),
});
export type Clause = z.infer<typeof ClauseSchema>;

const PredicateSchema = z.strictObject({
  description: z.string().optional(),
  citation: z.string().optional(),
  any_of: z.array(ClauseSchema).min(1),
});
export type Predicate = z.infer<typeof PredicateSchema>;

/** Whom a report goes to: the authority (default), or the provider / importer-distributor (Art. 26(5)). */
export const ADDRESSEES = ["authority", "provider", "importer_or_distributor"] as const;
export type Addressee = (typeof ADDRESSEES)[number];

const RuleSchema = z.strictObject({
  id: nonEmpty,
  kind: z.enum(["initial", "complete"]),
  addressee: z.enum(ADDRESSEES).default("authority"),
  condition: z.union([z.literal("always"), PredicateSchema]),
  /** Only an actor that chose to file an incomplete initial report owes the complete one (Art. 73(5)). */
  applies_when: z.literal("initial_report_incomplete").optional(),
  /** null = tracked but not time-boxed: never due, never late. */
  days: z.number().int().positive().nullable(),
  /** The rule lapses when this incident flag is set (Art. 26(5): no informing a provider that cannot be reached). */
  unless_flag: z.enum(INCIDENT_FLAGS).optional(),
  /** "Immediately": due after the operator's configured window (REPORTING_IMMEDIATELY_HOURS), in hours. */
  immediately: z.literal(true).optional(),
  citation: nonEmpty,
  note: z.string().optional(),
});
export type ReportingRule = z.infer<typeof RuleSchema>;

export const ReportingRulesetSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    version: z.number().int().positive(),
    /** The version is the law for incidents occurring on or after this date (until a later version). */
    valid_from: day,
    title: nonEmpty,
    jurisdiction: nonEmpty,
    source: z.strictObject({
      instrument: nonEmpty,
      celex: z.string().optional(),
      url: z.url().optional(),
      articles: z.array(nonEmpty).optional(),
      checked: nonEmpty,
    }),
    applicability: ApplicabilitySchema,
    applies_to_roles: z.array(nonEmpty).min(1),
    /** Roles that owe the duty only when an incident flag is set (Art. 26(5): provider unreachable). */
    also_applies_to: z
      .array(z.strictObject({ role: nonEmpty, when_flag: z.enum(INCIDENT_FLAGS), citation: nonEmpty }))
      .default([]),
    trigger: PredicateSchema,
    clock_start: z.literal("actor_awareness"),
    clock_start_note: nonEmpty,
    /**
     * "elapsed": due = clock start + days × 24 h.
     * "calendar_end_of_day_local": Regulation 1182/71 Art. 3; the start day is not counted and the
     * period ends at the end of the last day in the zone of the country where the incident occurred.
     */
    day_count: z.enum(["elapsed", "calendar_end_of_day_local"]),
    day_count_note: nonEmpty,
    rules: z.array(RuleSchema).min(1),
    /** Duties that come with the regime but have no computable period (e.g. Art. 73(6) investigation). */
    duties: z.array(z.strictObject({ id: nonEmpty, citation: nonEmpty, text: nonEmpty })).default([]),
  })
  .superRefine((rs, ctx) => {
    const seen = new Set<string>();
    rs.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: `duplicate rule id "${rule.id}"` });
      }
      seen.add(rule.id);
      // An initial report is the one the statutory period bites on: it must be dated somehow.
      if (rule.kind === "initial" && rule.days === null && !rule.immediately) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "days"],
          message: "initial rules must set days or immediately",
        });
      }
      if (rule.immediately && rule.days !== null) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "days"],
          message: "must be null when immediately is set",
        });
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

/** Validates a ruleset given as JSON text or a parsed value; `name` (the file) is in every error. */
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

/**
 * The version of each ruleset in force for an incident that occurred on `day` (YYYY-MM-DD): the latest
 * `valid_from` not after it. An incident before every version gets none of that ruleset.
 */
export function rulesetsInForce(all: readonly ReportingRuleset[], day: string): ReportingRuleset[] {
  const byId = new Map<string, ReportingRuleset>();
  for (const rs of all) {
    if (rs.valid_from > day) continue;
    const cur = byId.get(rs.id);
    if (!cur || rs.valid_from > cur.valid_from) byId.set(rs.id, rs);
  }
  return [...byId.values()];
}
