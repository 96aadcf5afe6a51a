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
}

export interface ActorFacts {
  actor_id: string;
  role_in_chain: Role;
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
}

/** The slice of the catalog the engine needs; passed in so the engine never touches files or the DB. */
export interface CatalogFacts {
  risk_to_obligations: Record<string, string[]>;
  /** `evidence`: the kinds of document that prove the obligation (catalog data); disclosures use them. */
  obligations: { code: string; actors: string[]; evidence?: string[] }[];
}

export interface CausalityInput {
  ruleset: Ruleset;
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
  | "rebuttal";

/** `ref` is a record id, or for missing_attestation the obligation code, or "field=value". */
export interface Basis {
  type: BasisType;
  ref: string;
  obligation_code?: string;
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
  role_in_chain: Role;
  via_lineage?: { product_id: string; depth: number };
  ruleset: string;
  ruleset_version: number;
  conditions: ConditionResult[];
  presumption: Presumption;
  rebutted: boolean;
  explanation: string;
}
