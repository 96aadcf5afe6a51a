import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import * as t from "../../db/schema";
import { decodeCursor, encodeCursor } from "../../lib/cursor";

/** Query fields this module understands; extend here (and in IncidentListQuery) for new filters. */
export interface IncidentFilterQuery {
  status?: string | undefined;
  event_type?: string | undefined;
  product_id?: string | undefined;
  cursor?: string | undefined;
}

/**
 * Turns list query parameters into SQL conditions on `incidents`. One place for filters so search,
 * statistics and exports can reuse them; caller scoping (actors' `mine`) is added by the route.
 */
export function buildIncidentFilters(query: IncidentFilterQuery): SQL[] {
  const where: SQL[] = [];
  if (query.status) where.push(eq(t.incidents.status, query.status));
  if (query.event_type) where.push(eq(t.incidents.eventType, query.event_type));
  if (query.product_id) where.push(eq(t.incidents.productId, query.product_id));
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, 2) as [string, string];
    where.push(
      or(lt(t.incidents.receivedAt, at), and(eq(t.incidents.receivedAt, at), lt(t.incidents.id, id))) as SQL,
    );
  }
  return where;
}

/** Newest first, with the id as tie-breaker so keyset pages are stable. */
export const INCIDENT_ORDER = [desc(t.incidents.receivedAt), desc(t.incidents.id)] as const;

export const incidentCursor = (row: { receivedAt: string; id: string }) =>
  encodeCursor([row.receivedAt, row.id]);
