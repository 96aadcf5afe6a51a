import { and, isNull, type SQL } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import * as t from "../schema";
import { afterCursor, incidentCursor as cursorFor, incidentOrder } from "./page";

/**
 * Filters, sort and keyset paging of incidents live in this shared query layer (issue 6), so the list,
 * statistics, exports and signals agree on what a filter means. This file holds the newest-first sweep
 * the deadline listing pages through.
 */
export interface IncidentFilterQuery {
  cursor?: string | undefined;
}

export function buildIncidentFilters(query: IncidentFilterQuery): SQL[] {
  return query.cursor ? [afterCursor("-received_at", query.cursor)] : [];
}

/** Newest first, with the id as tie-breaker so keyset pages are stable. */
export const INCIDENT_ORDER = incidentOrder("-received_at");

export const incidentCursor = (row: { receivedAt: string; occurredAt: string; id: string }) =>
  cursorFor("-received_at", row);

/** One batch of the sweep: unmerged incidents after `cursor`, newest first. */
export function deadlineScanBatch(db: Db, cursor: string | undefined, limit: number) {
  return db
    .select()
    .from(t.incidents)
    .where(and(isNull(t.incidents.mergedIntoId), ...buildIncidentFilters({ cursor })))
    .orderBy(...INCIDENT_ORDER)
    .limit(limit);
}
