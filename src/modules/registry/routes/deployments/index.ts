import { z } from "@hono/zod-openapi";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { actingActorId } from "../../../../platform/auth/principal";
import { newId } from "../../../../platform/crypto/ids";
import { rowById } from "../../../../platform/db/by-id";
import { commitWithAudit } from "../../../../platform/db/commit";
import { afterKey } from "../../../../platform/db/keyset";
import { conflict, invalidField } from "../../../../platform/errors";
import { CursorKey, toPage } from "../../../../platform/http/cursor";
import { checkInstants } from "../../../../platform/http/instants";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import {
  Country,
  Cursor,
  Id,
  IsoDateTime,
  LanguageTag,
  Limit,
  uniqueArray,
} from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { NOT_DEPLOYABLE } from "../../domain/lifecycle";
import * as t from "../../schema";
import { assertCallerActor } from "../../validate";

export const DeploymentCreate = z
  .object({
    product_version_id: Id,
    setting: z.string().trim().min(1).max(200).openapi({ example: "primary care" }),
    country: Country,
    languages: uniqueArray(LanguageTag).min(1),
    population: z.string().trim().min(1).max(2000).openapi({ example: "adults attending rural clinics" }),
    human_oversight: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .openapi({ example: "every draft reviewed by a nurse" }),
    started_at: IsoDateTime,
    ended_at: IsoDateTime.optional(),
  })
  .strict()
  .refine((d) => !d.ended_at || d.ended_at >= d.started_at, {
    path: ["ended_at"],
    message: "must not precede started_at",
  })
  .openapi("DeploymentCreate");

const Deployment = z
  .object({
    id: z.string(),
    product_id: z.string(),
    product_version_id: z.string(),
    deployer_actor_id: z.string(),
    setting: z.string(),
    country: z.string(),
    languages: z.array(z.string()),
    population: z.string(),
    human_oversight: z.string(),
    started_at: z.string(),
    ended_at: z.string().nullable(),
    recorded_at: z.string(),
  })
  .openapi("Deployment");

type DeploymentRow = typeof t.deployments.$inferSelect;
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
    query: z.object({
      product_id: Id.optional(),
      deployer_actor_id: Id.optional(),
      limit: Limit,
      cursor: Cursor,
    }),
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
    const render = async (id: string) => {
      const row = await rowById(deps.db, t.deployments, id, "Deployment");
      return c.json(view(row), 201);
    };
    return idempotentCreate(
      c,
      "POST /v1/deployments",
      input,
      async (record) => {
        const deployer = actingActorId(principal) as string;
        await assertCallerActor(deps.db, deployer);
        const [found] = await deps.db
          .select({ version: t.productVersions, stage: t.products.stage })
          .from(t.productVersions)
          .innerJoin(t.products, eq(t.products.id, t.productVersions.productId))
          .where(eq(t.productVersions.id, input.product_version_id));
        if (!found)
          throw invalidField("body", "product_version_id", `no product version ${input.product_version_id}`);
        if (NOT_DEPLOYABLE.has(found.stage))
          throw conflict(`The product is ${found.stage}; it may not be newly deployed`);
        checkInstants(deps.clock.now(), "body", { started_at: input.started_at, ended_at: input.ended_at });
        const row: DeploymentRow = {
          id: newId(),
          productVersionId: found.version.id,
          productId: found.version.productId,
          deployerActorId: deployer,
          setting: input.setting,
          country: input.country,
          languages: input.languages,
          population: input.population,
          humanOversight: input.human_oversight,
          startedAt: input.started_at,
          endedAt: input.ended_at ?? null,
          recordedAt: deps.clock.now().toISOString(),
        };
        const recorded = await record(row.id);
        await commitWithAudit(
          deps,
          principal,
          () => [deps.db.insert(t.deployments).values(row), ...recorded],
          [{ action: "deployment.create", entity: "deployment", entityId: row.id, payload: row }],
        );
        return row.id;
      },
      render,
    );
  })
  .openapi(list, async (c) => {
    const { product_id, deployer_actor_id, limit, cursor } = c.req.valid("query");
    const where: (SQL | undefined)[] = [];
    if (product_id) where.push(eq(t.deployments.productId, product_id));
    if (deployer_actor_id) where.push(eq(t.deployments.deployerActorId, deployer_actor_id));
    if (cursor) {
      where.push(afterKey(cursor, t.deployments.recordedAt, t.deployments.id, "asc", CursorKey.timeId));
    }
    const rows = await c
      .get("deps")
      .db.select()
      .from(t.deployments)
      .where(and(...where))
      .orderBy(asc(t.deployments.recordedAt), asc(t.deployments.id))
      .limit(limit + 1);
    const { page, next_cursor } = toPage(rows, limit, (r) => [r.recordedAt, r.id]);
    return c.json({ data: page.map(view), next_cursor }, 200);
  });
