import { z } from "@hono/zod-openapi";
import {
  Country,
  Cursor,
  Id,
  IsoDateTime,
  LanguageTag,
  Limit,
  RegistrationNumber,
} from "../../../platform/http/schemas";
import { searchText } from "../../../platform/http/search-text";
import { INCIDENT_STATUSES } from "../domain/workflow";
import { EVENT_TYPES, OUTCOMES, Patient, SETTINGS, SEVERITIES, YES_NO_UNKNOWN } from "../incident-schemas";
import { SORTS } from "../queries";

/**
 * Query-string schema of the issue-6 filter set, shared by the incident list, stats and export routes.
 * Lists are comma-separated (`severity=severe,fatal`) and mean "any of"; filters combine with AND.
 * Unknown parameters are refused (strict), so a typo is a 400 naming it instead of a silently wider result.
 */
const split = (v: string) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export const csvList = <T extends z.ZodType>(item: T, description: string) =>
  z
    .preprocess(
      (v) => (typeof v === "string" ? split(v) : v),
      z.array(item).min(1, "must name at least one value").max(100, "at most 100 values"),
    )
    .optional()
    .openapi({ type: "string", description: `${description} (comma-separated, any of)` });

const oneOf = <T extends readonly [string, ...string[]]>(values: T, description: string) =>
  csvList(z.enum(values), `${description}: ${values.join(", ")}`);

const code = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[A-Z0-9_]+$`), `must be a ${prefix}… code`);

export const filterFields = {
  product_id: csvList(Id, "Product ids"),
  registration_number: csvList(RegistrationNumber, "Registration numbers"),
  actor_id: Id.optional().openapi({
    description: "Actor anywhere in the chain (developer, provider, deployer)",
  }),
  foundation_model_id: Id.optional().openapi({
    description:
      "Products descending from this model (version lineage at the time of the incident when known)",
  }),
  risk_code: csvList(code("R_"), "Catalog risk codes"),
  event_type: oneOf(EVENT_TYPES, "Event types"),
  severity: oneOf(SEVERITIES, "Severities"),
  severity_min: z
    .enum(SEVERITIES)
    .transform((s) => SEVERITIES.indexOf(s))
    .optional()
    .openapi({ type: "string", enum: [...SEVERITIES], description: "This severity or worse" }),
  outcome: oneOf(OUTCOMES, "Outcomes"),
  status: oneOf(INCIDENT_STATUSES, "Case statuses"),
  country: csvList(Country, "ISO 3166-1 alpha-2 countries"),
  use_area: csvList(code("U_"), "Catalog use areas"),
  setting: oneOf(SETTINGS, "Care settings"),
  // Patient attributes: regulators only (see PATIENT_FIELD_AUDIENCE in ./access.ts); others get 403.
  age_band: csvList(z.enum(Patient.shape.age_band.unwrap().enum), "Regulators only. Age bands"),
  sex: csvList(z.enum(Patient.shape.sex.unwrap().enum), "Regulators only. Sex"),
  language: csvList(LanguageTag, "Regulators only. BCP 47 language tags of the patient"),
  disability: oneOf(YES_NO_UNKNOWN, "Regulators only. Disability"),
  patient_knew_ai_was_used: oneOf(YES_NO_UNKNOWN, "Whether the patient knew AI was used"),
  occurred_from: IsoDateTime.optional().openapi({ description: "occurred_at ≥ this" }),
  occurred_to: IsoDateTime.optional().openapi({ description: "occurred_at < this (half-open)" }),
  reported_from: IsoDateTime.optional().openapi({ description: "received_at ≥ this" }),
  reported_to: IsoDateTime.optional().openapi({ description: "received_at < this (half-open)" }),
  q: searchText({
    maxLength: 500,
    maxTerms: 16,
    description: "Full text over descriptions, any language; every term (at most 16) must occur",
  }).optional(),
};

/** A range that ends before it starts is a mistake, not an empty result. */
export function checkRanges(q: { [key: string]: unknown }, ctx: z.RefinementCtx) {
  for (const [from, to] of [
    ["occurred_from", "occurred_to"],
    ["reported_from", "reported_to"],
  ] as const) {
    const a = q[from];
    const b = q[to];
    if (typeof a === "string" && typeof b === "string" && b <= a)
      ctx.addIssue({ code: "custom", path: [to], message: `must be after ${from}` });
  }
}

export const pagingFields = {
  sort: z.enum(SORTS).default("-received_at").openapi({ description: "`-` = newest first" }),
  limit: Limit,
  cursor: Cursor,
};

/** The list query: every filter plus sort/limit/cursor, and any route-specific extra fields. */
export const incidentQuerySchema = <E extends z.ZodRawShape>(extra: E) =>
  z
    .object({ ...filterFields, ...pagingFields, ...extra })
    .strict()
    .superRefine(checkRanges);
