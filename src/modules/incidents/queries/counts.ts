import { and, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import * as t from "../schema";
import { type ChainKey, chainCountQuery } from "./chain-counts";
import { incidentConditions } from "./conditions";
import { rollupCountQuery } from "./rollup";
import { COLUMN_DIMENSIONS, type IncidentFilters, NONE, type QueryOptions } from "./types";

export { NONE };

export const DIMENSIONS = [
  "risk_code",
  "product",
  "actor",
  "foundation_model",
  ...COLUMN_DIMENSIONS,
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const INTERVALS = ["day", "week", "month", "year"] as const;
export type Interval = (typeof INTERVALS)[number];

/** Dimensions read from the value-chain walk (several values per incident): see chain-counts.ts. */
type ChainDimension = "actor" | "foundation_model";
const isChain = (d: Dimension): d is ChainDimension => d === "actor" || d === "foundation_model";

/**
 * How each other dimension is read. risk_code is multi-valued (an incident has several codes): it
 * comes from a joined relation, so the incident counts once in each of its codes.
 */
const SOURCES: Record<Exclude<Dimension, ChainDimension>, { expr: SQL; join?: SQL }> = {
  risk_code: {
    expr: sql`g_risk.risk_code`,
    join: sql`left join incident_risks g_risk on g_risk.incident_id = ${t.incidents.id}`,
  },
  product: { expr: sql`${t.incidents.productId}` },
  country: { expr: sql`${t.incidents.country}` },
  severity: { expr: sql`${t.incidents.severity}` },
  event_type: { expr: sql`${t.incidents.eventType}` },
  outcome: { expr: sql`${t.incidents.outcome}` },
  age_band: { expr: sql`${t.incidents.ageBand}` },
  sex: { expr: sql`${t.incidents.sex}` },
  language: { expr: sql`${t.incidents.language}` },
  disability: { expr: sql`${t.incidents.disability}` },
  use_area: { expr: sql`${t.incidents.useArea}` },
  setting: { expr: sql`${t.incidents.setting}` },
};

/** Period label of occurred_at; weeks are labelled by their Monday (ISO weeks start on Monday). */
const BUCKET: Record<Interval, SQL> = {
  day: sql`substr(${t.incidents.occurredAt}, 1, 10)`,
  week: sql`date(${t.incidents.occurredAt}, 'weekday 0', '-6 days')`,
  month: sql`substr(${t.incidents.occurredAt}, 1, 7)`,
  year: sql`substr(${t.incidents.occurredAt}, 1, 4)`,
};

export interface CountCell {
  keys: string[];
  bucket: string | null;
  count: number;
}

/**
 * The GROUP BY behind countIncidents, on its own so that query-plan tests explain exactly what runs:
 * a rollup (rollup.ts) when one answers these filters and dimensions, else the exact query.
 */
export function countQuery(
  filters: IncidentFilters,
  options: QueryOptions,
  groupBy: readonly Dimension[],
  interval?: Interval,
): SQL {
  return (
    rollupCountQuery(filters, options, groupBy, interval) ??
    exactCountQuery(filters, options, groupBy, interval)
  );
}

/** The count over `incidents` itself, for every filter combination (and the rollups' reference). */
export function exactCountQuery(
  filters: IncidentFilters,
  options: QueryOptions,
  groupBy: readonly Dimension[],
  interval?: Interval,
): SQL {
  const chain = groupBy.some(isChain);
  // With a chain dimension, product is read from the counted starts (chain-counts.ts).
  const own = groupBy.filter(
    (d): d is Exclude<Dimension, ChainDimension> => !isChain(d) && !(chain && d === "product"),
  );
  const sources = own.map((d) => SOURCES[d]);
  const bucket = interval ? BUCKET[interval] : sql`null`;
  const joins = sources.flatMap((s) => (s.join ? [s.join] : []));
  // With a joined dimension every incident row is read anyway (for its id): a sequential table scan.
  // The unary + keeps the planner off the partial "countable" indexes, whose entries lack the id and
  // would cost a random row lookup each (7–9 s instead of ~4 s at 1M).
  const joined = joins.length > 0 && options.countableOnly;
  const where =
    and(
      ...incidentConditions(filters, joined ? { ...options, countableOnly: false } : options),
      ...(joined ? [sql`+${t.incidents.mergedIntoId} is null`] : []),
    ) ?? sql`1 = 1`;
  const from = sql`from ${t.incidents} ${sql.join(joins, sql` `)} where ${where}`;
  // Grouped by the raw expressions (NULL is one group, labelled afterwards), so an index on exactly
  // these expressions (schema.ts, "countable" indexes) delivers the rows already grouped: no sort.
  const groups = [...sources.map((s) => s.expr), ...(interval ? [bucket] : [])];
  if (chain) {
    // Counted per start in incidents_countable_start_idx order (no sort when nothing else is grouped).
    const starts = sql`select coalesce(${t.incidents.productId}, '') as sp,
      coalesce(${t.incidents.productVersionId}, '') as sv, coalesce(${t.incidents.deploymentId}, '') as sd,
      ${sql.join([...sources.map((s, i) => sql`${s.expr} as ${sql.raw(`o${i}`)}`), sql`${bucket} as b`], sql`, `)},
      count(*) as n ${from}
      group by ${sql.join([t.incidents.productId, t.incidents.productVersionId, t.incidents.deploymentId, ...groups], sql`, `)}`;
    let other = 0;
    const keys = groupBy.map((d): ChainKey => (isChain(d) || d === "product" ? d : { other: other++ }));
    return chainCountQuery(starts, keys);
  }
  const keys = sources.map((s, i) => sql`coalesce(${s.expr}, ${NONE}) as ${sql.raw(`k${i}`)}`);
  // An incident has each risk code once (primary key), so rows are distinct incidents.
  return sql`
    select ${sql.join([...keys, sql`${bucket} as b`], sql`, `)}, count(*) as n
    ${from}
    ${groups.length ? sql`group by ${sql.join(groups, sql`, `)}` : sql`having count(*) > 0`}`;
}

/**
 * Exact counts of distinct incidents per (dimension values…, period), in one GROUP BY over the
 * filtered set: no cap on buckets or counts. Only non-empty cells come back; callers add zeros.
 */
export async function countIncidents(
  db: Db,
  filters: IncidentFilters,
  options: QueryOptions,
  groupBy: readonly Dimension[],
  interval?: Interval,
): Promise<CountCell[]> {
  const rows = await db.all<Record<string, string | number | null>>(
    countQuery(filters, options, groupBy, interval),
  );
  return rows.map((r) => ({
    keys: groupBy.map((_, i) => String(r[`k${i}`])),
    bucket: r.b === null || r.b === undefined ? null : String(r.b),
    count: Number(r.n),
  }));
}
