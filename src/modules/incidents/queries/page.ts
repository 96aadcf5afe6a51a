import { and, asc, desc, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../platform/db/client";
import { invalidInput } from "../../../platform/errors";
import { CursorPart, decodeCursor, encodeCursor } from "../../../platform/http/cursor";
import * as t from "../schema";
import { incidentConditions } from "./conditions";
import { pageStrategy } from "./strategy";
import { type IncidentFilters, type IncidentSort, type QueryOptions, SORTS } from "./types";

export type IncidentRow = typeof t.incidents.$inferSelect;

const SORT_COLUMN = {
  received_at: t.incidents.receivedAt,
  occurred_at: t.incidents.occurredAt,
} as const;

function sortParts(sort: IncidentSort) {
  const descending = sort.startsWith("-");
  const key = (descending ? sort.slice(1) : sort) as keyof typeof SORT_COLUMN;
  return { descending, key, column: SORT_COLUMN[key] };
}

/** ORDER BY for a sort; the id tie-breaker makes the order total, which keyset paging needs. */
export function incidentOrder(sort: IncidentSort): SQL[] {
  const { descending, column } = sortParts(sort);
  return descending ? [desc(column), desc(t.incidents.id)] : [asc(column), asc(t.incidents.id)];
}

/** [sort, received_at or occurred_at, id]: the shape incidentCursor issues. */
const INCIDENT_KEY = z.tuple([z.enum(SORTS), CursorPart.instant, CursorPart.id]);

/** The cursor carries the sort it was issued for, so it cannot be replayed against another order. */
export function incidentCursor(
  sort: IncidentSort,
  row: Pick<IncidentRow, "receivedAt" | "occurredAt" | "id">,
) {
  const { key } = sortParts(sort);
  return encodeCursor([sort, key === "received_at" ? row.receivedAt : row.occurredAt, row.id]);
}

/**
 * Keyset condition "strictly after the cursor row" as a row-value comparison, which SQLite serves from
 * the (time, id) indexes: a page deep in the result costs the same as the first, and rows inserted
 * meanwhile cannot shift later pages (no duplicates, no gaps), unlike OFFSET.
 */
export function afterCursor(sort: IncidentSort, cursor: string): SQL {
  const [issuedFor, at, id] = decodeCursor(cursor, INCIDENT_KEY);
  if (issuedFor !== sort) {
    throw invalidInput("query", "cursor", `was not issued for sort=${sort}`);
  }
  const { descending, column } = sortParts(sort);
  return descending
    ? sql`(${column}, ${t.incidents.id}) < (${at}, ${id})`
    : sql`(${column}, ${t.incidents.id}) > (${at}, ${id})`;
}

export interface PageRequest {
  sort: IncidentSort;
  limit: number;
  cursor?: string | undefined;
}

/** One page of incident rows plus the cursor for the next one (null on the last page). */
export async function pageIncidents(
  db: Db,
  filters: IncidentFilters,
  options: QueryOptions,
  page: PageRequest,
  extra: SQL[] = [],
): Promise<{ rows: IncidentRow[]; nextCursor: string | null }> {
  const walk = options.walk ?? (await pageStrategy(db, filters));
  const where = [...incidentConditions(filters, { ...options, walk }), ...extra];
  if (page.cursor) where.push(afterCursor(page.sort, page.cursor));
  const rows = await db
    .select()
    .from(t.incidents)
    .where(and(...where))
    .orderBy(...incidentOrder(page.sort))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    rows: shown,
    nextCursor: rows.length > page.limit && last ? incidentCursor(page.sort, last) : null,
  };
}
