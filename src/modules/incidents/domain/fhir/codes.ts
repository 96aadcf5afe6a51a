/**
 * Registry enums and their FHIR R4 terminology. HL7 codes below are the R4 (4.0.1) code systems'
 * exact codes and displays (note the capitalised seriousness codes, e.g. "Non-serious").
 */
import type { EventType, Outcome, Severity } from "../vocabulary";
import { INCIDENT_STATUSES } from "../workflow";
import type { Coding } from "./types";

export {
  EVENT_TYPES,
  type EventType,
  OUTCOMES,
  type Outcome,
  SEVERITIES,
  type Severity,
} from "../vocabulary";
/** The registry's case workflow statuses, as carried in the case-status extension. */
export const CASE_STATUSES = INCIDENT_STATUSES;
export const PATIENT_SEXES = ["female", "male", "intersex", "other", "unknown"] as const;
export const CAUSALITY_ASSESSMENTS = [
  "certain",
  "probable",
  "possible",
  "unlikely",
  "conditional",
  "unassessable",
] as const;
export const CAUSALITY_METHODS = ["probability_scale", "bayesian", "checklist"] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];
export type PatientSex = (typeof PATIENT_SEXES)[number];
export type CausalityAssessment = (typeof CAUSALITY_ASSESSMENTS)[number];
export type CausalityMethod = (typeof CAUSALITY_METHODS)[number];

const TERMINOLOGY = "http://terminology.hl7.org/CodeSystem";
const hl7 = (cs: string, code: string, display: string): Coding => ({
  system: `${TERMINOLOGY}/${cs}`,
  code,
  display,
});

export const EVENT_TYPE_DISPLAY: Record<EventType, string> = {
  death: "Death",
  serious_injury: "Serious injury",
  injury: "Injury",
  malfunction: "Malfunction",
  near_miss: "Near miss",
};

/**
 * Outcome mapping: "not_recovered" is the R4 "ongoing" (the effect persists), the rest are direct.
 */
export const OUTCOME_CODING: Record<Outcome, Coding> = {
  recovered: hl7("adverse-event-outcome", "resolved", "Resolved"),
  recovering: hl7("adverse-event-outcome", "recovering", "Recovering"),
  not_recovered: hl7("adverse-event-outcome", "ongoing", "Ongoing"),
  recovered_with_sequelae: hl7("adverse-event-outcome", "resolvedWithSequelae", "Resolved with Sequelae"),
  fatal: hl7("adverse-event-outcome", "fatal", "Fatal"),
  unknown: hl7("adverse-event-outcome", "unknown", "Unknown"),
};

/**
 * R4 severity has only mild|moderate|severe. "life_threatening" and "fatal" collapse to "severe"
 * (seriousness carries the finer distinction); "none" has no code, so severity is omitted: R4 severity
 * grades harm that happened, and inventing "mild" for no harm would overstate it.
 */
export function severityCoding(severity: Severity): Coding | undefined {
  if (severity === "none") return undefined;
  if (severity === "mild" || severity === "moderate") {
    return hl7("adverse-event-severity", severity, severity === "mild" ? "Mild" : "Moderate");
  }
  return hl7("adverse-event-severity", "severe", "Severe");
}

/**
 * Seriousness follows the ICH E2A idea used by the R4 code system: death and life threat get their
 * specific child codes; serious injury, or severe harm, is "Serious"; everything else "Non-serious".
 */
export function seriousnessCoding(eventType: EventType, severity: Severity, outcome: Outcome): Coding {
  if (eventType === "death" || severity === "fatal" || outcome === "fatal") {
    return hl7("adverse-event-seriousness", "SeriousResultsInDeath", "Results in death");
  }
  if (severity === "life_threatening") {
    return hl7("adverse-event-seriousness", "SeriousIsLifeThreatening", "Is Life-threatening");
  }
  if (eventType === "serious_injury" || severity === "severe") {
    return hl7("adverse-event-seriousness", "Serious", "Serious");
  }
  return hl7("adverse-event-seriousness", "Non-serious", "Non-serious");
}

/**
 * Risk codes (from the shared catalog) that describe how people used the system rather than a defect
 * in its outputs; they map to R4 "medical-device-use-error" (the LMM product is treated as software as
 * a medical device). Everything else is "product-problem".
 */
export const USE_ERROR_RISKS: ReadonlySet<string> = new Set([
  "R_AUTOMATION_BIAS",
  "R_ANTHROPOMORPHISM",
  "R_SKILLS_DEGRADATION",
  "R_DIGITAL_SKILLS_BURDEN",
  "R_UNAUTHORIZED_EXPERIMENTAL_USE",
  "R_CARE_OUTSIDE_HEALTH_SYSTEM",
]);

export function categoryCodings(eventType: EventType, riskCodes: readonly string[]): Coding[] {
  const useError = riskCodes.some((code) => USE_ERROR_RISKS.has(code));
  const productProblem =
    eventType === "malfunction" || riskCodes.length === 0 || riskCodes.some((c) => !USE_ERROR_RISKS.has(c));
  const codings: Coding[] = [];
  if (productProblem) codings.push(hl7("adverse-event-category", "product-problem", "Product Problem"));
  if (useError) {
    codings.push(hl7("adverse-event-category", "medical-device-use-error", "Medical Device Use Error"));
  }
  return codings;
}

/** Administrative gender has no "intersex": R4 guidance maps it to "other". */
export const GENDER: Record<PatientSex, "male" | "female" | "other" | "unknown"> = {
  female: "female",
  male: "male",
  intersex: "other",
  other: "other",
  unknown: "unknown",
};

/** WHO-UMC causality categories as coded in R4 adverse-event-causality-assess. */
export const CAUSALITY_CODING: Record<CausalityAssessment, Coding> = {
  certain: hl7("adverse-event-causality-assess", "Certain", "Certain"),
  probable: hl7("adverse-event-causality-assess", "Probably-Likely", "Probably/Likely"),
  possible: hl7("adverse-event-causality-assess", "Possible", "Possible"),
  unlikely: hl7("adverse-event-causality-assess", "Unlikely", "Unlikely"),
  conditional: hl7("adverse-event-causality-assess", "Conditional-Classified", "Conditional/Classified"),
  unassessable: hl7(
    "adverse-event-causality-assess",
    "Unassessable-Unclassifiable",
    "Unassessable/Unclassifiable",
  ),
};

export const CAUSALITY_METHOD_CODING: Record<CausalityMethod, Coding> = {
  probability_scale: hl7("adverse-event-causality-method", "ProbabilityScale", "Probability Scale"),
  bayesian: hl7("adverse-event-causality-method", "Bayesian", "Bayesian"),
  checklist: hl7("adverse-event-causality-method", "Checklist", "Checklist"),
};
