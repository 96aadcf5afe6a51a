/**
 * A no-fault compensation fund's published rules (WHO 2024 guidance §7, "Liability for LMMs": governments
 * may consider "no-fault, no-liability compensation funds"). The shape follows the models the issue names:
 * the US Vaccine Injury Compensation Program (an injury table whose entries, with an onset window, give
 * presumed causation; filing deadlines; caps on pain and suffering and on the death award), Swedish patient
 * insurance and New Zealand ACC treatment injury (exclusions for an ordinary consequence of treatment).
 *
 * Every element carries its `citation` (the fund's own rule, article and paragraph): the eligibility answer
 * quotes it, so a claimant, a court or a regulator sees which published rule decided each point.
 * Days are elapsed 24-hour periods in UTC; the last instant of the last day still counts.
 */

export const LOSS_KINDS = [
  "medical_costs",
  "lost_income",
  "care_costs",
  "pain_and_suffering",
  "funeral",
] as const;
export type LossKind = (typeof LOSS_KINDS)[number];
/** What a fund may award: the claimed loss kinds plus the fixed death benefit paid to an estate. */
export const AWARD_KINDS = [...LOSS_KINDS, "death_benefit"] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const RELATIONSHIPS = ["patient", "carer", "estate"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
export const DECISIONS = ["approved", "partially_approved", "denied"] as const;
export type Decision = (typeof DECISIONS)[number];

export interface HarmTableEntry {
  id: string;
  description: string;
  /** The entry matches an incident carrying any of these catalog risk codes. */
  risk_codes: string[];
  /** Absent: any use area. */
  use_areas?: string[] | undefined;
  /** Absent: any event type. */
  event_types?: string[] | undefined;
  min_severity: string;
  /** Days from the AI interaction to the harm (the incident's occurred_at), both ends inclusive. */
  onset_window_days: { min: number; max: number };
  presumed_causation: boolean;
  citation: string;
}

export interface Exclusion {
  code: string;
  description: string;
  citation: string;
  /**
   * Incident facts that make the exclusion apply by themselves. Without them (e.g. "an ordinary consequence
   * of the underlying condition") the exclusion needs a recorded determination: it is never inferred.
   */
  match?:
    | { event_types?: string[] | undefined; outcomes?: string[] | undefined; settings?: string[] | undefined }
    | undefined;
}

export interface FundRules {
  /** Where the fund pays: incidents in this territory (EU or an ISO 3166-1 alpha-2 code). */
  scope: { citation: string };
  harm_table: HarmTableEntry[];
  /** Claims no table entry covers: refused, or admitted when causation is proven (VICP "off-table"). */
  off_table: { admitted: boolean; citation: string };
  exclusions: Exclusion[];
  filing_deadlines: {
    /** Days from the claimant's discovery of the harm. */
    injury_days_from_discovery: number;
    /** Days from discovery, for a fatal harm. */
    death_days_from_discovery: number;
    /** Days from the AI interaction, whatever the discovery date. */
    long_stop_days_from_interaction: number;
    citation: string;
  };
  /** The most a fund pays per kind, by the least severity it applies to; a kind without an entry is not paid. */
  award_schedule: { min_severity: string; kind: AwardKind; max_minor: number; citation: string }[];
  caps: {
    per_claim_minor: number;
    per_kind_minor: Partial<Record<AwardKind, number>>;
    annual_fund_minor: number;
    citation: string;
  };
  appeals: { window_days: number; citation: string };
}

/** The incident facts eligibility reads (never the reporter's or patient's identity). */
export interface EligibilityIncident {
  country: string;
  occurred_at: string;
  severity: string;
  event_type: string;
  use_area: string | null;
  setting: string;
  outcome: string;
  risk_codes: string[];
}

export interface Determination {
  rule: string;
  applies: boolean;
  reason: string;
  decided_by: { kind: "fund" | "regulator" | "court"; body: string };
  recorded_at: string;
}

/** The incident's latest frozen causality assessment, as the liability module's incident result states it. */
export interface FrozenCausality {
  id: string;
  ruleset: string;
  ruleset_version: number;
  recorded_at: string;
  liable: string[];
  undecided: string[];
}
