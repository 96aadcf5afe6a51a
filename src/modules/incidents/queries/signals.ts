import { inArray } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import * as registry from "../../registry";

/** The registry products named by a signal listing, for their names and registration numbers. */
export async function productsByIds(db: Db, ids: string[]) {
  return ids.length
    ? await db.select().from(registry.products).where(inArray(registry.products.id, ids))
    : [];
}
