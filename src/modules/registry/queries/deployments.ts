import type { z } from "@hono/zod-openapi";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { afterKey } from "../../../platform/db/keyset";
import { CursorKey } from "../../../platform/http/cursor";
import type { DeploymentListQuery } from "../routes/deployments/schemas";
import * as t from "../schema";

export type DeploymentRow = typeof t.deployments.$inferSelect;

/** One page of deployments, oldest first, fetching `limit + 1` rows so the caller can tell if there is more. */
export async function listDeployments(
  db: Db,
  query: z.infer<typeof DeploymentListQuery>,
): Promise<DeploymentRow[]> {
  const { product_id, deployer_actor_id, limit, cursor } = query;
  const where: (SQL | undefined)[] = [];
  if (product_id) where.push(eq(t.deployments.productId, product_id));
  if (deployer_actor_id) where.push(eq(t.deployments.deployerActorId, deployer_actor_id));
  if (cursor) {
    where.push(afterKey(cursor, t.deployments.recordedAt, t.deployments.id, "asc", CursorKey.timeId));
  }
  return db
    .select()
    .from(t.deployments)
    .where(and(...where))
    .orderBy(asc(t.deployments.recordedAt), asc(t.deployments.id))
    .limit(limit + 1);
}

export const loadDeployment = (db: Db, id: string) => rowById(db, t.deployments, id, "Deployment");
