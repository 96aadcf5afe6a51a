import { z } from "@hono/zod-openapi";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Id, IsoDateTime } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { allocationById, allocationView, recordAllocation } from "../../services/allocations";

const AllocationCreate = z
  .object({
    actor_id: Id,
    counterparty_actor_id: Id,
    product_id: Id.optional(),
    share_basis_points: z.number().int().min(0).max(10_000).optional().openapi({
      description: "The share actor_id bears between the two, in basis points (10000 = all)",
    }),
    waives_recourse: z.boolean().openapi({ description: "Recourse waived by contract (PLD Art. 12(2))" }),
    reference: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .openapi({ example: "Licence agreement LA-2027-044, clause 12" }),
    effective_from: IsoDateTime,
  })
  .strict()
  .openapi("LiabilityAllocationCreate");

const Allocation = z
  .object({
    id: z.string(),
    actor_id: z.string(),
    counterparty_actor_id: z.string(),
    product_id: z.string().nullable(),
    share_basis_points: z.number().int().nullable(),
    waives_recourse: z.boolean(),
    reference: z.string(),
    effective_from: z.string(),
    recorded_at: z.string(),
  })
  .openapi("LiabilityAllocation");

const create = defineRoute({
  method: "post",
  path: "/v1/liability-allocations",
  operationId: "recordLiabilityAllocation",
  access: ["developer", "provider", "deployer", "regulator"],
  tags: ["liability"],
  summary: "Record how two operators share liability by contract (for recourse between them only)",
  description:
    "Recorded by one of the parties or a regulator. It is shown in the incident result between liable " +
    "operators; it never limits liability towards the injured person (PLD Art. 15).",
  request: creatingBody(AllocationCreate),
  responses: {
    201: jsonContent(Allocation, "Recorded"),
    403: problem("Not a party"),
    422: problem("Unknown actor"),
  },
});

export const allocationRoutes = createRouter().openapi(create, async (c) => {
  const deps = c.get("deps");
  const input = c.req.valid("json");
  return idempotentCreate(
    c,
    "POST /v1/liability-allocations",
    { body: input },
    (record) => recordAllocation(deps, c.get("principal"), input, record),
    async (id) => c.json(allocationView(await allocationById(deps.db, id)), 201),
  );
});
