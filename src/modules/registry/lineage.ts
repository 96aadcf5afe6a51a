import { inArray, sql } from "drizzle-orm";
import { byIdChunks } from "../../platform/db/chunks";
import type { Db } from "../../platform/db/client";
import { versionBases } from "./schema";

export interface LineageEdge {
  product_id: string;
  relation: string;
  depth: number;
  /** The product one step closer to the origin of the walk. */
  via: string;
}

/**
 * Walks the lineage DAG with a recursive CTE: `up` gives every ancestor (what a product is built
 * on, transitively), `down` every descendant. UNION (not UNION ALL) stops on diamonds and cycles.
 */
export async function walkLineage(
  db: Db,
  productId: string,
  direction: "up" | "down",
): Promise<LineageEdge[]> {
  const rows =
    direction === "up"
      ? await db.all<LineageEdge>(sql`
          with recursive walk(product_id, relation, depth, via) as (
            select parent_product_id, relation, 1, product_id from product_lineage where product_id = ${productId}
            union
            select l.parent_product_id, l.relation, w.depth + 1, l.product_id
              from product_lineage l join walk w on l.product_id = w.product_id where w.depth < 32
          )
          select product_id, relation, min(depth) as depth, via from walk group by product_id order by depth, product_id`)
      : await db.all<LineageEdge>(sql`
          with recursive walk(product_id, relation, depth, via) as (
            select product_id, relation, 1, parent_product_id from product_lineage where parent_product_id = ${productId}
            union
            select l.product_id, l.relation, w.depth + 1, l.parent_product_id
              from product_lineage l join walk w on l.parent_product_id = w.product_id where w.depth < 32
          )
          select product_id, relation, min(depth) as depth, via from walk group by product_id order by depth, product_id`);
  return rows.map((r) => ({ ...r, depth: Number(r.depth) }));
}

/** SQL fragment: ids of `productId` and all its descendants (for `builds_on` / foundation-model filters). */
export const selfAndDescendantsSql = (productId: string) => sql`
  with recursive d(id) as (
    select ${productId}
    union
    select l.product_id from product_lineage l join d on l.parent_product_id = d.id
  ) select id from d`;

/** The (version → base version) pins of the given product versions, chunked for D1's parameter limit. */
export function versionBasesOf(db: Db, versionIds: string[]) {
  return byIdChunks(versionIds, (part) =>
    db.select().from(versionBases).where(inArray(versionBases.versionId, part)),
  );
}
