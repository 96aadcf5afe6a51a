import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/harness";
import { refusal } from "../helpers/tamper";
import { sealedWorld } from "./sealed-world";

/** Issue 9 item 5(b): the database refuses to rewrite history, whoever sends the SQL. */
const APPEND_ONLY = [
  "audit_log",
  "audit_checkpoints",
  "incident_reports",
  "incident_events",
  "incident_responses",
  "incident_risks",
  "attestations",
  "findings",
  "obligation_links",
  "disclosure_orders",
  "disclosure_order_responses",
  "rebuttals",
  "rebuttal_decisions",
  "causality_assessments",
  "incident_legal_facts",
  "disclosures",
  "stage_transitions",
  "product_versions",
  "version_bases",
  "product_lineage",
];

describe("append-only triggers", () => {
  it("refuse UPDATE and DELETE on every append-only table, and DELETE on updated tables", async () => {
    const t = await createTestApp();
    await sealedWorld(t);
    for (const table of APPEND_ONLY) {
      const [{ n } = { n: 0 }] = await t.db.all<{ n: number }>(
        sql.raw(`select count(*) as n from "${table}"`),
      );
      expect(n, `${table} has rows to tamper with`).toBeGreaterThan(0);
      // Any column will do: the trigger fires before the row is touched.
      const [column] = await t.db.all<{ name: string }>(
        sql.raw(`select name from pragma_table_info('${table}') limit 1`),
      );
      expect(
        await refusal(t.db.run(sql.raw(`update "${table}" set "${column?.name}" = "${column?.name}"`))),
      ).toMatch(new RegExp(`${table} is append-only`));
      expect(await refusal(t.db.run(sql.raw(`delete from "${table}"`)))).toMatch(
        new RegExp(`${table} is append-only`),
      );
    }
    for (const table of ["incidents", "products", "actors", "deployments"]) {
      expect(await refusal(t.db.run(sql.raw(`delete from "${table}"`)))).toMatch(/rows are never deleted/);
    }
    // The application's own in-place updates still work (the world above made several), and it all verifies.
    expect((await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json).toMatchObject({ ok: true });
  });
});
