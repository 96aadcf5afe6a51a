import type { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { actingActorId, callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { type CommitDeps, commitSealedInsert, createSealed } from "../../../platform/db/commit";
import { conflict, forbidden, invalidField, notFound } from "../../../platform/errors";
import { checkInstants } from "../../../platform/http/instants";
import type { Evidence } from "../../incidents";
import * as t from "../schema";
import { type DecidedByInput, decidedBy } from "../schemas/decided-by";
import { REBUTTAL_DECISION_SEAL, REBUTTAL_SEAL } from "../seals";
import { loadLiabilityIncident } from "./incident";

/** Just what filing needs of the loaded rulesets: their rebuttal and condition ids. */
interface RulesetLookup {
  get(id: string): { id: string; rebuttal: { id: string }; conditions: { id: string }[] } | undefined;
}

export const rebuttalById = (db: Db, id: string) => rowById(db, t.rebuttals, id, "Rebuttal");

/** Files the caller's rebuttal inside an idempotent creation; `record` adds the idempotency statements. */
export async function fileRebuttal(
  deps: CommitDeps,
  principal: Principal,
  rulesets: RulesetLookup,
  incidentId: string,
  input: { ruleset: string; condition_id: string; statement: string; evidence: z.infer<typeof Evidence>[] },
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
) {
  const li = await loadLiabilityIncident(deps.db, principal, incidentId);
  const own = actingActorId(principal) as string;
  const ruleset = rulesets.get(input.ruleset);
  if (!ruleset) throw invalidField("body", "ruleset", `unknown ruleset ${input.ruleset}`);
  const known = [ruleset.rebuttal.id, ...ruleset.conditions.map((x) => x.id)];
  if (!known.includes(input.condition_id)) {
    throw invalidField("body", "condition_id", `is not a condition of ${ruleset.id}`);
  }
  const row = {
    id: newId(),
    incidentId: li.incident.id,
    actorId: own,
    rulesetId: ruleset.id,
    conditionId: input.condition_id,
    statement: input.statement,
    evidence: input.evidence,
    recordedAt: deps.clock.now().toISOString(),
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, REBUTTAL_SEAL, row, "rebuttal.file", record);
}

/** Decides a rebuttal once; returns it with the new decision. */
export async function decideRebuttal(
  deps: CommitDeps,
  principal: Principal,
  rebuttalId: string,
  input: {
    accepted: boolean;
    reason: string;
    decided_at?: string | undefined;
    decided_by?: DecidedByInput | undefined;
  },
) {
  const [found] = await deps.db
    .select({ r: t.rebuttals, d: t.rebuttalDecisions })
    .from(t.rebuttals)
    .leftJoin(t.rebuttalDecisions, eq(t.rebuttalDecisions.rebuttalId, t.rebuttals.id))
    .where(eq(t.rebuttals.id, rebuttalId));
  if (!found) throw notFound("Rebuttal");
  if (found.d) throw conflict("This rebuttal was already decided");
  if (principal.kind !== "user") throw forbidden("Regulators decide rebuttals");
  const now = deps.clock.now().toISOString();
  checkInstants(new Date(now), "body", { decided_at: input.decided_at }, { notFuture: true });
  const row = {
    id: newId(),
    rebuttalId: found.r.id,
    accepted: input.accepted,
    reason: input.reason,
    decidedAt: input.decided_at ?? now,
    decidedBy: decidedBy(input.decided_by, input.decided_at ?? now, "Directive (EU) 2024/2853 Art. 10(5)"),
    recordedAt: now,
    recordedBySub: callerSub(principal),
  };
  await commitSealedInsert(deps, principal, REBUTTAL_DECISION_SEAL, row, {
    action: "rebuttal.decide",
    entityId: found.r.id,
  });
  return { rebuttal: found.r, decision: row };
}
