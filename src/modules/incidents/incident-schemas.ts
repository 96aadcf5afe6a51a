import { z } from "@hono/zod-openapi";
import {
  Country,
  Id,
  IsoDateTime,
  LanguageTag,
  Phone,
  RegistrationNumber,
  Sha256,
  uniqueArray,
} from "../../platform/http/schemas";
import { EVENT_TYPES, OUTCOMES, SEVERITIES } from "./domain/vocabulary";

export { EVENT_TYPES, OUTCOMES, SEVERITIES };
export const SETTINGS = [
  "hospital",
  "primary_care",
  "telehealth",
  "consumer_app",
  "pharmacy",
  "long_term_care",
  "home_care",
  "public_health",
  "research",
  "other",
] as const;
export const REPORTER_ROLES = [
  "patient",
  "carer",
  "clinician",
  "deployer",
  "developer",
  "provider",
  "other",
] as const;
export const YES_NO_UNKNOWN = ["yes", "no", "unknown"] as const;
export const RESPONSE_KINDS = ["acknowledgement", "root_cause", "corrective_action", "dispute"] as const;

/** Stored verbatim (no trimming): reporters' words are evidence. Blank text is still refused. */
export const Verbatim = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => v.trim().length > 0, "must not be blank");

export const Evidence = z
  .object({
    sha256: Sha256,
    media_type: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, "must be a media type"),
    description: Verbatim(2000).optional(),
  })
  .strict();

export const Contact = z
  .object({
    name: z.string().trim().min(1).max(300).optional(),
    email: z.email().max(320).optional(),
    phone: Phone.optional(),
  })
  .strict()
  .refine((c) => c.name ?? c.email ?? c.phone, "give at least one of name, email, phone");

export const Reporter = z
  .object({ role: z.enum(REPORTER_ROLES), anonymous: z.boolean(), contact: Contact.optional() })
  .strict()
  .superRefine((r, ctx) => {
    if (r.anonymous && r.contact) {
      ctx.addIssue({
        code: "custom",
        path: ["contact"],
        message: "must be omitted when the report is anonymous",
      });
    }
    if (!r.anonymous && !r.contact) {
      ctx.addIssue({
        code: "custom",
        path: ["contact"],
        message: "is required unless the report is anonymous",
      });
    }
  });

export const Patient = z
  .object({
    age_band: z
      .enum(["0-1", "2-11", "12-17", "18-29", "30-44", "45-64", "65-74", "75+", "unknown"])
      .optional(),
    sex: z.enum(["female", "male", "intersex", "unknown"]).optional(),
    language: LanguageTag.optional(),
    disability: z.enum(["yes", "no", "unknown"]).optional(),
    ethnicity: z.string().trim().min(1).max(100).optional(),
    patient_knew_ai_was_used: z.enum(YES_NO_UNKNOWN).optional(),
  })
  .strict();

const CatalogCode = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[A-Z0-9_]+$`), `must be a ${prefix}… catalog code`);

export const IncidentCreate = z
  .object({
    product_id: Id.optional(),
    registration_number: RegistrationNumber.optional(),
    product_name: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: "When the product is not known" }),
    product_version_id: Id.optional(),
    deployment_id: Id.optional(),
    occurred_at: IsoDateTime,
    aware_at: IsoDateTime.optional(),
    country: Country,
    setting: z.enum(SETTINGS),
    use_area: CatalogCode("U_").optional(),
    description: Verbatim(20_000),
    description_identifying: z
      .boolean()
      .default(false)
      .openapi({ description: "The text names or identifies people" }),
    event_type: z.enum(EVENT_TYPES),
    severity: z.enum(SEVERITIES),
    outcome: z.enum(OUTCOMES),
    risk_codes: uniqueArray(CatalogCode("R_")).max(45).default([]),
    widespread_infringement: z.boolean().default(false),
    critical_infrastructure_disruption: z.boolean().default(false),
    fundamental_rights_infringement: z.boolean().default(false),
    property_or_environment_harm: z.boolean().default(false),
    serious_public_health_threat: z.boolean().default(false),
    unanticipated_deterioration: z.boolean().default(false),
    patient: Patient.default({}),
    reporter: Reporter,
    evidence: z.array(Evidence).max(50).default([]),
    transcript_sha256: Sha256.optional(),
    report_type: z
      .enum(["initial", "complete"])
      .optional()
      .openapi({ description: "Actors: Art. 73 initial or complete" }),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (
      !b.product_id &&
      !b.registration_number &&
      !b.product_name &&
      !b.product_version_id &&
      !b.deployment_id
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["product_id"],
        message: "give product_id, registration_number or product_name",
      });
    }
    if (b.product_id && b.registration_number) {
      ctx.addIssue({
        code: "custom",
        path: ["registration_number"],
        message: "give product_id or registration_number, not both",
      });
    }
    if (b.aware_at && b.aware_at < b.occurred_at) {
      ctx.addIssue({ code: "custom", path: ["aware_at"], message: "must not precede occurred_at" });
    }
  })
  .openapi("IncidentCreate");
export type IncidentCreateInput = z.infer<typeof IncidentCreate>;
