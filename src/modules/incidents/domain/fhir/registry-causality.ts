import type { IncidentForFhir } from "./adverse-event";

export interface FrozenAssessment {
  ruleset_id: string;
  ruleset_version: number;
  recorded_at: string;
  /** Per actor of the chain, the presumption's outcome: the fields FHIR needs of the liability engine's result. */
  result: { presumption: "applies" | "does_not_apply" | "insufficient_information"; rebutted: boolean }[];
}

/**
 * The FHIR causality of the product for an incident, from the registry's own findings. A frozen
 * legal assessment (the latest one) decides: an unrebutted presumption against any actor of the
 * chain makes the product's relatedness "probable" (a presumption is rebuttable, so never
 * "certain"); none applying to anyone, "unlikely"; otherwise "unassessable". Without one, an
 * incident a regulator closed as not confirmed is "unlikely"; anything else carries no causality.
 */
export function registryCausality(
  frozen: FrozenAssessment | undefined,
  closure: string | null,
): IncidentForFhir["causality"] {
  if (frozen) {
    const applies = frozen.result.some((a) => a.presumption === "applies" && !a.rebutted);
    const none = frozen.result.every((a) => a.presumption === "does_not_apply" || a.rebutted);
    return {
      assessment: applies ? "probable" : none ? "unlikely" : "unassessable",
      method: "checklist",
      ruleset: `${frozen.ruleset_id} v${frozen.ruleset_version}`,
      rationale: `Presumption-of-causality analysis frozen at ${frozen.recorded_at}`,
    };
  }
  if (closure === "not_confirmed") {
    return {
      assessment: "unlikely",
      method: "checklist",
      ruleset: null,
      rationale: "Closed as not confirmed",
    };
  }
  return null;
}
