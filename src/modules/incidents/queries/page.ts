import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import * as t from "../schema";
import { incidentConditions } from "./conditions";
import { ftsPageRows } from "./fts-page";
import { afterCursor, type IncidentRow, incidentCursor, type PageRequest, pageQuery } from "./keyset";
import { pageStrategy } from "./strategy";
import type { IncidentFilters, IncidentSort, QueryOptions } from "./types";

export {
  afterCursor,
  cursorKey,
  type IncidentRow,
  incidentCursor,
  incidentOrder,
  type PageRequest,
  pageQuery,
} from "./keyset";

/** One page of incident rows plus the cursor for the next one (null on the last page). */
export async function pageIncidents(
  db: Db,
  filters: IncidentFilters,
  options: QueryOptions,
  page: PageRequest,
  extra: SQL[] = [],
): Promise<{ rows: IncidentRow[]; nextCursor: string | null }> {
  // A search in received order pages inside FTS5 unless the caller fixed the text plan (exports do).
  const rows =
    (options.walk?.text === undefined ? await ftsPageRows(db, filters, options, page, extra) : null) ??
    (await sortedPageRows(db, filters, options, page, extra));
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    rows: shown,
    nextCursor: rows.length > page.limit && last ? incidentCursor(page.sort, last) : null,
  };
}

/** limit + 1 rows of the page, by the sort index or the filters' indexes (queries/strategy.ts). */
async function sortedPageRows(
  db: Db,
  filters: IncidentFilters,
  options: QueryOptions,
  page: PageRequest,
  extra: SQL[],
): Promise<IncidentRow[]> {
  const walk = options.walk ?? (await pageStrategy(db, filters));
  const where = [...incidentConditions(filters, { ...options, walk }), ...extra];
  if (page.cursor) where.push(afterCursor(page.sort, page.cursor));
  return pageQuery(db, where, page.sort, page.limit + 1);
}

/**
 * Every matching row, in keyset batches: memory holds one batch at a time whatever the result size.
 * `upToRowid` pins the set to the rows that existed when an export started.
 */
export async function* incidentBatches(
  db: Db,
  filters: IncidentFilters,
  options: QueryOptions,
  batchSize: number,
  sort: IncidentSort = "received_at",
): AsyncGenerator<IncidentRow[]> {
  const [{ maxRowid } = { maxRowid: 0 }] = await db.all<{ maxRowid: number | null }>(
    sql`select coalesce(max(rowid), 0) as maxRowid from incidents`,
  );
  const pinned = sql`${t.incidents}.rowid <= ${maxRowid ?? 0}`;
  // Decided once: every batch of one export uses the same plan.
  const batchOptions = { ...options, walk: options.walk ?? (await pageStrategy(db, filters)) };
  let cursor: string | undefined;
  do {
    const page = await pageIncidents(db, filters, batchOptions, { sort, limit: batchSize, cursor }, [pinned]);
    if (page.rows.length) yield page.rows;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
