import { z } from "zod";

/**
 * Condition kinds a ruleset may use. The set is closed on purpose: legal text varies per ruleset, but
 * the engine only ever interprets these five shapes, so a new ruleset never needs new code unless it
 * needs a genuinely new kind of fact.
 */

/** Incident fields a ruleset may test. Kept closed so a typo in a data file fails at start-up. */
export const INCIDENT_FIELDS = [
  "event_type",
  "severity",
  "outcome",
  "use_area",
  "product_high_risk",
  "normal_use",
  "obvious_malfunction",
  "evidence_reasonably_accessible",
  "excessive_difficulty",
] as const;
export type IncidentField = (typeof INCIDENT_FIELDS)[number];

export const nonEmpty = z.string().trim().min(1);
export const slug = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, "must be a lowercase slug");
export const obligationCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*$/, "must be an upper-case catalog obligation code");
const riskCode = z.string().regex(/^R_[A-Z0-9_]+$/, "must be a catalog risk code (R_...)");
const primitive = z.union([z.string(), z.number(), z.boolean()]);

const base = { id: slug, citation: nonEmpty, text: nonEmpty, note: z.string().optional() };

/** Met when the actor failed a court/regulator order to disclose or preserve evidence. */
const DisclosureOrderCondition = z.strictObject({ ...base, kind: z.literal("disclosure_order_missed") });

/**
 * Met when a relevant catalog obligation is breached as of the incident. `codes` omitted = every catalog
 * obligation linked to the incident's risks. `missing_attestation` encodes who bears the burden of
 * proof: "met" (the duty-bearer must show compliance, WHO 5.2/7) or "unknown" (the claimant must show
 * non-compliance, so silence in the registry proves nothing either way).
 */
const ObligationCondition = z.strictObject({
  ...base,
  kind: z.literal("obligation_non_compliance"),
  codes: z.array(obligationCode).min(1).optional(),
  restrict_to_incident_risks: z.boolean(),
  missing_attestation: z.enum(["met", "unknown"]),
});

const FieldTest = z
  .strictObject({
    field: z.enum(INCIDENT_FIELDS),
    met_values: z.array(primitive).min(1),
    not_met_values: z.array(primitive).default([]),
    /**
     * Result when the field is null/absent. Encodes who must prove the fact: AILD Art. 4(4) puts the
     * accessibility of evidence on the defendant, so an unrecorded value means "not shown" (not_met).
     */
    if_unrecorded: z.enum(["met", "not_met", "unknown"]).default("unknown"),
  })
  .refine((t) => !t.met_values.some((v) => t.not_met_values.includes(v)), {
    message: "a value cannot be both met and not_met",
    path: ["not_met_values"],
  });

/** Facts recorded on the incident itself; a recorded value outside both lists is "unknown". */
const IncidentFactsCondition = z.strictObject({
  ...base,
  kind: z.literal("incident_facts"),
  combine: z.enum(["all", "any"]),
  tests: z.array(FieldTest).min(1),
});

/** Met when the incident's harm is of a kind listed (damage typically consistent with the defect). */
const RiskMatchCondition = z.strictObject({
  ...base,
  kind: z.literal("incident_risk_match"),
  risk_codes: z.array(riskCode).min(1),
});

/**
 * Met when an obligation found breached by one of `fault_conditions` is linked in the catalog to an
 * incident risk that materialises through the system's output (AILD Art. 4(1)(b)).
 */
const LinkageCondition = z.strictObject({
  ...base,
  kind: z.literal("fault_risk_linkage"),
  fault_conditions: z.array(slug).min(1),
  output_risk_codes: z.array(riskCode).min(1),
});

export const ConditionSchema = z.discriminatedUnion("kind", [
  DisclosureOrderCondition,
  ObligationCondition,
  IncidentFactsCondition,
  RiskMatchCondition,
  LinkageCondition,
]);
export type Condition = z.infer<typeof ConditionSchema>;
