import type { Ruleset } from "./ruleset-schema";
import type { TimeLimits } from "./time-limits";
import type { ActorAssessment, AllocationFact } from "./types";

/**
 * The incident-level answer (issue 12): whom the injured person can claim from. Every operator whose
 * presumption applies and was not rebutted is liable; where the instrument provides for it (PLD Art. 12)
 * they are liable jointly and severally, so the victim may claim the whole from any of them. Actors still
 * undecided are listed apart, with the time bar beside them, never silently dropped or added.
 */
export interface IncidentLiability {
  jointly_and_severally_liable: string[];
  liable: string[];
  undecided: string[];
  joint_liability: { citation: string; text: string } | null;
  time_barred: boolean | "unknown";
  open_questions: string[];
  /** Between liable operators only, for recourse: no contract limits liability to the injured person (Art. 15). */
  contractual_allocation: AllocationFact[];
}

export function incidentLiability(
  ruleset: Ruleset,
  rows: ActorAssessment[],
  limits: TimeLimits | undefined,
  allocations: AllocationFact[] = [],
): IncidentLiability {
  const liable = [...new Set(rows.filter((r) => r.presumption === "applies").map((r) => r.actor_id))];
  const undecided = [
    ...new Set(rows.filter((r) => r.presumption === "insufficient_information").map((r) => r.actor_id)),
  ].filter((id) => !liable.includes(id));
  const joint = ruleset.joint_liability ?? null;
  const open = rows
    .filter((r) => r.presumption === "insufficient_information")
    .flatMap((r) =>
      r.conditions.filter((c) => c.result === "unknown").map((c) => `${r.actor_id}: ${c.citation} [${c.id}]`),
    );
  if (limits?.time_barred === "unknown") open.push("time limits: a start date is not recorded");
  return {
    jointly_and_severally_liable: joint ? liable : [],
    liable,
    undecided,
    joint_liability: joint,
    time_barred: limits?.time_barred ?? false,
    open_questions: [...new Set(open)],
    contractual_allocation: allocations.filter(
      (a) => liable.includes(a.actor_id) && liable.includes(a.counterparty_actor_id),
    ),
  };
}
