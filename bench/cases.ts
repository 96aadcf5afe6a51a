import type { InValue } from "@libsql/client";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { countQuery, type DIMENSIONS } from "../src/modules/incidents";
import { HOT_FOUNDATION_MODEL, HOT_PRODUCT } from "./lib/dataset";

/**
 * The benchmark's cases (issue 14's table plus every documented filter and group_by). Each API case
 * names the query its answer needs at minimum (`floor`), run through @libsql/client on the same file;
 * `kind` picks the load (bench/run.ts LOADS): `http` for the cheap public reads, `list` and `stats`
 * for the analytical reads.
 */
export type Kind = "http" | "list" | "stats";
export interface Case {
  name: string;
  path: string;
  kind: Kind;
  auth?: boolean;
  /** What the issue asks of this case: a ratio to the floor and/or a p99 bound. */
  target: { ratio?: number; p99_ms?: number };
  floor?: { sql: string; args?: InValue[] };
}

const PAGE = "order by received_at desc, id desc limit 51";
// As queries/keyset.ts pageQuery runs a page: rowids picked in order (from an index alone where one
// covers the filter and the sort key), then those rows read.
const page = (where: string, args: InValue[] = []) => ({
  sql: `select * from incidents where rowid in (select rowid from incidents where ${where} ${PAGE}) order by received_at desc, id desc`,
  args,
});
const list = (name: string, query: string, where: string, args: InValue[] = []): Case => ({
  name,
  path: `/v1/incidents?${query}`,
  kind: "list",
  auth: true,
  target: { p99_ms: 50 },
  floor: page(where, args),
});
// The forms a page runs for a large match set (queries/strategy.ts: ≥ WALK_THRESHOLD matches, as
// every code and term below has at 1M): a per-row check while the sort index is walked.
const risk = (code: string) =>
  `exists (select 1 from incident_risks r where r.incident_id = incidents.id and r.risk_code = '${code}')`;
// A search in received order pages inside FTS5 (queries/fts-page.ts): the first limit + 1 matches
// by rowid (received hour), then those rows read by rowid.
const text = (name: string, query: string, match: string): Case => ({
  ...list(name, query, "1 = 1"),
  floor: {
    sql: `select * from incidents where rowid in (select incidents.rowid from incidents_fts f cross join incident_search_keys k on k.rowid = f.rowid cross join incidents on incidents.id = k.incident_id where incidents_fts match ${match} order by f.rowid desc limit 51) ${PAGE}`,
  },
});
/**
 * A stats case's floor is the SQL the route itself runs for a regulator (queries/counts.ts picks a
 * rollup or the exact count), compiled here from the same code: the ratio is then the cost of the
 * HTTP layer, the table building and the JSON around that one query.
 */
const dialect = new SQLiteAsyncDialect();
const statsFloor = (groupBy: (typeof DIMENSIONS)[number][], interval?: "month") => {
  const q = dialect.sqlToQuery(
    countQuery({}, { scope: { kind: "all" }, countableOnly: true }, groupBy, interval),
  );
  return { sql: q.sql, args: q.params as InValue[] };
};
const stats = (dimension: (typeof DIMENSIONS)[number]): Case => ({
  name: `stats group_by=${dimension}`,
  path: `/v1/incidents/stats?group_by=${dimension}`,
  kind: "stats",
  auth: true,
  target: { p99_ms: 250 },
  floor: statsFloor([dimension]),
});
const reach = `with recursive reach(id, depth) as (select ?, 0 union select l.product_id, r.depth + 1 from product_lineage l join reach r on l.parent_product_id = r.id where r.depth < 8) select id from reach`;

export const CASES: Case[] = [
  // The route's own work is a database round trip (it is a liveness and database check).
  { name: "GET /health", path: "/health", kind: "http", target: { ratio: 0.8 }, floor: { sql: "select 1" } },
  { name: "GET /v1/catalog/risks", path: "/v1/catalog/risks", kind: "http", target: { ratio: 0.8 } },
  { name: "GET /v1/catalog/use-areas", path: "/v1/catalog/use-areas", kind: "http", target: { ratio: 0.8 } },
  {
    name: "GET /v1/products/{id}",
    path: `/v1/products/${HOT_PRODUCT}`,
    kind: "http",
    target: { ratio: 0.7, p99_ms: 50 },
    floor: { sql: "select * from products where id = ?", args: [HOT_PRODUCT] },
  },
  list("list, first page", "limit=50", "1 = 1"),
  list(
    "status+severity_min+risk_code",
    "status=triaged&severity_min=severe&risk_code=R_BIAS",
    `status = 'triaged' and +severity_rank in (3,4,5) and ${risk("R_BIAS")}`,
  ),
  text("q=insulin (FTS5)", "q=insulin", `'"insulin"'`),
  text("q=insulin dose (2 terms)", "q=insulin%20dose", `'"insulin" "dose"'`),
  list("country=FR", "country=FR", "country = 'FR'"),
  list("product_id (hot)", `product_id=${HOT_PRODUCT}`, "product_id = ?", [HOT_PRODUCT]),
  list(
    "foundation_model_id (hot)",
    `foundation_model_id=${HOT_FOUNDATION_MODEL}`,
    // A model most products build on: the sort index walked, each row checked against the reach set.
    `+product_id in (${reach})`,
    [HOT_FOUNDATION_MODEL],
  ),
  list("event_type=death", "event_type=death", "event_type = 'death'"),
  list("severity=fatal", "severity=fatal", "severity = 'fatal'"),
  list("severity_min=life_threatening", "severity_min=life_threatening", "+severity_rank in (4,5)"),
  list("outcome=not_recovered", "outcome=not_recovered", "outcome = 'not_recovered'"),
  list("setting=pharmacy", "setting=pharmacy", "setting = 'pharmacy'"),
  list("use_area", "use_area=U_CLERICAL_ADMIN", "use_area = 'U_CLERICAL_ADMIN'"),
  list("age_band=0-1", "age_band=0-1", "age_band = '0-1'"),
  list("sex=intersex", "sex=intersex", "sex = 'intersex'"),
  list("language=sw", "language=sw", "language = 'sw'"),
  list("disability=yes", "disability=yes", "disability = 'yes'"),
  list(
    "risk_code (tail code, ~2%)",
    "risk_code=R_CARE_OUTSIDE_HEALTH_SYSTEM",
    risk("R_CARE_OUTSIDE_HEALTH_SYSTEM"),
  ),
  list("status=received&country=KE", "status=received&country=KE", "status = 'received' and country = 'KE'"),
  list(
    "occurred_from/to (one month)",
    "occurred_from=2025-03-01T00:00:00Z&occurred_to=2025-04-01T00:00:00Z",
    "occurred_at >= '2025-03-01T00:00:00.000Z' and occurred_at < '2025-04-01T00:00:00.000Z'",
  ),
  list(
    "reported_from (last week)",
    "reported_from=2025-12-24T00:00:00Z",
    "received_at >= '2025-12-24T00:00:00.000Z'",
  ),
  list("sort=occurred_at", "sort=occurred_at", "1 = 1"),
  {
    name: "stats group_by=country&interval=month",
    path: "/v1/incidents/stats?group_by=country&interval=month",
    kind: "stats",
    auth: true,
    target: { p99_ms: 250 },
    floor: statsFloor(["country"], "month"),
  },
  {
    name: "stats group_by=risk_code,severity",
    path: "/v1/incidents/stats?group_by=risk_code,severity",
    kind: "stats",
    auth: true,
    target: { p99_ms: 250 },
    floor: statsFloor(["risk_code", "severity"]),
  },
  stats("risk_code"),
  stats("product"),
  stats("country"),
  stats("severity"),
  stats("event_type"),
  stats("outcome"),
  stats("age_band"),
  stats("sex"),
  stats("language"),
  stats("disability"),
  stats("use_area"),
  stats("setting"),
  stats("actor"),
  stats("foundation_model"),
];
