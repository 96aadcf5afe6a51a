import type { Unsealed } from "../../../platform/audit/seal";
import { actingActorId, type Principal } from "../../../platform/auth/principal";
import { forbidden } from "../../../platform/errors";
import {
  type ActorAssessment,
  type CausalityInput,
  evaluateCausality,
  type IncidentLiability,
  incidentLiability,
  timeLimits,
} from "../domain/causality";
import type * as t from "../schema";
import { hashOf } from "./causality";

/**
 * What each caller sees of an analysis: regulators and claim handlers everything, an actor its own rows
 * and whether it is itself among the operators named (issue 12's incident result).
 */
/** Actors learn whether they are named, not who else is (the other operators are not their data). */
export function incidentResultFor(principal: Principal, r: IncidentLiability): IncidentLiability {
  const own = actingActorId(principal);
  if (own === undefined) return r;
  const mine = (ids: string[]) => ids.filter((id) => id === own);
  return {
    ...r,
    jointly_and_severally_liable: mine(r.jointly_and_severally_liable),
    liable: mine(r.liable),
    undecided: mine(r.undecided),
    open_questions: r.open_questions.filter((q) => q.startsWith(`${own}:`) || !q.includes(":")),
    contractual_allocation: r.contractual_allocation.filter(
      (a) => a.actor_id === own || a.counterparty_actor_id === own,
    ),
  };
}

/** Regulators and claim handlers see all rows; an actor only its own (naming another is forbidden). */
export function visibleRows(principal: Principal, rows: ActorAssessment[], actorFilter?: string) {
  const own = actingActorId(principal);
  if (own !== undefined && actorFilter !== undefined && actorFilter !== own) {
    throw forbidden("An actor may read only its own assessment");
  }
  const only = own ?? actorFilter;
  return only === undefined ? rows : rows.filter((r) => r.actor_id === only);
}

/** Time limits and the incident result, recomputed from the stored input and result (both hashed). */
function frozenResult(
  principal: Principal,
  input: CausalityInput,
  result: ActorAssessment[],
  evaluatedAt: string,
) {
  const limits = timeLimits(input.ruleset, input.incident, evaluatedAt);
  return {
    ...(limits ? { time_limits: limits } : {}),
    incident_result: incidentResultFor(
      principal,
      incidentLiability(input.ruleset, result, limits, input.allocations),
    ),
  };
}

export async function frozenView(
  principal: Principal,
  row: Unsealed<typeof t.causalityAssessments.$inferSelect>,
) {
  const input = row.input as CausalityInput;
  const reproducible = (await hashOf(evaluateCausality(input))) === row.resultSha256;
  return {
    id: row.id,
    incident_id: row.incidentId,
    ruleset: row.rulesetId,
    ruleset_version: row.rulesetVersion,
    as_of: input.incident.occurred_at,
    evaluated_at: row.evaluatedAt,
    // Assessments frozen before issue 11 carry no applicability: they were evaluated unconditionally.
    applicability: input.applicability ?? { applies: "unknown" as const, reasons: [] },
    hypothetical: input.hypothetical ?? false,
    assessments: visibleRows(principal, row.result as ActorAssessment[]),
    ...frozenResult(principal, input, row.result as ActorAssessment[], row.evaluatedAt),
    input_sha256: row.inputSha256,
    input_hashes: row.inputHashes,
    result_sha256: row.resultSha256,
    recorded_at: row.recordedAt,
    reproducible,
  };
}
