import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import * as t from "../schema";
import { ftsMatch } from "./conditions";
import { productsBuiltOnSql } from "./lineage-sql";
import type { IncidentFilters, QueryOptions } from "./types";

/**
 * Matches above which a page walks the sort index instead of sorting every match. Sorting 5,000
 * rows fetched by primary key costs a few milliseconds; walking the index to find a page among
 * matches this common (≥ 0.5% of 1M) stops after ~10k index entries. Below it, a walk could read the
 * whole table for a rare term before it has a page.
 */
export const WALK_THRESHOLD = 5_000;

/** True when the sub-select has at least WALK_THRESHOLD rows (reads at most that many). */
async function atLeast(db: Db, subselect: ReturnType<typeof sql>): Promise<boolean> {
  const [row] = await db.all<{ n: number }>(
    sql`select count(*) as n from (${subselect} limit ${WALK_THRESHOLD})`,
  );
  return Number(row?.n ?? 0) >= WALK_THRESHOLD;
}

/**
 * How a page should check the set-valued filters (`risk_code`, `q`, `foundation_model_id`): decided per request from a
 * bounded count, because the right plan flips with the size of the match set (a common code or word
 * matches 10%+ of incidents, a rare one a handful) and SQLite cannot know which it is being asked.
 */
export async function pageStrategy(db: Db, filters: IncidentFilters): Promise<QueryOptions["walk"]> {
  const match = filters.q ? ftsMatch(filters.q) : null;
  const [riskCode, text, foundationModel] = await Promise.all([
    filters.risk_code?.length
      ? atLeast(
          db,
          sql`select 1 from ${t.incidentRisks} where ${inArray(t.incidentRisks.riskCode, filters.risk_code)}`,
        )
      : false,
    match ? atLeast(db, sql`select rowid from incidents_fts where incidents_fts match ${match}`) : false,
    // The most-used foundation model reaches ~35% of incidents at 1M (1.4 s to fetch and sort them
    // all); a niche one a few hundred, which a walk could only find by reading most of the table.
    // Counted by product lineage alone, from a covering index: the full chain condition also reads
    // each row's version (~45 ms for 5,000 rows at 1M), and this is only an estimate of the size.
    filters.foundation_model_id
      ? atLeast(
          db,
          sql`select 1 from ${t.incidents} where ${t.incidents.productId} in (${productsBuiltOnSql(filters.foundation_model_id)})`,
        )
      : false,
  ]);
  return { riskCode, text, severity: true, foundationModel };
}
