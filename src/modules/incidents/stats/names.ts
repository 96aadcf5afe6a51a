import { inArray } from "drizzle-orm";
import { byIdChunks } from "../../../platform/db/chunks";
import type { Db } from "../../../platform/db/client";
import * as registry from "../../registry";
import type { StatsTable } from "./table";

/**
 * Display names for id-valued labels (products, foundation models, actors): public registry facts,
 * so every caller who may see the table may see them. Other dimensions are codes and need none.
 */
export async function labelNames(db: Db, table: StatsTable): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [dimension, labels] of Object.entries(table.labels)) {
    if (dimension === "product" || dimension === "foundation_model") {
      const rows = await byIdChunks(labels, (part) =>
        db
          .select({ id: registry.products.id, name: registry.products.name })
          .from(registry.products)
          .where(inArray(registry.products.id, part)),
      );
      out[dimension] = Object.fromEntries(rows.map((r) => [r.id, r.name]));
    } else if (dimension === "actor") {
      const rows = await byIdChunks(labels, (part) =>
        db
          .select({ id: registry.actors.id, name: registry.actors.name })
          .from(registry.actors)
          .where(inArray(registry.actors.id, part)),
      );
      out[dimension] = Object.fromEntries(rows.map((r) => [r.id, r.name]));
    }
  }
  return out;
}
