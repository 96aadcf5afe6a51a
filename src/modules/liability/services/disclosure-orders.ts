import { asc, eq, inArray } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { actingActorId, callerSub, hasRole, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { type CommitDeps, commitSealedInsert, createSealed } from "../../../platform/db/commit";
import { invalidField, notFound } from "../../../platform/errors";
import { checkInstants, isAfter } from "../../../platform/http/instants";
import * as registry from "../../registry";
import { orderState } from "../domain/causality/as-of";
import * as t from "../schema";
import { type DecidedBy, type DecidedByInput, decidedBy } from "../schemas/decided-by";
import { DISCLOSURE_ORDER_RESPONSE_SEAL, DISCLOSURE_ORDER_SEAL } from "../seals";
import { assertInChain, loadLiabilityIncident } from "./incident";

type OrderRow = typeof t.disclosureOrders.$inferSelect;

/** A private object: it exists only for regulators and the ordered actor, others cannot probe it. */
export async function loadOrder(db: Db, principal: Principal, id: string, answering = false) {
  const [order] = await db.select().from(t.disclosureOrders).where(eq(t.disclosureOrders.id, id));
  const mine = order !== undefined && actingActorId(principal) === order.actorId;
  if (!order || !(mine || (!answering && hasRole(principal, "regulator"))))
    throw notFound("Disclosure order");
  return order;
}

export const orderById = (db: Db, id: string) => rowById(db, t.disclosureOrders, id, "Disclosure order");

export async function orderView(db: Db, order: OrderRow, now: string) {
  const responses = await db
    .select()
    .from(t.disclosureOrderResponses)
    .where(eq(t.disclosureOrderResponses.orderId, order.id))
    .orderBy(asc(t.disclosureOrderResponses.recordedAt));
  const answeredAt = responses[0]?.recordedAt ?? null;
  return {
    id: order.id,
    incident_id: order.incidentId,
    actor_id: order.actorId,
    items: order.items,
    due_at: order.dueAt,
    recorded_at: order.recordedAt,
    decided_by: (order.decidedBy as DecidedBy | null) ?? null,
    state: orderState({ id: order.id, due_at: order.dueAt, answered_at: answeredAt }, now),
    responses: responses.map((r) => ({
      id: r.id,
      disclosure_ids: r.disclosureIds,
      statement: r.statement,
      recorded_at: r.recordedAt,
    })),
  };
}

/** Issues an order inside an idempotent creation; `record` adds the idempotency statements. */
export async function issueOrder(
  deps: CommitDeps,
  principal: Principal,
  incidentId: string,
  input: { actor_id: string; items: string[]; due_at: string; decided_by?: DecidedByInput | undefined },
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
) {
  const li = await loadLiabilityIncident(deps.db, principal, incidentId);
  assertInChain(li.chain, input.actor_id);
  const now = deps.clock.now().toISOString();
  checkInstants(new Date(now), "body", { due_at: input.due_at });
  if (!isAfter(input.due_at, now)) throw invalidField("body", "due_at", "must be in the future");
  const row = {
    id: newId(),
    incidentId: li.incident.id,
    actorId: input.actor_id,
    items: input.items,
    dueAt: input.due_at,
    decidedBy: decidedBy(input.decided_by, now, "Directive (EU) 2024/2853 Art. 9; COM(2022) 496 Art. 3"),
    recordedAt: now,
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, DISCLOSURE_ORDER_SEAL, row, "disclosure_order.issue", record);
}

/** Records the ordered actor's answer; every cited disclosure must be registered. Returns `now`. */
export async function answerOrder(
  deps: CommitDeps,
  principal: Principal,
  order: OrderRow,
  input: { disclosure_ids: string[]; statement: string },
) {
  if (input.disclosure_ids.length > 0) {
    const found = await deps.db
      .select({ id: registry.disclosures.id })
      .from(registry.disclosures)
      .where(inArray(registry.disclosures.id, input.disclosure_ids));
    const foundIds = new Set(found.map((f) => f.id));
    const bad = input.disclosure_ids.findIndex((id) => !foundIds.has(id));
    if (bad >= 0) throw invalidField("body", `disclosure_ids.${bad}`, "is not a registered disclosure");
  }
  const now = deps.clock.now().toISOString();
  const row = {
    id: newId(),
    orderId: order.id,
    actorId: order.actorId,
    disclosureIds: input.disclosure_ids,
    statement: input.statement,
    recordedAt: now,
    recordedBySub: callerSub(principal),
  };
  await commitSealedInsert(deps, principal, DISCLOSURE_ORDER_RESPONSE_SEAL, row, {
    action: "disclosure_order.respond",
    entityId: order.id,
  });
  return now;
}
