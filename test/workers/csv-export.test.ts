import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { csvLine } from "../../src/modules/incidents/domain/export/csv";
import { CSV_LIST_SEPARATOR, EXPORT_FIELDS } from "../../src/modules/incidents/domain/export/fields";
import worker from "../../src/worker";
import { workerFetch, workerToken } from "./fetch-worker";

// Issue 14 on D1: the CSV record is built by D1's own SQLite with concat() and a check of the row's
// code fields together (queries/export-csv-sql.ts). Rows whose codes need no encoding take the bare
// path, rows with a hostile code (written here straight into D1) the field-by-field one; both must be
// what csv.ts writes for the values, which are read back from the NDJSON export of the same rows.

async function exported(format: "csv" | "ndjson", token: string): Promise<string> {
  const request = new Request(`https://registry.example/v1/incidents/export?format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const ctx = createExecutionContext();
  const res = await worker.fetch(request as Parameters<typeof worker.fetch>[0], env, ctx);
  const text = new TextDecoder().decode(await res.arrayBuffer());
  await waitOnExecutionContext(ctx);
  expect(res.status).toBe(200);
  return text;
}

/** csv.ts's record for an NDJSON record's values (csvRow's columns: the list joined by `;`). */
const csvOf = (record: Record<string, unknown>) =>
  csvLine(
    EXPORT_FIELDS.map((f) => {
      const value = record[f.name];
      return f.kind === "list" ? (value as string[]).join(CSV_LIST_SEPARATOR) : (value as string | boolean);
    }),
  );

describe("CSV export on D1", () => {
  it("writes bare and hostile code fields as csv.ts does", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await workerFetch("POST", "/v1/incidents", {
        body: {
          product_name: "an edge triage chatbot",
          occurred_at: "2026-03-01T10:00:00Z",
          country: "DE",
          setting: "telehealth",
          description: `Report ${i}, with a comma`,
          event_type: "injury",
          severity: "moderate",
          outcome: "recovering",
          risk_codes: ["R_FALSE_INFO"],
          reporter: { role: "patient", anonymous: true },
        },
      });
      expect(res.status).toBe(201);
      ids.push(res.json.id);
    }
    // Values the API would refuse, as a bypassed or legacy write could leave them.
    const hostile = [
      "update incidents set closure = '=1,\"x\"' where id = ?",
      "update incidents set language = 'en' || char(0) || ',x' where id = ?",
      "update incidents set outcome = 'a' || char(10) || 'b' where id = ?",
    ];
    for (const [k, statement] of hostile.entries()) {
      await env.DB.prepare(statement)
        .bind(ids[k] as string)
        .run();
    }
    const regulator = await workerToken({ role: "regulator" }, "regulator:csv");
    const records = (await exported("ndjson", regulator))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(4);
    const csv = await exported("csv", regulator);
    expect(csv).toBe(`${csvLine(EXPORT_FIELDS.map((f) => f.name))}${records.map(csvOf).join("")}`);
    expect(csv).toContain(`,"'=1,""x""",`);
    expect(csv).toContain(",en,");
    expect(csv).toContain(',"a\nb",');
  });
});
