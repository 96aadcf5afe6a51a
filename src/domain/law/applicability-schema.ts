import { z } from "zod";

/**
 * The applicability block every ruleset (reporting and liability) carries (issue 11). It is evaluated
 * before any condition of the instrument: whether the instrument covers this incident at all, by time,
 * territory and kind of product (roles are the rulesets' own `roles` / `applies_to_roles`). Each test
 * cites the provision it encodes.
 */
const nonEmpty = z.string().trim().min(1);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a calendar date YYYY-MM-DD");
const base = { id: z.string().regex(/^[a-z0-9_]+$/), citation: nonEmpty, text: nonEmpty };

export const PRODUCT_FACTS = [
  "ai_act_risk_class",
  "ai_act_risk_basis",
  "medical_device",
  "open_source",
  "commercial_activity",
  "us_fda_device",
] as const;
export type ProductFactName = (typeof PRODUCT_FACTS)[number];

const FactCondition = z.strictObject({
  fact: z.enum(PRODUCT_FACTS),
  values: z.array(z.union([z.string(), z.boolean()])).min(1),
});

const GovernedBy = z.strictObject({ instrument: nonEmpty, citation: nonEmpty });

export const ApplicabilityTestSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("incident_territory"), territories: z.array(nonEmpty).min(1), ...base }),
  z.strictObject({
    kind: z.literal("market"),
    territories: z.array(nonEmpty).min(1),
    /** Placement must fall strictly after (`after`) or on/after (`from`) this local date. */
    after: day.optional(),
    from: day.optional(),
    /** Placements before `before` are governed by another instrument; between the two, nobody says. */
    earlier: z
      .strictObject({ before: day, governed_instead_by: GovernedBy, gap_text: nonEmpty.optional() })
      .optional(),
    /** The product must have been on that market when the harm occurred. */
    at_incident: z.boolean().default(true),
    /** A later start for some products (AI Act Art. 111(2) read with the Chapter III dates). */
    later_for: z.array(z.strictObject({ when: FactCondition, from: day, citation: nonEmpty })).default([]),
    ...base,
  }),
  z.strictObject({
    kind: z.literal("incident_date"),
    from: day,
    /** A later date for some products (AI Act Art. 113(c): Art. 6(1) systems). */
    later_for: z.array(z.strictObject({ when: FactCondition, from: day, citation: nonEmpty })).default([]),
    ...base,
  }),
  z.strictObject({
    kind: z.literal("product_fact"),
    ...FactCondition.shape,
    ...base,
  }),
  z.strictObject({
    kind: z.literal("exclusion"),
    all: z.array(FactCondition).min(1),
    /** "not_excluded": an unproven exclusion is not applied (a registry default, said so in the answer). */
    when_unknown: z.enum(["not_excluded", "unknown"]),
    ...base,
  }),
  z.strictObject({ kind: z.literal("never_in_force"), ...base }),
]);
export type ApplicabilityTest = z.infer<typeof ApplicabilityTestSchema>;

export const ApplicabilitySchema = z.strictObject({
  note: z.string().optional(),
  /** Empty for guidance addressed to everyone (WHO): it then applies to every incident. */
  tests: z.array(ApplicabilityTestSchema),
});
export type Applicability = z.infer<typeof ApplicabilitySchema>;
