import type { z } from "@hono/zod-openapi";
import { and, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import { afterKey } from "../../../platform/db/keyset";
import { CursorKey } from "../../../platform/http/cursor";
import { selfAndDescendantsSql } from "../lineage";
import type { ProductListQuery } from "../routes/products/schemas";
import * as t from "../schema";
import type { ProductRow } from "./products";

/**
 * One page of the public registry search, newest first, fetching `limit + 1` rows so the caller can
 * tell whether there is a next page (toPage). Every word of `q` must match the name or the purpose.
 */
export async function searchProducts(db: Db, query: z.infer<typeof ProductListQuery>): Promise<ProductRow[]> {
  const { q, kind, stage, actor_id, builds_on, limit, cursor } = query;
  const where: (SQL | undefined)[] = [];
  if (kind) where.push(eq(t.products.kind, kind));
  if (stage) where.push(eq(t.products.stage, stage));
  if (q) {
    for (const word of q.split(/\s+/).slice(0, 8)) {
      const pattern = `%${word.replace(/[%_\\]/g, "\\$&")}%`;
      where.push(
        or(
          sql`${t.products.name} like ${pattern} escape '\\'`,
          sql`${t.products.intendedPurpose} like ${pattern} escape '\\'`,
        ),
      );
    }
  }
  if (actor_id) {
    const deployed = db
      .select({ id: t.deployments.productId })
      .from(t.deployments)
      .where(eq(t.deployments.deployerActorId, actor_id));
    where.push(
      or(
        eq(t.products.developerActorId, actor_id),
        eq(t.products.providerActorId, actor_id),
        inArray(t.products.id, deployed),
      ),
    );
  }
  if (builds_on) {
    where.push(
      sql`${t.products.id} in (${selfAndDescendantsSql(builds_on)})`,
      sql`${t.products.id} <> ${builds_on}`,
    );
  }
  if (cursor) {
    where.push(afterKey(cursor, t.products.registeredAt, t.products.id, "desc", CursorKey.timeId));
  }
  return db
    .select()
    .from(t.products)
    .where(and(...where))
    .orderBy(desc(t.products.registeredAt), desc(t.products.id))
    .limit(limit + 1);
}
