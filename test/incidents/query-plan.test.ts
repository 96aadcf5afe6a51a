import type { Client, InValue } from "@libsql/client";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  afterCursor,
  COLUMN_DIMENSIONS,
  countQuery,
  exactCountQuery,
  ftsPageQuery,
  type IncidentFilters,
  incidentConditions,
  incidentCursor,
  pageQuery,
  pageStrategy,
} from "../../src/modules/incidents";
import { createTestApp, type TestApp } from "../helpers/harness";
import { seedIncidents } from "../helpers/query-seed";

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await seedIncidents(
    app,
    Array.from({ length: 300 }, (_, i) => ({ country: i % 2 ? "FR" : "KE", risks: ["R_BIAS"] })),
  );
});

type Walk = Awaited<ReturnType<typeof pageStrategy>>;

/** EXPLAIN QUERY PLAN rows of a drizzle query, with their tree links. */
async function explain(query: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql: text, params } = query.toSQL();
  // drizzle() returns the libSQL client as $client; the Db type leaves it out on purpose (routes must not use it).
  const client = (app.db as unknown as { $client: Client }).$client;
  const result = await client.execute({ sql: `explain query plan ${text}`, args: params as InValue[] });
  return result.rows.map((r) => ({ id: Number(r.id), parent: Number(r.parent), detail: String(r.detail) }));
}

/**
 * EXPLAIN QUERY PLAN of the exact list query the API runs for these filters (pageQuery): the plan
 * choice pageIncidents makes (pageStrategy), or a forced one (`walk`) for match sets larger than
 * this seed. Only the step that picks the page's rowids in order: reading those ≤ 51 rows by rowid
 * and ordering them again is the same for every filter.
 */
async function plan(filters: IncidentFilters, cursor?: string, walk?: Walk): Promise<string[]> {
  const chosen = walk ?? (await pageStrategy(app.db, filters));
  const where = incidentConditions(filters, { scope: { kind: "all" }, walk: chosen });
  if (cursor) where.push(afterCursor("-received_at", cursor));
  const rows = await explain(pageQuery(app.db, where, "-received_at", 51));
  const pick = rows.find((r) => /^LIST SUBQUERY/.test(r.detail));
  expect(pick, rows.map((r) => r.detail).join("\n")).toBeDefined();
  const inPick = new Set([pick?.id]);
  for (const r of rows) if (inPick.has(r.parent)) inPick.add(r.id);
  return rows.filter((r) => r.id !== pick?.id && inPick.has(r.id)).map((r) => r.detail);
}

/** A full pass over incidents: a table scan, or a walk over a whole index of it. */
const fullScan = (details: string[]) => details.filter((d) => /^SCAN incidents\b/.test(d));

const id = "01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d";

describe("EXPLAIN QUERY PLAN: indexed filters never scan all incidents", () => {
  it.each<[string, IncidentFilters, RegExp]>([
    [
      "product_id",
      { product_id: [id] },
      /SEARCH incidents USING (COVERING )?INDEX incidents_product_received_idx/,
    ],
    [
      "status",
      { status: ["triaged"] },
      /SEARCH incidents USING (COVERING )?INDEX incidents_status_received_rank_idx/,
    ],
    [
      "status + severity_min + risk_code (issue 14's hot filter)",
      { status: ["triaged"], severity_min: 3, risk_code: ["R_BIAS"] },
      /SEARCH incidents USING (COVERING )?INDEX incidents_status_received_rank_idx \(status=\?\)/,
    ],
    [
      "event_type",
      { event_type: ["death"] },
      /SEARCH incidents USING (COVERING )?INDEX incidents_event_type_received_idx/,
    ],
    [
      "country",
      { country: ["FR"] },
      /SEARCH incidents USING (COVERING )?INDEX incidents_country_received_idx/,
    ],
    [
      "risk_code",
      { risk_code: ["R_BIAS"] },
      /incident_risks_code_idx|SEARCH incidents USING INDEX sqlite_autoindex_incidents_1/,
    ],
    [
      "occurred range",
      { occurred_from: "2026-01-01", occurred_to: "2026-02-01" },
      // The index alone picks the page (received_at is its last column): no row read per entry.
      /SEARCH incidents USING COVERING INDEX incidents_occurred_idx/,
    ],
    [
      "reported range",
      { reported_from: "2026-01-01", reported_to: "2026-02-01" },
      /SEARCH incidents USING (COVERING )?INDEX incidents_received_idx/,
    ],
    ["q (FTS5)", { q: "insulin dose" }, /SCAN f VIRTUAL TABLE INDEX/],
    [
      "registration_number",
      { registration_number: ["LMMR-2026-000001"] },
      /SEARCH incidents USING (COVERING )?INDEX incidents_product(_received)?_idx/,
    ],
    ["foundation_model_id", { foundation_model_id: id }, /SEARCH incidents USING (COVERING )?INDEX/],
    ["actor_id", { actor_id: id }, /SEARCH incidents USING (COVERING )?INDEX/],
  ])("%s", async (_name, filters, expected) => {
    const details = await plan(filters);
    expect(fullScan(details), details.join("\n")).toEqual([]);
    expect(details.join("\n")).toMatch(expected);
  });

  it("the hot filter checks rank from the index entry and needs no sort", async () => {
    const details = await plan({ status: ["triaged"], severity_min: 3, risk_code: ["R_BIAS"] });
    expect(details.join("\n")).not.toMatch(/TEMP B-TREE/);
  });

  it("a rare risk code or search term drives the query from its (small) match set", async () => {
    // 300 seeded incidents: far below WALK_THRESHOLD, so pageStrategy picks the driving form.
    expect(await pageStrategy(app.db, { risk_code: ["R_BIAS"], q: "insulin" })).toEqual({
      riskCode: false,
      text: false,
      severity: true,
      foundationModel: false,
    });
  });
  it("a deep keyset page seeks to the cursor (no OFFSET, no scan from the top)", async () => {
    const cursor = incidentCursor("-received_at", {
      receivedAt: "2026-05-01T00:00:00.000Z",
      occurredAt: "",
      id,
    });
    const details = await plan({}, cursor);
    expect(fullScan(details), details.join("\n")).toEqual([]);
    expect(details.join("\n")).toMatch(
      /SEARCH incidents USING (COVERING )?INDEX incidents_received_idx \(\(received_at,id\)<\(\?,\?\)\)/,
    );
  });
});

/**
 * Filters whose match set is large (≥ WALK_THRESHOLD) are checked per row while the sort index is
 * walked: the plan is an ordered pass that LIMIT stops after one page, never a sort of every match
 * (issue 14: `q=insulin` sorted 67k matches at 1M, `severity_min` 100k). An ordered SCAN is right
 * here; a TEMP B-TREE FOR ORDER BY (all matches fetched, then sorted) is the defect.
 */
describe("EXPLAIN QUERY PLAN: common matches walk the sort order instead of sorting", () => {
  const walking: Walk = { riskCode: true, text: true, severity: true };
  it.each<[string, IncidentFilters]>([
    ["severity_min", { severity_min: 4 }],
    ["common risk_code", { risk_code: ["R_BIAS"] }],
    ["common search term", { q: "insulin" }],
    ["two search terms", { q: "insulin dose" }],
  ])("%s", async (_name, filters) => {
    const details = (await plan(filters, undefined, walking)).join("\n");
    expect(details).toMatch(/SCAN incidents USING (COVERING )?INDEX incidents_received_idx/);
    expect(details).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it("a common foundation model: the sort index is walked, each row checked against the reach sets", async () => {
    const details = (await plan({ foundation_model_id: id }, undefined, { foundationModel: true })).join(
      "\n",
    );
    expect(details).toMatch(/SCAN incidents USING (COVERING )?INDEX incidents_received_idx/);
    expect(details).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    expect(details).not.toMatch(/SEARCH incidents USING (COVERING )?INDEX incidents_product/);
  });

  it("with another indexed filter, that index drives the walk", async () => {
    const details = (await plan({ country: ["FR"], q: "insulin" }, undefined, walking)).join("\n");
    expect(details).toMatch(
      /SEARCH incidents USING (COVERING )?INDEX incidents_country_received_idx \(country=\?\)/,
    );
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});

/**
 * A search in received order pages inside FTS5 (queries/fts-page.ts): FTS5 walks its matches in
 * rowid (= received hour) order from the cursor's hour and each match seeks its incident by id; no
 * plan reads `incidents` in full, or sorts every match.
 */
describe("EXPLAIN QUERY PLAN: a search in received order pages inside FTS5", () => {
  const cursor = incidentCursor("-received_at", {
    receivedAt: "2026-05-01T00:00:00.000Z",
    occurredAt: "",
    id,
  });
  const ascending = incidentCursor("received_at", {
    receivedAt: "2026-05-01T00:00:00.000Z",
    occurredAt: "",
    id,
  });
  it.each<[string, IncidentFilters, "-received_at" | "received_at", string | undefined]>([
    ["one term, first page", { q: "insulin" }, "-received_at", undefined],
    ["two terms, a later page", { q: "insulin dose" }, "-received_at", cursor],
    ["oldest first, a later page", { q: "insulin" }, "received_at", ascending],
    [
      "with other filters (checked per match)",
      { q: "insulin", country: ["FR"], risk_code: ["R_BIAS"], severity_min: 3, foundation_model_id: id },
      "-received_at",
      undefined,
    ],
  ])("%s", async (_name, filters, sort, after) => {
    const query = ftsPageQuery(
      app.db,
      filters,
      { scope: { kind: "all" } },
      { sort, limit: 50, cursor: after },
    );
    expect(query).not.toBeNull();
    const details = (await explain(query as NonNullable<typeof query>)).map((r) => r.detail);
    const text = details.join("\n");
    expect(fullScan(details), text).toEqual([]);
    // Ordered by rowid inside FTS5 (the planner's ORDER BY consumed), seeking from the cursor's hour.
    expect(text).toMatch(/SCAN incidents_fts VIRTUAL TABLE INDEX \d+:M1/);
    if (after) expect(text).toMatch(/SCAN incidents_fts VIRTUAL TABLE INDEX \d+:M1[<>]/);
    expect(text).toMatch(/SEARCH incidents USING (COVERING )?INDEX sqlite_autoindex_incidents_1 \(id=\?\)/);
  });

  it("an actor's search walks FTS5 too, its scope checked per match", async () => {
    const query = ftsPageQuery(
      app.db,
      { q: "insulin" },
      { scope: { kind: "actor", actorId: id }, searchVisibleTextOnly: true },
      { sort: "-received_at", limit: 50 },
    );
    const details = (await explain(query as NonNullable<typeof query>)).map((r) => r.detail);
    expect(fullScan(details), details.join("\n")).toEqual([]);
    expect(details.join("\n")).toMatch(/SCAN incidents_fts VIRTUAL TABLE INDEX \d+:M1/);
  });

  it("occurred_at order, or no term of 3+ characters, is not pageable in FTS5 (the sorted forms run)", () => {
    const options = { scope: { kind: "all" as const } };
    expect(ftsPageQuery(app.db, { q: "insulin" }, options, { sort: "-occurred_at", limit: 50 })).toBeNull();
    expect(ftsPageQuery(app.db, { q: "ab" }, options, { sort: "-received_at", limit: 50 })).toBeNull();
  });
});

/** EXPLAIN QUERY PLAN of the statistics query exactly as GET /v1/incidents/stats runs it. */
async function statsPlan(
  filters: IncidentFilters,
  groupBy: Parameters<typeof countQuery>[2],
  interval?: Parameters<typeof countQuery>[3],
): Promise<string> {
  const query = countQuery(filters, { scope: { kind: "all" }, countableOnly: true }, groupBy, interval);
  const rows = await app.db.all<{ detail: string }>(sql`explain query plan ${query}`);
  return rows.map((r) => r.detail).join("\n");
}

/** The same for the exact count over incidents (what runs whenever no rollup holds the answer). */
async function exactPlan(
  filters: IncidentFilters,
  groupBy: Parameters<typeof countQuery>[2],
  interval?: Parameters<typeof countQuery>[3],
): Promise<string> {
  const query = exactCountQuery(filters, { scope: { kind: "all" }, countableOnly: true }, groupBy, interval);
  const rows = await app.db.all<{ detail: string }>(sql`explain query plan ${query}`);
  return rows.map((r) => r.detail).join("\n");
}

describe("EXPLAIN QUERY PLAN: statistics read one narrow index in group order", () => {
  // An unfiltered exact count (the rollups' reference, and the plan under any filter these indexes
  // serve) visits every countable incident in a partial index of the grouped expression, already in
  // group order (no TEMP B-TREE FOR GROUP BY, no table rows).
  it.each([
    ["severity", "incidents_countable_severity_idx"],
    ["event_type", "incidents_countable_event_type_idx"],
    ["outcome", "incidents_countable_outcome_idx"],
    ["age_band", "incidents_countable_age_band_idx"],
    ["sex", "incidents_countable_sex_idx"],
    ["language", "incidents_countable_language_idx"],
    ["disability", "incidents_countable_disability_idx"],
    ["use_area", "incidents_countable_use_area_idx"],
    ["setting", "incidents_countable_setting_idx"],
  ] as const)("group_by=%s", async (dimension, index) => {
    const details = await exactPlan({}, [dimension]);
    expect(details).toMatch(new RegExp(`SCAN incidents USING (COVERING )?INDEX ${index}\\b`));
    expect(details).not.toMatch(/TEMP B-TREE/);
  });

  it("group_by=product, counted exactly (what its rollup replaces), streams a countable index in product order", async () => {
    const details = await exactPlan({}, ["product"]);
    expect(details).toMatch(
      /SCAN incidents USING (COVERING )?INDEX incidents_countable_(product_severity|start)_idx\b/,
    );
    expect(details).not.toMatch(/TEMP B-TREE/);
  });

  it("group_by=country&interval=month uses the expression index (country, month)", async () => {
    const details = await exactPlan({}, ["country"], "month");
    expect(details).toMatch(/SCAN incidents USING (COVERING )?INDEX incidents_countable_country_month_idx/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });

  it("a product's severity counts (the product page) seek that product, no scan", async () => {
    const details = await statsPlan({ product_id: [id] }, ["severity"]);
    expect(details).toMatch(
      /SEARCH incidents USING (COVERING )?INDEX incidents_countable_product_severity_idx \(product_id=\?\)/,
    );
    expect(details).not.toMatch(/TEMP B-TREE/);
  });

  it.each<[string, IncidentFilters]>([
    ["country", { country: ["FR"] }],
    ["status", { status: ["closed"] }],
    ["product_id", { product_id: [id] }],
    ["q", { q: "insulin" }],
  ])("an indexed filter (%s) is searched, not scanned", async (_name, filters) => {
    const details = await statsPlan(filters, ["severity"]);
    expect(fullScan(details.split("\n")), details).toEqual([]);
  });
});

/**
 * Issue 14 at 1M: group_by risk_code (3 s), risk_code,severity (4.5 s), actor (~20 s) and
 * foundation_model (~21 s) visited every incident row or every (incident, value) pair, and one-column
 * dimensions streamed 1M index entries (0.1–0.3 s). Unfiltered, they now read a rollup of a few
 * thousand rows (stats-rollup-agreement.test.ts shows it exact) and never touch `incidents`; filtered,
 * the chain dimensions count the matches per chain start first.
 */
describe("EXPLAIN QUERY PLAN: unfiltered statistics read a rollup", () => {
  const touchesIncidents = (details: string) => /\b(SCAN|SEARCH) incidents\b/.test(details);
  it.each<[string, Parameters<typeof countQuery>[2], IncidentFilters, string]>([
    ...COLUMN_DIMENSIONS.map((d): [string, Parameters<typeof countQuery>[2], IncidentFilters, string] => [
      d,
      [d],
      {},
      "incident_month_counts",
    ]),
    ["risk_code", ["risk_code"], {}, "incident_risk_counts"],
    ["risk_code,severity", ["risk_code", "severity"], {}, "incident_risk_counts"],
    ["risk_code with severity_min", ["risk_code"], { severity_min: 3 }, "incident_risk_counts"],
    ["product", ["product"], {}, "incident_start_counts"],
    ["actor", ["actor"], {}, "incident_start_counts"],
    ["foundation_model", ["foundation_model"], {}, "incident_start_counts"],
    ["actor,foundation_model", ["actor", "foundation_model"], {}, "incident_start_counts"],
  ])("group_by=%s reads the rollup, not incidents", async (_name, groupBy, filters, rollup) => {
    const details = await statsPlan(filters, groupBy);
    expect(details).toMatch(new RegExp(`(SCAN|SEARCH) ${rollup}\\b`));
    expect(touchesIncidents(details), details).toBe(false);
  });

  it.each(["month", "year"] as const)(
    "group_by=country&interval=%s reads the month rollup",
    async (interval) => {
      const details = await statsPlan({}, ["country"], interval);
      expect(details).toMatch(/SCAN incident_month_counts\b|SEARCH incident_month_counts\b/);
      expect(touchesIncidents(details), details).toBe(false);
    },
  );

  it.each<[string, Parameters<typeof countQuery>[2]]>([
    ["actor", ["actor"]],
    ["foundation_model", ["foundation_model"]],
  ])("group_by=%s by an actor's scope counts per chain start in the start index", async (_name, groupBy) => {
    const query = countQuery({}, { scope: { kind: "actor", actorId: id }, countableOnly: true }, groupBy);
    const rows = await app.db.all<{ detail: string }>(sql`explain query plan ${query}`);
    const details = rows.map((r) => r.detail);
    // The scope's own conditions (incidents reaching the actor's products) are index searches; the
    // count per start needs no sort of the matches.
    expect(fullScan(details), details.join("\n")).toEqual([]);
    expect(details.join("\n")).toMatch(/SEARCH incidents USING (COVERING )?INDEX/);
  });

  it.each<[string, IncidentFilters, Parameters<typeof countQuery>[2]]>([
    ["country (actor)", { country: ["FR"] }, ["actor"]],
    ["status (foundation_model)", { status: ["triaged"] }, ["foundation_model"]],
    ["product_id (actor)", { product_id: [id] }, ["actor"]],
    ["country (risk_code,severity)", { country: ["FR"] }, ["risk_code", "severity"]],
    [
      "severity_min + risk_code filter (risk_code)",
      { severity_min: 4, risk_code: ["R_BIAS"] },
      ["risk_code"],
    ],
  ])("an indexed filter (%s) is searched, not scanned", async (_name, filters, groupBy) => {
    const details = await statsPlan(filters, groupBy);
    expect(fullScan(details.split("\n")), details).toEqual([]);
    expect(details).toMatch(/SEARCH incidents USING (COVERING )?INDEX/);
  });
});

describe("EXPLAIN QUERY PLAN: mostly-empty references stay indexed after ANALYZE", () => {
  it("merged-incident families, deployments and versions are searched, not scanned", async () => {
    const client = (app.db as unknown as { $client: Client }).$client;
    // The seeded incidents have no merge, deployment or version: exactly the statistics that made a
    // full index look useless to the planner before these became partial indexes.
    await client.execute("analyze");
    const explain = async (sql: string) =>
      (await client.execute({ sql: `explain query plan ${sql}`, args: [id] })).rows.map((r) =>
        String(r.detail),
      );
    const family = await explain(
      "with recursive fam(id) as (select ? union select i.id from incidents i join fam on i.merged_into_id = fam.id) select id from fam",
    );
    expect(family.join("\n")).toMatch(/SEARCH i USING INDEX incidents_merged_idx/);
    expect(await explain("select id from incidents where deployment_id = ?")).toEqual([
      expect.stringMatching(/SEARCH incidents USING (COVERING )?INDEX incidents_deployment_idx/),
    ]);
    expect(await explain("select id from incidents where product_version_id = ?")).toEqual([
      expect.stringMatching(/SEARCH incidents USING (COVERING )?INDEX incidents_version_idx/),
    ]);
  });
});
