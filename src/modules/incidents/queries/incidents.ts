import { and, between, count, inArray, isNull, ne, or, type SQL } from "drizzle-orm";
import { byIdChunks } from "../../../platform/db/chunks";
import type { Db } from "../../../platform/db/client";
import * as t from "../schema";

/** How many reports each listed incident has, chunked so long pages stay under SQLite's bound-variable limit. */
export function reportCountsOf(db: Db, ids: string[]) {
  return byIdChunks(ids, (part) =>
    db
      .select({ id: t.reports.incidentId, n: count() })
      .from(t.reports)
      .where(inArray(t.reports.incidentId, part))
      .groupBy(t.reports.incidentId),
  );
}

/**
 * Duplicate candidates for `targetId`: unmerged incidents that occurred in [from, to] or concern one of
 * the `family` products, capped at `limit` so scoring stays bounded.
 */
export function similarCandidates(
  db: Db,
  targetId: string,
  window: { from: string; to: string; family: string[] },
  limit: number,
) {
  const reach: SQL[] = [between(t.incidents.occurredAt, window.from, window.to)];
  if (window.family.length > 0) reach.push(inArray(t.incidents.productId, window.family));
  return db
    .select()
    .from(t.incidents)
    .where(and(ne(t.incidents.id, targetId), isNull(t.incidents.mergedIntoId), or(...reach)))
    .limit(limit);
}
