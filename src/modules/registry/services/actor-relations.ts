import { asc, eq, or } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { actingActorId, callerSub, hasRole, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { createSealed } from "../../../platform/db/commit";
import { forbidden, invalidField } from "../../../platform/errors";
import { checkInstants } from "../../../platform/http/instants";
import { loadActor } from "../queries/actors";
import type { ACTOR_RELATIONS, RelationInput } from "../routes/actor-relations/schemas";
import * as t from "../schema";
import { ACTOR_RELATION_SEAL } from "./disclosure-seal";

type RelationRow = typeof t.actorRelations.$inferSelect;

/**
 * Records that `actorId` acts for `of_actor_id`. The represented actor (the maker appointing its
 * representative or importer) or a regulator may say so; the representative alone may not, or anyone
 * could make itself the answerable party for someone else's product.
 */
export async function recordRelation(
  deps: Deps,
  principal: Principal,
  actorId: string,
  input: RelationInput,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  await loadActor(deps.db, actorId);
  if (!hasRole(principal, "regulator", "admin") && actingActorId(principal) !== input.of_actor_id) {
    throw forbidden("Only the represented actor (of_actor_id) or a regulator records a relation");
  }
  if (input.of_actor_id === actorId) throw invalidField("body", "of_actor_id", "must be another actor");
  const [other] = await deps.db
    .select({ id: t.actors.id })
    .from(t.actors)
    .where(eq(t.actors.id, input.of_actor_id));
  if (!other) throw invalidField("body", "of_actor_id", "is not a registered actor");
  if (input.product_id !== undefined) {
    const [product] = await deps.db
      .select({ id: t.products.id })
      .from(t.products)
      .where(eq(t.products.id, input.product_id));
    if (!product) throw invalidField("body", "product_id", "is not a registered product");
  }
  const now = deps.clock.now();
  checkInstants(now, "body", { effective_from: input.effective_from });
  const row = {
    id: newId(),
    actorId,
    relation: input.relation,
    ofActorId: input.of_actor_id,
    productId: input.product_id ?? null,
    effectiveFrom: input.effective_from,
    effectiveTo: input.effective_to ?? null,
    recordedAt: now.toISOString(),
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, ACTOR_RELATION_SEAL, row, "actor.relation.record", record);
}

export const relationById = (db: Db, id: string) => rowById(db, t.actorRelations, id, "Relation");

/** Relations in which the actor is either side, oldest first. */
export const relationsOf = (db: Db, actorId: string) =>
  db
    .select()
    .from(t.actorRelations)
    .where(or(eq(t.actorRelations.actorId, actorId), eq(t.actorRelations.ofActorId, actorId)))
    .orderBy(asc(t.actorRelations.recordedAt), asc(t.actorRelations.id));

export const relationView = (r: RelationRow) => ({
  id: r.id,
  actor_id: r.actorId,
  relation: r.relation as (typeof ACTOR_RELATIONS)[number],
  of_actor_id: r.ofActorId,
  product_id: r.productId,
  effective_from: r.effectiveFrom,
  effective_to: r.effectiveTo,
  recorded_at: r.recordedAt,
});
