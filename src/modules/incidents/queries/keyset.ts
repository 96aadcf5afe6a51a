import { and, asc, desc, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../platform/db/client";
import { invalidInput } from "../../../platform/errors";
import { CursorPart, decodeCursor, encodeCursor } from "../../../platform/http/cursor";
import * as t from "../schema";
import { type IncidentSort, SORTS } from "./types";

/** Keyset order, cursors and the two-step page query, shared by every page plan. */

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
  const { at, id } = cursorKey(sort, cursor);
  const { descending, column } = sortParts(sort);
  return descending
    ? sql`(${column}, ${t.incidents.id}) < (${at}, ${id})`
    : sql`(${column}, ${t.incidents.id}) > (${at}, ${id})`;
}

/** The (sort key, id) of the row a cursor was issued after; refused if issued for another sort. */
export function cursorKey(sort: IncidentSort, cursor: string): { at: string; id: string } {
  const [issuedFor, at, id] = decodeCursor(cursor, INCIDENT_KEY);
  if (issuedFor !== sort) {
    throw invalidInput("query", "cursor", `was not issued for sort=${sort}`);
  }
  return { at, id };
}

/**
 * The page's rows in two steps: pick the rowids in order (an index that covers the filters and the
 * sort key answers this without reading a table row, e.g. a month of occurred_at, ~40k entries at
 * 1M, sorted by received_at), then read just those rows. One step would read every matching row
 * and sort the full rows.
 */
export function pageQuery(db: Db, where: SQL[], sort: IncidentSort, limit: number) {
  const picked = db
    .select({ rowid: sql`${t.incidents}.rowid` })
    .from(t.incidents)
    .where(and(...where))
    .orderBy(...incidentOrder(sort))
    .limit(limit);
  return db
    .select()
    .from(t.incidents)
    .where(sql`${t.incidents}.rowid in ${picked}`)
    .orderBy(...incidentOrder(sort));
}

export interface PageRequest {
  sort: IncidentSort;
  limit: number;
  cursor?: string | undefined;
}
