import { z } from "@hono/zod-openapi";
import { toPage } from "../../../../platform/http/cursor";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { idempotentCreate } from "../../../../platform/idempotency";
import { type DeploymentRow, listDeployments, loadDeployment } from "../../queries/deployments";
import { createDeployment } from "../../services/deployments";
import { Deployment, DeploymentCreate, DeploymentListQuery } from "./schemas";

const view = (d: DeploymentRow): z.infer<typeof Deployment> => ({
  id: d.id,
  product_id: d.productId,
  product_version_id: d.productVersionId,
  deployer_actor_id: d.deployerActorId,
  setting: d.setting,
  country: d.country,
  languages: d.languages,
  population: d.population,
  human_oversight: d.humanOversight,
  started_at: d.startedAt,
  ended_at: d.endedAt,
  recorded_at: d.recordedAt,
});

const create = defineRoute({
  method: "post",
  path: "/v1/deployments",
  operationId: "createDeployment",
  access: ["deployer"],
  tags: ["registry"],
  summary: "Record that the caller's organisation deploys a product version",
  request: creatingBody(DeploymentCreate),
  responses: {
    201: jsonContent(Deployment, "Recorded"),
    409: problem("The product is suspended or withdrawn"),
    422: problem("Unknown product version"),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/deployments",
  operationId: "listDeployments",
  access: "public",
  tags: ["registry"],
  summary: "Deployments (public registry facts), oldest first",
  request: {
    query: DeploymentListQuery,
  },
  responses: {
    200: jsonContent(z.object({ data: z.array(Deployment), next_cursor: z.string().nullable() }), "A page"),
  },
});

export const deploymentRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    return idempotentCreate(
      c,
      "POST /v1/deployments",
      input,
      (record) => createDeployment(deps, principal, input, record),
      async (id) => c.json(view(await loadDeployment(deps.db, id)), 201),
    );
  })
  .openapi(list, async (c) => {
    const query = c.req.valid("query");
    const rows = await listDeployments(c.get("deps").db, query);
    const { page, next_cursor } = toPage(rows, query.limit, (r) => [r.recordedAt, r.id]);
    return c.json({ data: page.map(view), next_cursor }, 200);
  });
