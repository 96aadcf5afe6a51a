import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../../../platform/db/client";
import * as registry from "../../registry";
import type { StatsTable } from "./table";

/**
 * `column` is one of `ids`, with the whole list bound as ONE JSON parameter: a table by product has
 * ~5,000 labels at 1M incidents, which as D1-sized IN (…) parts (≤ 90 parameters) took 56 queries
 * and 160–440 ms; one query over json_each takes a few ms, on libSQL and D1 alike.
 */
const oneOf = (column: SQLiteColumn, ids: readonly string[]): SQL =>
  sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;

/**
 * Display names for id-valued labels (products, foundation models, actors): public registry facts,
 * so every caller who may see the table may see them. Other dimensions are codes and need none.
 */
export async function labelNames(db: Db, table: StatsTable): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [dimension, labels] of Object.entries(table.labels)) {
    if (dimension === "product" || dimension === "foundation_model") {
      const rows = await db
        .select({ id: registry.products.id, name: registry.products.name })
        .from(registry.products)
        .where(oneOf(registry.products.id, labels));
      out[dimension] = Object.fromEntries(rows.map((r) => [r.id, r.name]));
    } else if (dimension === "actor") {
      const rows = await db
        .select({ id: registry.actors.id, name: registry.actors.name })
        .from(registry.actors)
        .where(oneOf(registry.actors.id, labels));
      out[dimension] = Object.fromEntries(rows.map((r) => [r.id, r.name]));
    }
  }
  return out;
}
