import { and, eq, inArray } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { actingActorId, callerSub, hasRole, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { createSealed } from "../../../platform/db/commit";
import { forbidden, invalidField } from "../../../platform/errors";
import { checkInstants } from "../../../platform/http/instants";
import * as registry from "../../registry";
import type { AllocationFact } from "../domain/causality";
import * as t from "../schema";
import { ALLOCATION_SEAL } from "../seals";

export interface AllocationInput {
  actor_id: string;
  counterparty_actor_id: string;
  product_id?: string | undefined;
  share_basis_points?: number | undefined;
  waives_recourse: boolean;
  reference: string;
  effective_from: string;
}

/** One of the two parties, or a regulator, records the allocation; nobody else knows their contract. */
export async function recordAllocation(
  deps: Deps,
  principal: Principal,
  input: AllocationInput,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
) {
  const own = actingActorId(principal);
  if (!hasRole(principal, "regulator") && own !== input.actor_id && own !== input.counterparty_actor_id) {
    throw forbidden("Only a party to the allocation or a regulator records it");
  }
  if (input.actor_id === input.counterparty_actor_id) {
    throw invalidField("body", "counterparty_actor_id", "must be another actor");
  }
  for (const [field, id] of [
    ["actor_id", input.actor_id],
    ["counterparty_actor_id", input.counterparty_actor_id],
  ] as const) {
    const [row] = await deps.db
      .select({ id: registry.actors.id })
      .from(registry.actors)
      .where(eq(registry.actors.id, id));
    if (!row) throw invalidField("body", field, "is not a registered actor");
  }
  const now = deps.clock.now();
  checkInstants(now, "body", { effective_from: input.effective_from });
  const row = {
    id: newId(),
    actorId: input.actor_id,
    counterpartyActorId: input.counterparty_actor_id,
    productId: input.product_id ?? null,
    shareBasisPoints: input.share_basis_points ?? null,
    waivesRecourse: input.waives_recourse,
    reference: input.reference,
    effectiveFrom: input.effective_from,
    recordedAt: now.toISOString(),
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, ALLOCATION_SEAL, row, "liability_allocation.record", record);
}

export const allocationById = (db: Db, id: string) => rowById(db, t.liabilityAllocations, id, "Allocation");

export const allocationView = (r: typeof t.liabilityAllocations.$inferSelect) => ({
  id: r.id,
  actor_id: r.actorId,
  counterparty_actor_id: r.counterpartyActorId,
  product_id: r.productId,
  share_basis_points: r.shareBasisPoints,
  waives_recourse: r.waivesRecourse,
  reference: r.reference,
  effective_from: r.effectiveFrom,
  recorded_at: r.recordedAt,
});

/** Allocations between the incident's actors, for its products, in force at the harm. */
export async function allocationsFor(
  db: Db,
  actorIds: string[],
  productIds: string[],
  at: string,
): Promise<AllocationFact[]> {
  if (actorIds.length === 0) return [];
  const rows = await db
    .select()
    .from(t.liabilityAllocations)
    .where(
      and(
        inArray(t.liabilityAllocations.actorId, actorIds),
        inArray(t.liabilityAllocations.counterpartyActorId, actorIds),
      ),
    );
  return rows
    .filter((r) => (r.productId === null || productIds.includes(r.productId)) && r.effectiveFrom <= at)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => ({
      id: r.id,
      actor_id: r.actorId,
      counterparty_actor_id: r.counterpartyActorId,
      share_basis_points: r.shareBasisPoints,
      waives_recourse: r.waivesRecourse,
      reference: r.reference,
    }));
}
