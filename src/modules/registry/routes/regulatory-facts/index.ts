import { z } from "@hono/zod-openapi";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { assertProductOwner, loadProduct } from "../../queries/products";
import {
  loadRegulatoryProfile,
  recordRegulatoryFact,
  regulatoryFactById,
  regulatoryFactsOf,
  regulatoryFactView,
} from "../../services/regulatory-facts";
import {
  RegulatoryFactCreate,
  RegulatoryFactsQuery,
  RegulatoryFactView,
  RegulatoryProfileView,
} from "./schemas";

const create = defineRoute({
  method: "post",
  path: "/v1/products/{id}/regulatory-facts",
  operationId: "recordRegulatoryFact",
  access: ["developer", "provider", "regulator"],
  tags: ["registry"],
  summary: "Record a fact deciding which law applies (market placement, AI Act class, medical device, …)",
  description:
    "Append-only. The product's developer or provider declares; a regulator records its own or a court's " +
    "determination (`decided_by`), which outweighs a declaration. A later row on the same fact supersedes.",
  request: { params: IdParam, ...creatingBody(RegulatoryFactCreate) },
  responses: {
    201: jsonContent(RegulatoryFactView, "Recorded"),
    403: problem("Not the product's developer or provider"),
    404: problem("Unknown product"),
    422: problem("Unknown version"),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/products/{id}/regulatory-facts",
  operationId: "listRegulatoryFacts",
  access: "public",
  tags: ["registry"],
  summary: "A product's regulatory facts (public, like the product) and the profile they add up to",
  request: { params: IdParam, query: RegulatoryFactsQuery },
  responses: {
    200: jsonContent(
      z.object({ data: z.array(RegulatoryFactView), profile: RegulatoryProfileView }),
      "History, oldest first, and the profile as of `as_of`",
    ),
    404: problem("Unknown product"),
  },
});

export const regulatoryFactRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const product = await loadProduct(deps.db, c.req.valid("param").id);
    assertProductOwner(principal, product, true);
    const input = c.req.valid("json");
    return idempotentCreate(
      c,
      "POST /v1/products/{id}/regulatory-facts",
      { path: c.req.path, body: input },
      (record) => recordRegulatoryFact(deps, principal, product, input, record),
      async (id) => c.json(regulatoryFactView(await regulatoryFactById(deps.db, id)), 201),
    );
  })
  .openapi(list, async (c) => {
    const deps = c.get("deps");
    const product = await loadProduct(deps.db, c.req.valid("param").id);
    const query = c.req.valid("query");
    const now = deps.clock.now().toISOString();
    const at = query.as_of ?? now;
    const [rows, profile] = await Promise.all([
      regulatoryFactsOf(deps.db, product.id),
      loadRegulatoryProfile(deps.db, product.id, { versionId: query.version_id ?? null, at, knownBy: at }),
    ]);
    return c.json({ data: rows.map(regulatoryFactView), profile }, 200);
  });
