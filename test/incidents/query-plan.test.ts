import type { Client, InValue } from "@libsql/client";
import { and } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  afterCursor,
  type IncidentFilters,
  incidentConditions,
  incidentCursor,
  incidentOrder,
} from "../../src/modules/incidents";
import * as t from "../../src/schema";
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

/** EXPLAIN QUERY PLAN of the exact list query the API runs for these filters. */
async function plan(filters: IncidentFilters, cursor?: string): Promise<string[]> {
  const where = incidentConditions(filters, { scope: { kind: "all" } });
  if (cursor) where.push(afterCursor("-received_at", cursor));
  const query = app.db
    .select()
    .from(t.incidents)
    .where(and(...where))
    .orderBy(...incidentOrder("-received_at"))
    .limit(51)
    .toSQL();
  // drizzle() returns the libSQL client as $client; the Db type leaves it out on purpose (routes must not use it).
  const client = (app.db as unknown as { $client: Client }).$client;
  const result = await client.execute({
    sql: `explain query plan ${query.sql}`,
    args: query.params as InValue[],
  });
  return result.rows.map((r) => String(r.detail));
}

/** A full pass over incidents: a table scan, or a walk over a whole index of it. */
const fullScan = (details: string[]) => details.filter((d) => /^SCAN incidents\b/.test(d));

const id = "01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d";

describe("EXPLAIN QUERY PLAN: indexed filters never scan all incidents", () => {
  it.each<[string, IncidentFilters, RegExp]>([
    ["product_id", { product_id: [id] }, /SEARCH incidents USING INDEX incidents_product_received_idx/],
    ["status", { status: ["triaged"] }, /SEARCH incidents USING INDEX incidents_status_received_idx/],
    [
      "event_type",
      { event_type: ["death"] },
      /SEARCH incidents USING INDEX incidents_event_type_received_idx/,
    ],
    ["country", { country: ["FR"] }, /SEARCH incidents USING INDEX incidents_country_received_idx/],
    ["severity_min", { severity_min: 4 }, /SEARCH incidents USING INDEX incidents_severity_rank_idx/],
    [
      "risk_code",
      { risk_code: ["R_BIAS"] },
      /incident_risks_code_idx|SEARCH incidents USING INDEX sqlite_autoindex_incidents_1/,
    ],
    [
      "occurred range",
      { occurred_from: "2026-01-01", occurred_to: "2026-02-01" },
      /SEARCH incidents USING INDEX incidents_occurred_idx/,
    ],
    [
      "reported range",
      { reported_from: "2026-01-01", reported_to: "2026-02-01" },
      /SEARCH incidents USING INDEX incidents_received_idx/,
    ],
    ["q (FTS5)", { q: "insulin dose" }, /SCAN f VIRTUAL TABLE INDEX/],
    [
      "registration_number",
      { registration_number: ["LMMR-2026-000001"] },
      /SEARCH incidents USING INDEX incidents_product(_received)?_idx/,
    ],
    ["foundation_model_id", { foundation_model_id: id }, /SEARCH incidents USING INDEX/],
    ["actor_id", { actor_id: id }, /SEARCH incidents USING INDEX/],
  ])("%s", async (_name, filters, expected) => {
    const details = await plan(filters);
    expect(fullScan(details), details.join("\n")).toEqual([]);
    expect(details.join("\n")).toMatch(expected);
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
      /SEARCH incidents USING INDEX incidents_received_idx \(\(received_at,id\)<\(\?,\?\)\)/,
    );
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
      expect.stringMatching(/SEARCH incidents USING INDEX incidents_deployment_idx/),
    ]);
    expect(await explain("select id from incidents where product_version_id = ?")).toEqual([
      expect.stringMatching(/SEARCH incidents USING INDEX incidents_version_idx/),
    ]);
  });
});
