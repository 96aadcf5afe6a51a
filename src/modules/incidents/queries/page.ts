import type { SQL } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import { incidentConditions } from "./conditions";
import { ftsPageRows } from "./fts-page";
import { afterCursor, type IncidentRow, incidentCursor, type PageRequest, pageQuery } from "./keyset";
import { pageStrategy } from "./strategy";
import type { IncidentFilters, QueryOptions } from "./types";

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
