import type { Deps } from "../../../deps";
import { type ApplicabilityResult, evaluateApplicability } from "../../../domain/law/applicability";
import { invalidField } from "../../../platform/errors";
import { incidentProfile } from "../../incidents";
import type { Ruleset } from "../domain/causality";
import type { LiabilityIncident } from "./incident";

/**
 * Whether a liability instrument covers the incident at all (time, territory, kind of product), from the
 * product's regulatory facts as known at `knownBy`. Decided before any presumption is evaluated.
 */
export async function rulesetApplicability(
  deps: Pick<Deps, "db">,
  li: LiabilityIncident,
  ruleset: Ruleset,
  knownBy: string,
): Promise<ApplicabilityResult> {
  return applicabilityOf(ruleset, li, await incidentProfile(deps, li.incident, knownBy));
}

/** The same, from a profile the caller already read (several rulesets, one incident). */
export function applicabilityOf(
  ruleset: Ruleset,
  li: LiabilityIncident,
  product: Awaited<ReturnType<typeof incidentProfile>>,
): ApplicabilityResult {
  return evaluateApplicability(ruleset.applicability, {
    incident: { country: li.incident.country, occurred_at: li.incident.occurredAt },
    product,
  });
}

/**
 * Conditions are evaluated only where the instrument applies, or on an explicit hypothetical request
 * (labelled as such): a presumption under a law that does not govern the harm would mislead a court.
 */
export function evaluationMode(applicability: ApplicabilityResult, hypothetical: boolean, field: string) {
  if (applicability.applies === true) return { evaluate: true, hypothetical: false };
  if (hypothetical) return { evaluate: true, hypothetical: true };
  if (field === "body.ruleset") {
    throw invalidField(
      "body",
      "ruleset",
      `does not ${applicability.applies === false ? "" : "certainly "}apply to this incident; see GET /v1/incidents/{id}/causality for the reasons, or freeze with hypothetical: true`,
    );
  }
  return { evaluate: false, hypothetical: false };
}
