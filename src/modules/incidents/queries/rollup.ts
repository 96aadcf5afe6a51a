import { inArray, type SQL, sql } from "drizzle-orm";
import { SEVERITIES } from "../domain/fhir/codes";
import * as t from "../schema";
import { type ChainKey, chainCountQuery } from "./chain-counts";
import { COLUMN_DIMENSIONS, type IncidentFilters, NONE, type QueryOptions } from "./types";

/**
 * Statistics read from the rollups (stats-schema.ts) when they hold the whole answer, else null (the
 * caller runs the exact query over `incidents`). The rollups count every countable incident by a few
 * keys, so they answer only a regulator-scope count (an actor's scope is a filter) with no filter
 * outside those keys. Why (issue 14, bench at 1M): risk_code and the chain dimensions visited every
 * incident row or every (incident, value) pair (3–20 s); one-column dimensions streamed a narrow
 * partial index (1M entries, 0.1–0.3 s on the shared machine). A rollup holds a few thousand rows, and
 * its keys change only with a few columns, so triggers keep it exact in the writing statement.
 * Filtered counts stay exact queries: they are index-driven (query-plan.test.ts).
 */
export function rollupCountQuery(
  filters: IncidentFilters,
  options: QueryOptions,
  groupBy: readonly string[],
  interval: string | undefined,
): SQL | null {
  if (options.scope.kind !== "all" || !options.countableOnly || groupBy.length === 0) return null;
  const given = Object.entries(filters)
    .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k]) => k);
  const [only] = groupBy;
  if (given.length === 0 && groupBy.length === 1 && only && MONTH_DIMENSIONS.has(only)) {
    if (interval === "month" || interval === "year" || interval === undefined)
      return monthQuery(only, interval);
  }
  if (interval) return null;
  if (
    given.length === 0 &&
    groupBy.every((d) => d === "product" || d === "actor" || d === "foundation_model")
  ) {
    const s = t.incidentStartCounts;
    return chainCountQuery(
      sql`select ${s.productId} as sp, ${s.versionId} as sv, ${s.deploymentId} as sd, null as b, ${s.n} as n
        from ${s} where ${s.n} > 0`,
      groupBy as ChainKey[],
    );
  }
  if (
    groupBy.includes("risk_code") &&
    groupBy.every((d) => d === "risk_code" || d === "severity") &&
    given.every((k) => k === "severity" || k === "severity_min")
  ) {
    const r = t.incidentRiskCounts;
    const where: SQL[] = [sql`${r.n} > 0`];
    if (filters.severity?.length) where.push(inArray(r.severity, filters.severity));
    const min = filters.severity_min;
    if (min !== undefined) {
      const names = SEVERITIES.filter((_, rank) => rank >= min);
      where.push(names.length ? inArray(r.severity, [...names]) : sql`0 = 1`);
    }
    const exprs = groupBy.map((d) =>
      d === "risk_code" ? sql`nullif(${r.riskCode}, '')` : sql`${r.severity}`,
    );
    return sql`select ${sql.join(
      exprs.map((e, i) => sql`coalesce(${e}, ${NONE}) as ${sql.raw(`k${i}`)}`),
      sql`, `,
    )}, null as b, sum(${r.n}) as n
      from ${r} where ${sql.join(where, sql` and `)}
      group by ${sql.join(exprs, sql`, `)}`;
  }
  return null;
}

/** The single-valued dimensions incident_month_counts holds (drizzle/0017, its triggers' VALUES list). */
const MONTH_DIMENSIONS: ReadonlySet<string> = new Set(COLUMN_DIMENSIONS);

/** One dimension, alone or by month or year (a year is its months' prefix, as BUCKET in counts.ts). */
function monthQuery(dimension: string, interval: "month" | "year" | undefined): SQL {
  const m = t.incidentMonthCounts;
  const bucket =
    interval === "month" ? sql`${m.month}` : interval === "year" ? sql`substr(${m.month}, 1, 4)` : sql`null`;
  return sql`select coalesce(nullif(${m.value}, ''), ${NONE}) as k0, ${bucket} as b, sum(${m.n}) as n
    from ${m} where ${m.dimension} = ${dimension} and ${m.n} > 0
    group by ${m.value}${interval ? sql`, ${bucket}` : sql``}`;
}
