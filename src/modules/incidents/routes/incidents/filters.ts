import type { SQL } from "drizzle-orm";
import { afterCursor, incidentCursor as cursorFor, incidentOrder } from "../../queries";

/**
 * Filters, sort and keyset paging of incidents live in the shared query layer (src/modules/incidents/queries,
 * issue 6), so the list, statistics, exports and signals agree on what a filter means. What stays here
 * is the newest-first sweep the deadline listing pages through.
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
