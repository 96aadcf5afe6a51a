import { and, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import * as t from "../schema";
import { ftsMatch, incidentConditions } from "./conditions";
import { afterCursor, cursorKey, type IncidentRow, incidentOrder, type PageRequest } from "./keyset";
import type { IncidentFilters, QueryOptions } from "./types";

/**
 * A text search page in received order, read inside FTS5 instead of collecting every match
 * (issue 14: `q=insulin` matched ~67k of 1M incidents, and building that set cost ~40–100 ms).
 *
 * FTS rowids are `hour(received_at) << 20 | n` (drizzle/0018_incident_search_order.sql), so rowid
 * order is received order to the hour. The page walks the matches by rowid from the cursor's hour
 * and stops once limit + 1 rows pass the other filters. The hour it stopped in may hold more rows
 * that sort before the last one found, so the page is the sorted matches from the edge of that hour
 * to the cursor: every row outside was received in an earlier hour (a later one, ascending), so the
 * rows and their order are exactly those of sorting every match.
 */

/** FTS matches a page walks before leaving the page to the other filters' indexes (see below). */
export const FTS_WINDOW = 1_000;

const SHIFT = sql.raw("20");
/** The hour of an ISO instant, as in the FTS rowid. */
const hourOf = (at: SQL) => sql`(cast(strftime('%s', ${at}) as integer) / 3600)`;
const MIN_ROWID = sql.raw("-9223372036854775808");
const MAX_ROWID = sql.raw("9223372036854775807");

/** AND of the conditions; true when there are none (and() would render nothing). */
const allOf = (conditions: SQL[]): SQL => and(sql`1 = 1`, ...conditions) as SQL;

/** The matches (`rowid as r`) from the cursor on, in walk order, optionally only up to an edge. */
function matches(match: string, bounds: SQL[], descending: boolean, limit: SQL): SQL {
  return sql`select rowid as r from incidents_fts where ${allOf([sql`incidents_fts match ${match}`, ...bounds])}
    order by rowid ${sql.raw(descending ? "desc" : "asc")} limit ${limit}`;
}

/** Each match joined to its incident, which must pass `where`. */
const withIncident = (rows: SQL, where: SQL[]) => sql`(${rows}) w
  cross join incident_search_keys k on k.rowid = w.r cross join ${t.incidents} on ${t.incidents.id} = k.incident_id
  where ${allOf(where)}`;

/**
 * The page's statement (limit + 1 rows), or null when the search is not pageable in FTS5: no term
 * of 3+ characters, or an occurred_at sort.
 */
export function ftsPageQuery(
  db: Db,
  filters: IncidentFilters,
  options: QueryOptions,
  page: PageRequest,
  extra: SQL[] = [],
) {
  const match = filters.q ? ftsMatch(filters.q) : null;
  if (!match || !page.sort.endsWith("received_at")) return null;
  const descending = page.sort.startsWith("-");
  // Every other filter is checked on the row the walk reached (no index can drive it).
  const walk = { riskCode: true, severity: true, foundationModel: true, text: "paged" as const };
  const where = [...incidentConditions(filters, { ...options, walk }), ...extra];
  const bounds: SQL[] = [];
  if (page.cursor) {
    const hour = hourOf(sql`${cursorKey(page.sort, page.cursor).at}`);
    where.push(afterCursor(page.sort, page.cursor));
    bounds.push(descending ? sql`rowid < ((${hour} + 1) << ${SHIFT})` : sql`rowid >= (${hour} << ${SHIFT})`);
  }
  // A reported_* range bounds the walk too (the filter itself stays exact in `where`). Should the
  // hour of a bound not parse, the bound is NULL, nothing matches, and the caller's sorted form runs.
  if (filters.reported_from)
    bounds.push(sql`rowid >= (${hourOf(sql`${filters.reported_from}`)} << ${SHIFT})`);
  if (filters.reported_to)
    bounds.push(sql`rowid < ((${hourOf(sql`${filters.reported_to}`)} + 1) << ${SHIFT})`);
  const limit = page.limit + 1;
  const window = sql`${FTS_WINDOW}`;
  // Where the page ends: the edge of the hour holding the limit + 1-th passing match; every match
  // when fewer than FTS_WINDOW are left; NULL (no rows: the caller falls back) otherwise.
  const found = withIncident(matches(match, bounds, descending, window), where);
  const left = sql`(select count(*) from (${matches(match, bounds, descending, window)}))`;
  const edge = descending
    ? sql`case when count(*) >= ${limit} then ((min(w.r) >> ${SHIFT}) << ${SHIFT})
        when ${left} < ${window} then ${MIN_ROWID} end`
    : sql`case when count(*) >= ${limit} then (((max(w.r) >> ${SHIFT}) + 1) << ${SHIFT})
        when ${left} < ${window} then ${MAX_ROWID} end`;
  const endsAt = sql`(select ${edge} from (select w.r from ${found} limit ${limit}) w)`;
  const upToEdge = descending ? sql`rowid >= ${endsAt}` : sql`rowid < ${endsAt}`;
  // limit -1 keeps this a subquery walked in rowid order (FTS5 seeks to the cursor's hour).
  const picked = sql`select ${t.incidents}.rowid from ${withIncident(
    matches(match, [...bounds, upToEdge], descending, sql`-1`),
    where,
  )} order by ${sql.join(incidentOrder(page.sort), sql`, `)} limit ${limit}`;
  return db
    .select()
    .from(t.incidents)
    .where(sql`${t.incidents}.rowid in (${picked})`)
    .orderBy(...incidentOrder(page.sort));
}

/**
 * limit + 1 rows of the page; null when ftsPageQuery does not apply, when nothing passed, or when
 * the other filters pass fewer than limit + 1 of the first FTS_WINDOW matches: they are then
 * selective enough that their own indexes should drive the page (queries/strategy.ts), which the
 * caller runs instead.
 */
export async function ftsPageRows(
  db: Db,
  filters: IncidentFilters,
  options: QueryOptions,
  page: PageRequest,
  extra: SQL[],
): Promise<IncidentRow[] | null> {
  const query = ftsPageQuery(db, filters, options, page, extra);
  const rows = query ? await query : [];
  return rows.length ? rows : null;
}
