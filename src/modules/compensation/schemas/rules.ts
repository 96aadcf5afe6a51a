import { z } from "@hono/zod-openapi";
import { Country } from "../../../platform/http/schemas";
import { EVENT_TYPES, OUTCOMES, SETTINGS, SEVERITIES } from "../../incidents";
import { AWARD_KINDS, type FundRules } from "../domain/types";

/** The published rules a fund is judged by; see domain/types.ts for what each part means. */

const Citation = z.string().trim().min(1).max(500).openapi({ example: "Fund Rules 2027, r. 4(2)" });
const Minor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Days = z.number().int().min(0).max(36_500);
const Code = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, "must be 1-64 letters, digits, _ . or -")
  .openapi({ example: "HT-1" });

const HarmTableEntry = z
  .object({
    id: Code,
    description: z.string().trim().min(1).max(500),
    risk_codes: z.array(z.string().min(1).max(64)).min(1).max(50),
    use_areas: z.array(z.string().min(1).max(64)).min(1).max(50).optional(),
    event_types: z.array(z.enum(EVENT_TYPES)).min(1).optional(),
    min_severity: z.enum(SEVERITIES),
    onset_window_days: z
      .object({ min: Days, max: Days })
      .strict()
      .refine((w) => w.min <= w.max, { message: "min must not exceed max", path: ["max"] }),
    presumed_causation: z.boolean(),
    citation: Citation,
  })
  .strict();

const Exclusion = z
  .object({
    code: Code,
    description: z.string().trim().min(1).max(500),
    citation: Citation,
    match: z
      .object({
        event_types: z.array(z.enum(EVENT_TYPES)).min(1).optional(),
        outcomes: z.array(z.enum(OUTCOMES)).min(1).optional(),
        settings: z.array(z.enum(SETTINGS)).min(1).optional(),
      })
      .strict()
      .optional()
      .openapi({ description: "Facts that make the exclusion apply; without them a person determines it" }),
  })
  .strict();

const AwardKind = z.enum(AWARD_KINDS);

export const FundRulesSchema = z
  .object({
    scope: z.object({ citation: Citation }).strict(),
    harm_table: z.array(HarmTableEntry).min(1).max(200),
    off_table: z.object({ admitted: z.boolean(), citation: Citation }).strict(),
    exclusions: z.array(Exclusion).max(50),
    filing_deadlines: z
      .object({
        injury_days_from_discovery: Days,
        death_days_from_discovery: Days,
        long_stop_days_from_interaction: Days,
        citation: Citation,
      })
      .strict(),
    award_schedule: z
      .array(
        z
          .object({ min_severity: z.enum(SEVERITIES), kind: AwardKind, max_minor: Minor, citation: Citation })
          .strict(),
      )
      .min(1)
      .max(100),
    caps: z
      .object({
        per_claim_minor: Minor,
        per_kind_minor: z.partialRecord(AwardKind, Minor),
        annual_fund_minor: Minor,
        citation: Citation,
      })
      .strict(),
    appeals: z.object({ window_days: Days, citation: Citation }).strict(),
  })
  .strict()
  .superRefine((rules, ctx) => {
    const unique = (values: string[], path: string) => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        if (seen.has(v)) ctx.addIssue({ code: "custom", message: `duplicate ${v}`, path: [path, i] });
        seen.add(v);
      });
    };
    unique(
      rules.harm_table.map((e) => e.id),
      "harm_table",
    );
    unique(
      rules.exclusions.map((e) => e.code),
      "exclusions",
    );
  })
  .openapi("FundRules");

// The schema and the domain's type must describe the same rules.
const _sameShape: (r: z.infer<typeof FundRulesSchema>) => FundRules = (r) => r;

/** `EU` for the Union as a whole, or one country (ISO 3166-1 alpha-2). */
export const Jurisdiction = z
  .string()
  .transform((v) => v.toUpperCase())
  .pipe(z.union([z.literal("EU"), Country]))
  .openapi({ type: "string", example: "EU", description: "EU, or ISO 3166-1 alpha-2" });

/** ISO 4217 alphabetic code; amounts are integers in its minor unit. */
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code, e.g. EUR")
  .refine((c) => Intl.supportedValuesOf("currency").includes(c), "must be an ISO 4217 code, e.g. EUR")
  .openapi({ example: "EUR" });
