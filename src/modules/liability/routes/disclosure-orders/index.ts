import { z } from "@hono/zod-openapi";
import { VALUE_CHAIN_ROLES } from "../../../../platform/auth/principal";
import { creatingBody, defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Id, IdParam, IsoDateTime, uniqueArray } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { DecidedBy, DecidedByInput } from "../../schemas/decided-by";
import { answerOrder, issueOrder, loadOrder, orderById, orderView } from "../../services/disclosure-orders";

const OrderCreate = z
  .object({
    actor_id: Id,
    items: uniqueArray(z.string().trim().min(1).max(2000)).min(1).max(50),
    due_at: IsoDateTime,
    decided_by: DecidedByInput.optional().openapi({
      description: "The court that ordered disclosure (PLD Art. 9)",
    }),
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
    decided_by: DecidedBy.nullable(),
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

export const disclosureOrderRoutes = createRouter()
  .openapi(issue, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await orderById(deps.db, id);
      return c.json(await orderView(deps.db, row, deps.clock.now().toISOString()), 201);
    };
    // The path is part of the request: the same key and body for another incident is another request.
    return idempotentCreate(
      c,
      "POST /v1/incidents/{id}/disclosure-orders",
      { path: c.req.path, body: input },
      (record) => issueOrder(deps, principal, c.req.valid("param").id, input, record),
      render,
    );
  })
  .openapi(respond, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const order = await loadOrder(deps.db, principal, c.req.valid("param").id, true);
    const now = await answerOrder(deps, principal, order, input);
    return c.json(await orderView(deps.db, order, now), 201);
  })
  .openapi(get, async (c) => {
    const deps = c.get("deps");
    const order = await loadOrder(deps.db, c.get("principal"), c.req.valid("param").id);
    return c.json(await orderView(deps.db, order, deps.clock.now().toISOString()), 200);
  });
