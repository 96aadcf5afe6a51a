import { z } from "zod";

/**
 * Condition kinds a ruleset may use. The set is closed on purpose: legal text varies per ruleset, but
 * the engine only ever interprets these seven shapes, so a new ruleset never needs new code unless it
 * needs a genuinely new kind of fact.
 */

/** Facts a court (or, provisionally, a regulator) records about the incident: legal-facts routes. */
export const COURT_FACT_FIELDS = [
  "normal_use",
  "obvious_malfunction",
  "evidence_reasonably_accessible",
  "excessive_difficulty",
  // Issue 12, read by the v2 rulesets.
  "damage_personal_injury",
  "damage_property",
  "damage_data",
  "defect_established",
  "likely_defect_or_causation",
  "recall_or_withdrawal",
  "latent_personal_injury",
  "injured_person_fault",
  "output_caused_damage",
  "fault_causal_link_likely",
  "personal_non_professional_use",
  "causal_link_likely",
  "causal_link_established",
  "development_risk_defence_excluded",
] as const;

/** Incident fields a ruleset may test. Kept closed so a typo in a data file fails at start-up. */
export const INCIDENT_FIELDS = [
  "event_type",
  "severity",
  "outcome",
  "use_area",
  "product_high_risk",
  "patient_knew_ai_was_used",
  ...COURT_FACT_FIELDS,
] as const;
export type IncidentField = (typeof INCIDENT_FIELDS)[number];

/** Facts a court records about one actor (issue 12): its modification of the product, its defences. */
export const ACTOR_FIELDS = [
  "substantially_modified",
  "distributor_failed_to_identify",
  "defence_not_placed_on_market",
  "defence_not_made_available",
  "defence_defect_arose_later",
  "defence_compliance_with_law",
  "defence_development_risk",
  "defence_component_design",
  "defence_unmodified_part",
  "software_defect_within_control",
  "risk_mitigation_effective",
] as const;
export type ActorField = (typeof ACTOR_FIELDS)[number];

export const nonEmpty = z.string().trim().min(1);
export const slug = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, "must be a lowercase slug");
export const obligationCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*$/, "must be an upper-case catalog obligation code");
const riskCode = z.string().regex(/^R_[A-Z0-9_]+$/, "must be a catalog risk code (R_...)");
const primitive = z.union([z.string(), z.number(), z.boolean()]);

const base = {
  id: slug,
  citation: nonEmpty,
  text: nonEmpty,
  note: z.string().optional(),
  /** The standard the element is proven to (issue 12), e.g. "demonstrate", "likely", "probable". */
  standard: z.string().optional(),
  /** What to do when the element is unknown, e.g. "ask the court for an Art. 10(4) finding". */
  how_to_establish: z.string().optional(),
  /** How a defendant answers the element when it is met (rebuttal, defence). */
  answer: z.string().optional(),
};

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

const ActorFieldTest = z.strictObject({
  field: z.enum(ACTOR_FIELDS),
  met_values: z.array(primitive).min(1),
  not_met_values: z.array(primitive).default([]),
  if_unrecorded: z.enum(["met", "not_met", "unknown"]).default("unknown"),
});

/** Facts a court recorded about the assessed actor (issue 12). */
const ActorFactsCondition = z.strictObject({
  ...base,
  kind: z.literal("actor_facts"),
  combine: z.enum(["all", "any"]),
  tests: z.array(ActorFieldTest).min(1),
});

/**
 * Met when a finding records the actor's breach of a *binding* requirement (law/binding-requirements.json)
 * meant to protect against the incident's risks: only these satisfy PLD Art. 10(2)(b) and AILD Art. 4(2).
 * The claimant must demonstrate non-compliance, so silence is unknown, never met.
 */
const RequirementCondition = z.strictObject({
  ...base,
  kind: z.literal("requirement_non_compliance"),
  instruments: z.array(nonEmpty).min(1).optional(),
  restrict_to_incident_risks: z.boolean(),
  /**
   * "actor": the assessed actor's own breach (AILD 4(2): the defendant's duty). "product": a breach by
   * anyone answering for the product makes the product non-compliant (PLD 10(2)(b)), whoever is sued.
   */
  scope: z.enum(["actor", "product"]).default("actor"),
});

export const ConditionSchema = z.discriminatedUnion("kind", [
  DisclosureOrderCondition,
  ObligationCondition,
  IncidentFactsCondition,
  RiskMatchCondition,
  LinkageCondition,
  ActorFactsCondition,
  RequirementCondition,
]);
export type Condition = z.infer<typeof ConditionSchema>;
