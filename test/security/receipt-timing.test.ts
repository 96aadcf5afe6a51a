import type { Client, InStatement } from "@libsql/client";
import { describe, expect, it, vi } from "vitest";
import { timingSafeEqual } from "../../src/platform/crypto/timing-safe";
import { fileIncident } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

// Structural, not timed: both paths must run the same SQL statements and the same constant-time
// comparison. (Timed assertions are flaky; equal work is what makes the timings equal.)
vi.mock("../../src/platform/crypto/timing-safe", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/platform/crypto/timing-safe")>();
  return { timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const UNKNOWN_INCIDENT = "0190f0e0-0000-7000-8000-000000000000";
const WRONG_TOKEN = `rcpt_${"w".repeat(43)}`;

/** The SQL text of every statement a request runs (rate-limit bookkeeping aside) and its comparisons. */
async function trace(t: TestApp, request: () => Promise<{ status: number; json: any }>) {
  // drizzle keeps the libSQL client it runs every statement through on `$client`.
  const client = (t.db as unknown as { $client: Client }).$client;
  const execute = vi.spyOn(client, "execute");
  const compare = vi.mocked(timingSafeEqual);
  compare.mockClear();
  const res = await request();
  const statements = execute.mock.calls
    .map(([stmt]: [InStatement, ...unknown[]]) => (typeof stmt === "string" ? stmt : stmt.sql))
    .filter((sql) => !sql.includes("rate_limit_windows"));
  execute.mockRestore();
  const comparisons = compare.mock.calls.map(([a, b]) => [a.length, b.length, /^[0-9a-f]+$/.test(b)]);
  return { status: res.status, type: res.json?.type, statements, comparisons };
}

describe("receipt checks take the same path whether or not the incident exists", () => {
  it("runs the same queries and one 64-hex constant-time comparison for receipt lookups", async () => {
    const t = await createTestApp();
    const { id } = await fileIncident(t, { product_name: "Some chatbot" });
    const lookup = (incident: string) => () =>
      t.call("GET", `/v1/incidents/${incident}/receipt`, { headers: { "x-receipt-token": WRONG_TOKEN } });
    const known = await trace(t, lookup(id));
    const unknown = await trace(t, lookup(UNKNOWN_INCIDENT));
    expect(known.status).toBe(404);
    expect(unknown).toEqual(known);
    expect(known.comparisons).toEqual([[64, 64, true]]);
    expect(known.statements.length).toBeGreaterThanOrEqual(3);
  });

  it("does the same for follow-up reports and additions by receipt token", async () => {
    const t = await createTestApp();
    const { id } = await fileIncident(t, { product_name: "Some chatbot" });
    const followUp = (incident: string) => () =>
      t.call("POST", `/v1/incidents/${incident}/reports`, {
        body: { text: "More detail", reporter: { role: "carer", anonymous: true } },
        headers: { "x-receipt-token": WRONG_TOKEN },
      });
    const addition = (incident: string) => () =>
      t.call("POST", `/v1/incidents/${incident}/receipt/additions`, {
        body: { text: "More detail" },
        headers: { "x-receipt-token": WRONG_TOKEN },
      });
    for (const route of [followUp, addition]) {
      const known = await trace(t, route(id));
      const unknown = await trace(t, route(UNKNOWN_INCIDENT));
      expect(known.status).toBe(404);
      expect(unknown).toEqual(known);
      expect(known.comparisons).toEqual([[64, 64, true]]);
    }
  });

  it("still accepts the right token (the comparison decides, not only the query)", async () => {
    const t = await createTestApp();
    const { id, receipt_token } = await fileIncident(t, { product_name: "Some chatbot" });
    const ok = await trace(t, () =>
      t.call("GET", `/v1/incidents/${id}/receipt`, { headers: { "x-receipt-token": receipt_token } }),
    );
    expect(ok.status).toBe(200);
    expect(ok.comparisons).toEqual([[64, 64, true]]);
    expect(vi.mocked(timingSafeEqual).mock.results.at(-1)?.value).toBe(true);
  });
});
