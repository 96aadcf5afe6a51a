import { asc, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { type CommitDeps, createSealed } from "../../../platform/db/commit";
import { invalidField } from "../../../platform/errors";
import { checkInstants } from "../../../platform/http/instants";
import type { IncidentRow } from "../../incidents";
import * as t from "../schema";
import { type DecidedByInput, decidedBy } from "../schemas/decided-by";
import { LEGAL_FACT_SEAL } from "../seals";

export const legalFactById = (db: Db, id: string) => rowById(db, t.incidentLegalFacts, id, "Legal fact");

/** Records a legal fact inside an idempotent creation; `record` adds the idempotency statements. */
export async function recordLegalFact(
  deps: CommitDeps,
  principal: Principal,
  incident: IncidentRow,
  input: Pick<typeof t.incidentLegalFacts.$inferInsert, "fact" | "value" | "basis"> & {
    decided_at: string;
    actor_id?: string | undefined;
    fact_date?: string | undefined;
    decided_by?: DecidedByInput | undefined;
  },
  chain: readonly { actor_id: string }[],
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
) {
  const now = deps.clock.now().toISOString();
  checkInstants(
    new Date(now),
    "body",
    { decided_at: input.decided_at, fact_date: input.fact_date },
    { notFuture: true },
  );
  if (input.actor_id !== undefined && !chain.some((m) => m.actor_id === input.actor_id)) {
    throw invalidField("body", "actor_id", "is not an actor in this incident's value chain");
  }
  const row = {
    id: newId(),
    incidentId: incident.id,
    fact: input.fact,
    actorId: input.actor_id ?? null,
    value: input.value,
    factDate: input.fact_date ?? null,
    basis: input.basis,
    decidedAt: input.decided_at,
    decidedBy: decidedBy(input.decided_by, input.decided_at, input.basis),
    recordedAt: now,
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, LEGAL_FACT_SEAL, row, "incident.legal_fact.record", record);
}

/** An incident's legal facts in recording order. */
export const legalFactsOf = (db: Db, incidentId: string) =>
  db
    .select()
    .from(t.incidentLegalFacts)
    .where(eq(t.incidentLegalFacts.incidentId, incidentId))
    .orderBy(asc(t.incidentLegalFacts.recordedAt), asc(t.incidentLegalFacts.id));
