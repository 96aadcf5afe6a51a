import { z } from "@hono/zod-openapi";
import { asc, eq, inArray } from "drizzle-orm";
import { sealedContentOf } from "../../../../platform/audit/seal";
import {
  actingActorId,
  callerSub,
  hasRole,
  type Principal,
  VALUE_CHAIN_ROLES,
} from "../../../../platform/auth/principal";
import { newId } from "../../../../platform/crypto/ids";
import { rowById } from "../../../../platform/db/by-id";
import type { Db } from "../../../../platform/db/client";
import { commitWithAudit } from "../../../../platform/db/commit";
import { invalidField, notFound } from "../../../../platform/errors";
import { checkInstants, isAfter } from "../../../../platform/http/instants";
import { creatingBody, defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Id, IdParam, IsoDateTime, uniqueArray } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import * as registry from "../../../registry";
import { orderState } from "../../domain/causality/as-of";
import * as t from "../../schema";
import { DISCLOSURE_ORDER_RESPONSE_SEAL, DISCLOSURE_ORDER_SEAL } from "../../seals";
import { assertInChain, loadLiabilityIncident } from "../../services/services";

const OrderCreate = z
  .object({
    actor_id: Id,
    items: uniqueArray(z.string().trim().min(1).max(2000)).min(1).max(50),
    due_at: IsoDateTime,
  })
  .strict()
  .openapi("DisclosureOrderCreate");

const ResponseCreate = z
  .object({ disclosure_ids: uniqueArray(Id).max(50), statement: z.string().trim().min(1).max(20_000) })
  .strict()
  .openapi("DisclosureOrderResponseCreate");

const Order = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    actor_id: z.string(),
    items: z.array(z.string()),
    due_at: z.string(),
    recorded_at: z.string(),
    state: z
      .enum(["pending", "complied", "missed"])
      .openapi({ description: "An answer after due_at is missed" }),
    responses: z.array(
      z.object({
        id: z.string(),
        disclosure_ids: z.array(z.string()),
        statement: z.string(),
        recorded_at: z.string(),
      }),
    ),
  })
  .openapi("DisclosureOrder");

const issue = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/disclosure-orders",
  operationId: "issueDisclosureOrder",
  access: ["regulator"],
  tags: ["liability"],
  summary: "Order a value-chain actor to disclose or preserve evidence about this harm",
  request: { params: IdParam, ...creatingBody(OrderCreate) },
  responses: {
    201: jsonContent(Order, "Issued"),
    404: problem("Unknown incident"),
    422: problem("Bad actor or date"),
  },
});

const respond = defineRoute({
  method: "post",
  path: "/v1/disclosure-orders/{id}/responses",
  operationId: "answerDisclosureOrder",
  access: VALUE_CHAIN_ROLES,
  tags: ["liability"],
  summary: "Answer a disclosure order (only the ordered actor; anyone else gets 404)",
  request: { params: IdParam, ...jsonBody(ResponseCreate) },
  responses: {
    201: jsonContent(Order, "Answered"),
    404: problem("Unknown order"),
    422: problem("Unknown disclosure"),
  },
});

const get = defineRoute({
  method: "get",
  path: "/v1/disclosure-orders/{id}",
  operationId: "getDisclosureOrder",
  access: ["regulator", "developer", "provider", "deployer"],
  tags: ["liability"],
  summary: "A disclosure order and its answers (regulators and the ordered actor)",
  request: { params: IdParam },
  responses: { 200: jsonContent(Order, "The order"), 404: problem("Unknown order") },
});

/** A private object: it exists only for regulators and the ordered actor, others cannot probe it. */
async function loadOrder(db: Db, principal: Principal, id: string, answering = false) {
  const [order] = await db.select().from(t.disclosureOrders).where(eq(t.disclosureOrders.id, id));
  const mine = order !== undefined && actingActorId(principal) === order.actorId;
  if (!order || !(mine || (!answering && hasRole(principal, "regulator"))))
    throw notFound("Disclosure order");
  return order;
}

async function orderView(db: Db, order: typeof t.disclosureOrders.$inferSelect, now: string) {
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
    state: orderState({ id: order.id, due_at: order.dueAt, answered_at: answeredAt }, now),
    responses: responses.map((r) => ({
      id: r.id,
      disclosure_ids: r.disclosureIds,
      statement: r.statement,
      recorded_at: r.recordedAt,
    })),
  };
}

export const disclosureOrderRoutes = createRouter()
  .openapi(issue, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await rowById(deps.db, t.disclosureOrders, id, "Disclosure order");
      return c.json(await orderView(deps.db, row, deps.clock.now().toISOString()), 201);
    };
    // The path is part of the request: the same key and body for another incident is another request.
    return idempotentCreate(
      c,
      "POST /v1/incidents/{id}/disclosure-orders",
      { path: c.req.path, body: input },
      async (record) => {
        const li = await loadLiabilityIncident(deps.db, principal, c.req.valid("param").id);
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
          recordedAt: now,
          recordedBySub: callerSub(principal),
        };
        const recorded = await record(row.id);
        await commitWithAudit(
          deps,
          principal,
          ([seal]) => [deps.db.insert(t.disclosureOrders).values({ ...row, ...seal }), ...recorded],
          [
            {
              action: "disclosure_order.issue",
              entity: "disclosure_order",
              entityId: row.id,
              payload: sealedContentOf(DISCLOSURE_ORDER_SEAL, row),
            },
          ],
        );
        return row.id;
      },
      render,
    );
  })
  .openapi(respond, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const order = await loadOrder(deps.db, principal, c.req.valid("param").id, true);
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
    await commitWithAudit(
      deps,
      principal,
      ([seal]) => [deps.db.insert(t.disclosureOrderResponses).values({ ...row, ...seal })],
      [
        {
          action: "disclosure_order.respond",
          entity: "disclosure_order",
          entityId: order.id,
          payload: sealedContentOf(DISCLOSURE_ORDER_RESPONSE_SEAL, row),
        },
      ],
    );
    return c.json(await orderView(deps.db, order, now), 201);
  })
  .openapi(get, async (c) => {
    const deps = c.get("deps");
    const order = await loadOrder(deps.db, c.get("principal"), c.req.valid("param").id);
    return c.json(await orderView(deps.db, order, deps.clock.now().toISOString()), 200);
  });
