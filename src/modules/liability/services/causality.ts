import { eq } from "drizzle-orm";
import { actingActorId, callerSub, hasRole, type Principal } from "../../../platform/auth/principal";
import { canonicalJson, sha256Hex } from "../../../platform/crypto/hash";
import { newId } from "../../../platform/crypto/ids";
import type { Db } from "../../../platform/db/client";
import { type CommitDeps, commitSealedInsert } from "../../../platform/db/commit";
import { notFound } from "../../../platform/errors";
import {
  type ActorAssessment,
  type CausalityInput,
  evaluateCausality,
  type Ruleset,
} from "../domain/causality";
import * as t from "../schema";
import { CAUSALITY_ASSESSMENT_SEAL } from "../seals";
import { buildCausalityInput } from "./facts";
import type { LiabilityIncident } from "./incident";

export const hashOf = (value: unknown) => sha256Hex(canonicalJson(value));
const hash = hashOf;

/** Evaluates and stores the analysis as of now, with hashes of its inputs; returns the stored row. */
export async function freezeAssessment(
  deps: CommitDeps,
  principal: Principal,
  li: LiabilityIncident,
  ruleset: Ruleset,
  scope: Pick<CausalityInput, "applicability" | "hypothetical">,
) {
  const now = deps.clock.now().toISOString();
  const input = { ...(await buildCausalityInput(deps.db, li, ruleset, now)), ...scope };
  const result = evaluateCausality(input);
  // Separate hashes let a court see which part changed if a re-run ever differs.
  const inputHashes = {
    ruleset: await hash(input.ruleset),
    incident: await hash(input.incident),
    catalog: await hash(input.catalog),
    actors: await hash(input.actors),
  };
  const row = {
    id: newId(),
    incidentId: li.incident.id,
    rulesetId: ruleset.id,
    rulesetVersion: ruleset.version,
    evaluatedAt: now,
    input,
    inputSha256: await hash(input),
    inputHashes,
    result,
    resultSha256: await hash(result),
    recordedAt: now,
    recordedBySub: callerSub(principal),
  };
  await commitSealedInsert(deps, principal, CAUSALITY_ASSESSMENT_SEAL, row, {
    action: "causality_assessment.freeze",
    entityId: row.id,
  });
  return row;
}

/** A frozen assessment, 404 unless the caller is a regulator, a claim handler or an assessed actor. */
export async function loadAssessment(db: Db, principal: Principal, id: string) {
  const [row] = await db.select().from(t.causalityAssessments).where(eq(t.causalityAssessments.id, id));
  if (!row) throw notFound("Causality assessment");
  const mine = (row.result as ActorAssessment[]).some((r) => r.actor_id === actingActorId(principal));
  if (!hasRole(principal, "regulator", "fund_admin") && !mine) throw notFound("Causality assessment");
  return row;
}
