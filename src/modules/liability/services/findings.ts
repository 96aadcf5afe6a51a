import { and, desc, eq, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { type CommitDeps, createSealed } from "../../../platform/db/commit";
import { afterKey } from "../../../platform/db/keyset";
import { invalidField } from "../../../platform/errors";
import { CursorKey } from "../../../platform/http/cursor";
import { checkInstants } from "../../../platform/http/instants";
import { assertCatalogCodes } from "../../catalog";
import * as registry from "../../registry";
import { isBindingRequirement } from "../domain/binding-requirements";
import * as t from "../schema";
import { FINDING_SEAL } from "../seals";

export const findingById = (db: Db, id: string) => rowById(db, t.findings, id, "Finding");

export interface FindingInput {
  actor_id: string;
  product_id?: string | undefined;
  obligation_code: string;
  result: (typeof t.findings.$inferInsert)["result"];
  basis: string;
  decided_at: string;
  period_from?: string | undefined;
  period_to?: string | undefined;
}

/** Records a finding inside an idempotent creation; `record` adds the idempotency statements. */
export async function recordFinding(
  deps: CommitDeps,
  principal: Principal,
  input: FindingInput,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
) {
  const [actor] = await deps.db.select().from(registry.actors).where(eq(registry.actors.id, input.actor_id));
  if (!actor) throw invalidField("body", "actor_id", `no registered actor ${input.actor_id}`);
  if (input.product_id) {
    const [p] = await deps.db
      .select()
      .from(registry.products)
      .where(eq(registry.products.id, input.product_id));
    if (!p) throw invalidField("body", "product_id", `no registered product ${input.product_id}`);
  }
  // A WHO catalog obligation (a recommendation) or a binding requirement (AI Act, MDR: the only kind
  // PLD Art. 10(2)(b) counts); anything else is refused on obligation_code.
  if (!isBindingRequirement(input.obligation_code)) {
    await assertCatalogCodes(deps, "obligation", [input.obligation_code], () => "obligation_code");
  }
  const now = deps.clock.now().toISOString();
  checkInstants(new Date(now), "body", { decided_at: input.decided_at }, { notFuture: true });
  checkInstants(new Date(now), "body", { period_from: input.period_from, period_to: input.period_to });
  const row = {
    id: newId(),
    actorId: input.actor_id,
    productId: input.product_id ?? null,
    obligationCode: input.obligation_code,
    result: input.result,
    basis: input.basis,
    decidedAt: input.decided_at,
    periodFrom: input.period_from ?? null,
    periodTo: input.period_to ?? null,
    recordedAt: now,
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, FINDING_SEAL, row, "finding.create", record);
}

/** Newest recorded first; fetches one row beyond `limit` so the caller can tell there is more. */
export function listFindings(
  db: Db,
  q: {
    actor_id?: string | undefined;
    product_id?: string | undefined;
    obligation_code?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const where: (SQL | undefined)[] = [];
  if (q.actor_id) where.push(eq(t.findings.actorId, q.actor_id));
  if (q.product_id) where.push(eq(t.findings.productId, q.product_id));
  if (q.obligation_code) where.push(eq(t.findings.obligationCode, q.obligation_code));
  if (q.cursor) {
    where.push(afterKey(q.cursor, t.findings.recordedAt, t.findings.id, "desc", CursorKey.timeId));
  }
  return db
    .select()
    .from(t.findings)
    .where(and(...where))
    .orderBy(desc(t.findings.recordedAt), desc(t.findings.id))
    .limit(q.limit + 1);
}
