import type { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { actingActorId, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { commitWithAudit } from "../../../platform/db/commit";
import { conflict, invalidField } from "../../../platform/errors";
import { checkInstants } from "../../../platform/http/instants";
import { NOT_DEPLOYABLE } from "../domain/lifecycle";
import type { DeploymentRow } from "../queries/deployments";
import type { DeploymentCreate } from "../routes/deployments/schemas";
import * as t from "../schema";
import { assertCallerActor } from "../validate";

/**
 * Records that the caller's organisation deploys a product version; suspended or withdrawn products
 * may not be newly deployed. Written with its audit entry and idempotency record. Returns the id.
 */
export async function createDeployment(
  deps: Deps,
  principal: Principal,
  input: z.infer<typeof DeploymentCreate>,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
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
  await commitWithAudit(deps, principal, () => [deps.db.insert(t.deployments).values(row), ...recorded], [
    { action: "deployment.create", entity: "deployment", entityId: row.id, payload: row },
  ]);
  return row.id;
}
