import type { ApplicabilityResult } from "../../../../domain/law/applicability";
import type { Tri } from "./logic";
import type { Role, Ruleset } from "./ruleset-schema";

/**
 * Contract between the HTTP layer (which reads the DB) and the engine.
 *
 * Time filtering is done INSIDE the engine, so the caller passes every row it has for the actors and
 * never pre-judges what counted "as of" a date:
 * - attestations count only if `effective_from <= incident.occurred_at` AND `recorded_at <=
 *   incident.occurred_at` (a declaration filed after the harm, even back-dated, was not on record when
 *   it mattered) AND (`effective_to` is null or later than `occurred_at`);
 * - published disclosures count as evidence for the obligations the ruleset maps their kind to only if
 *   `recorded_at <= incident.occurred_at`;
 * - findings (regulator/court determinations) count if they cover the incident date (`effective_from <=
 *   occurred_at < effective_to`) and were `recorded_at <= evaluated_at`: an investigation after the harm
 *   legitimately speaks about the state at the time of the harm;
 * - disclosure orders are judged at `evaluated_at`: unanswered and past due, or answered after due, is
 *   missed; unanswered and not yet due is pending.
 * `evaluated_at` is an input (never the wall clock) so re-running a frozen assessment reproduces it.
 */

export type ObligationFindingOutcome = "breach" | "met" | "not_applicable";

export interface AttestationFact {
  id: string;
  effective_from: string;
  effective_to?: string | null;
  recorded_at: string;
}

export interface FindingFact {
  id: string;
  outcome: ObligationFindingOutcome;
  effective_from: string;
  effective_to?: string | null;
  recorded_at: string;
}

/** All evidence about one catalog obligation of one actor; absent codes are treated as "missing". */
export interface ObligationEvidence {
  code: string;
  attestations: AttestationFact[];
  findings: FindingFact[];
}

export interface DisclosureOrderFact {
  id: string;
  due_at: string;
  answered_at: string | null;
  /** Who ordered disclosure (court, regulator); absent on orders recorded before issue 12. */
  decided_by?: string;
}

export interface DisclosureFact {
  id: string;
  kind: string;
  published: boolean;
  recorded_at: string;
}

/** `accepted: null` = pending; only `true` changes the outcome (a court accepted the rebuttal). */
export interface RebuttalFact {
  id: string;
  ruleset_id: string;
  /** A condition id of the ruleset, or the ruleset's `rebuttal.id` to rebut the presumption as a whole. */
  condition_id: string;
  accepted: boolean | null;
  decided_by?: string;
}

/** An operator reached through a supply-chain relation (importer, representative…), not the value chain. */
export type ChainPosition = Role | "supply_chain";

export interface ActorFacts {
  actor_id: string;
  role_in_chain: ChainPosition;
  /** The role under the instrument (PLD Art. 8: importer, substantial modifier, …), when it differs. */
  instrument_role?: string;
  /** Why the actor holds that role (the relation, the fact), for the explanation. */
  instrument_role_basis?: string;
  /** Facts a court recorded about this actor (condition-schema ACTOR_FIELDS). */
  legal_facts?: Record<string, boolean | null>;
  /** Set when the actor is reached through product lineage (e.g. the foundation-model developer). */
  via_lineage?: { product_id: string; depth: number };
  obligations: ObligationEvidence[];
  disclosure_orders: DisclosureOrderFact[];
  disclosures: DisclosureFact[];
  rebuttals: RebuttalFact[];
}

export interface IncidentFacts {
  id: string;
  occurred_at: string;
  risk_codes: string[];
  event_type: string;
  severity: string;
  outcome: string;
  use_area?: string | null;
  /** High-risk AI system / medical-device software (AILD Art. 4(2)-(5) scope). */
  product_high_risk: boolean;
  /** Harm arose during reasonably foreseeable use or under ordinary circumstances (PLD 10(2)(c)). */
  normal_use?: boolean | null;
  /** The harm is attributed to an obvious malfunction of the product (PLD 10(2)(c)). */
  obvious_malfunction?: boolean | null;
  /** Claimant can reasonably access sufficient evidence and expertise (AILD Art. 4(4)). */
  evidence_reasonably_accessible?: boolean | null;
  /** Proof is excessively difficult, e.g. technical/scientific complexity (AILD 4(5), PLD 10(4)). */
  excessive_difficulty?: boolean | null;
  /** Issue 12 legal facts (condition-schema INCIDENT_FIELDS), null or absent when unrecorded. */
  damage_personal_injury?: boolean | null;
  damage_property?: boolean | null;
  damage_data?: boolean | null;
  defect_established?: boolean | null;
  likely_defect_or_causation?: boolean | null;
  recall_or_withdrawal?: boolean | null;
  latent_personal_injury?: boolean | null;
  injured_person_fault?: boolean | null;
  output_caused_damage?: boolean | null;
  fault_causal_link_likely?: boolean | null;
  personal_non_professional_use?: boolean | null;
  causal_link_likely?: boolean | null;
  causal_link_established?: boolean | null;
  /** The Member State keeps liability despite the development-risk defence (PLD Art. 18). */
  development_risk_defence_excluded?: boolean | null;
  /** yes / no / unknown, as the reporter answered. */
  patient_knew_ai_was_used?: string | null;
  /** Which recorded decision each legal fact comes from, and who made it (court, regulator). */
  fact_sources?: Record<string, FactSource>;
  /** Dates the time limits run from (issue 12); absent ones leave the limit unknown. */
  dates?: TimeLimitDates;
}

export interface FactSource {
  id: string;
  decided_by: string;
}

export interface TimeLimitDates {
  /** The injured person's awareness of the damage, the defect and the liable operator (PLD Art. 16(1)). */
  limitation_start?: { at: string; basis: string } | null;
  /** Placing on the market / putting into service, or making available after a substantial modification (Art. 17(1)). */
  expiry_start?: { at: string; basis: string } | null;
}

/** The slice of the catalog the engine needs; passed in so the engine never touches files or the DB. */
/** A binding legal requirement (law/binding-requirements.json): only these satisfy PLD 10(2)(b). */
export interface RequirementFact {
  code: string;
  instrument: string;
  citation: string;
  duty_bearers: string[];
  risks: string[];
}

export interface CatalogFacts {
  risk_to_obligations: Record<string, string[]>;
  requirements?: RequirementFact[];
  /** `evidence`: the kinds of document that prove the obligation (catalog data); disclosures use them. */
  obligations: { code: string; actors: string[]; evidence?: string[] }[];
}

/** A recorded contractual allocation between two operators (for recourse only, PLD Art. 12(2), 14, 15). */
export interface AllocationFact {
  id: string;
  actor_id: string;
  counterparty_actor_id: string;
  share_basis_points: number | null;
  waives_recourse: boolean;
  reference: string;
}

export interface CausalityInput {
  ruleset: Ruleset;
  /** Contractual allocations between the incident's actors in force at the harm (issue 12). */
  allocations?: AllocationFact[];
  /** Whether the instrument covered the incident, as established before any condition (issue 11). */
  applicability?: ApplicabilityResult;
  /** Evaluated on request although the instrument did not (certainly) apply. */
  hypothetical?: boolean;
  evaluated_at: string;
  incident: IncidentFacts;
  catalog: CatalogFacts;
  actors: ActorFacts[];
}

export type BasisType =
  | "finding"
  | "attestation"
  | "missing_attestation"
  | "disclosure"
  | "disclosure_order"
  | "incident_field"
  | "legal_fact"
  | "rebuttal";

/** `ref` is a record id, or for missing_attestation the obligation code, or "field=value". */
export interface Basis {
  type: BasisType;
  ref: string;
  obligation_code?: string;
  /** For legal facts, orders and rebuttals: who decided (court, regulator, registry_default). */
  decided_by?: string;
}

export interface ConditionResult {
  id: string;
  citation: string;
  text: string;
  result: Tri;
  basis: Basis[];
}

export type Presumption = "applies" | "does_not_apply" | "insufficient_information";

export interface ActorAssessment {
  actor_id: string;
  role_in_chain: ChainPosition;
  via_lineage?: { product_id: string; depth: number };
  ruleset: string;
  ruleset_version: number;
  conditions: ConditionResult[];
  presumption: Presumption;
  /** Named results beside the overall one (PLD: defect_presumed, causal_link_presumed). */
  outcomes?: { id: string; citation: string; text: string; result: Presumption }[];
  /** The role under the instrument and why the actor holds it. */
  role_under_instrument?: string;
  role_basis?: string;
  /** The result rests on a fact only a regulator or the registry's default established, not a court. */
  provisional?: boolean;
  rebutted: boolean;
  explanation: string;
}
