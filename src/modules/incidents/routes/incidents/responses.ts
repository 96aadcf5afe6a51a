import type { Deps } from "../../../../deps";
import {
  actingActorId,
  callerSub,
  type Principal,
  VALUE_CHAIN_ROLES,
} from "../../../../platform/auth/principal";
import { newId } from "../../../../platform/crypto/ids";
import { forbidden, invalidField } from "../../../../platform/errors";
import { defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { isProductOwner, loadProduct, productTransition } from "../../../registry";
import { incidentAccess } from "../../access";
import type { IncidentRow } from "../../services/repo";
import { commitResponse } from "../../services/responses";
import { responseView } from "../../services/views";
import { ResponseCreate } from "./schemas-actions";
import { ResponseView } from "./schemas-views";

const responseRoute = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/responses",
  operationId: "addIncidentResponse",
  access: VALUE_CHAIN_ROLES,
  tags: ["incidents"],
  summary: "An accountable actor responds: acknowledgement, root cause, corrective action or dispute",
  description:
    "A corrective_action with `product_action` suspends or withdraws the product (the caller must be its " +
    "developer or provider) through the product lifecycle rules, in the same atomic write.",
  request: { params: IdParam, ...jsonBody(ResponseCreate) },
  responses: {
    201: jsonContent(ResponseView, "The response"),
    403: problem("Not the product's developer or provider"),
    404: problem("Unknown incident, or not in the caller's value chain"),
    409: problem("The product cannot move to that stage"),
    422: problem("No product to act on"),
  },
});

/** A corrective action that suspends or withdraws the product goes through the product lifecycle rules. */
async function correctiveTransition(
  deps: Deps,
  principal: Principal,
  incident: IncidentRow,
  action: { to: string; product_id?: string | undefined },
  at: string,
) {
  const productId = action.product_id ?? incident.productId;
  if (!productId)
    throw invalidField("body", "product_action.product_id", "the incident has no matched product; name one");
  const product = await loadProduct(deps.db, productId).catch(() => {
    throw invalidField("body", "product_action.product_id", `no product ${productId}`);
  });
  if (!isProductOwner(principal, product))
    throw forbidden("Only the product's developer or provider may suspend or withdraw it");
  return productTransition(
    deps,
    principal,
    product,
    action.to,
    `Corrective action on incident ${incident.reference}`,
    at,
  );
}

export const responseRoutes = createRouter().openapi(responseRoute, async (c) => {
  const deps = c.get("deps");
  const principal = c.get("principal");
  const actorId = actingActorId(principal) as string;
  const { incident } = await incidentAccess(deps.db, principal, c.req.valid("param").id);
  const input = c.req.valid("json");
  const at = deps.clock.now().toISOString();
  const move = input.product_action
    ? await correctiveTransition(deps, principal, incident, input.product_action, at)
    : undefined;
  const row = {
    id: newId(),
    incidentId: incident.id,
    actorId,
    kind: input.kind,
    text: input.text,
    evidence: input.evidence,
    productId: move?.entry.productId ?? null,
    stageTransitionId: move?.entry.id ?? null,
    submittedBySub: callerSub(principal),
    submittedAt: at,
  };
  await commitResponse(deps, principal, row, move, at);
  const view = responseView(row);
  return c.json(
    {
      ...view,
      product_action: move
        ? { ...(view.product_action as object), from: move.entry.fromStage, to: move.entry.toStage }
        : null,
    },
    201,
  );
});
