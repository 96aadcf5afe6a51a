import { describe, expect, it } from "vitest";
import { compensationWorld } from "../helpers/compensation-world";
import { createTestApp } from "../helpers/harness";

const figure = (table: any[], row: string | null, bucket: string | null) =>
  table.find((f) => f.row === row && (f.bucket ?? null) === bucket)?.value;

describe("the public fund report", () => {
  it("counts claims per year and harm-table entry, suppresses small cells, and shows no amount or claimant", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.levy(50_000_000);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await w.claim()).id);
    t.clock.set("2026-06-11T12:00:00Z");
    for (const id of ids.slice(0, 5)) {
      const res = await w.decide(id, {
        decision: "denied",
        award_minor: 0,
        reasons: "Duplicate or not excluded yet",
      });
      expect(res.status).toBe(201);
    }
    const report = await t.call("GET", `/v1/funds/${w.fund.id}/report`);
    expect(report.status).toBe(200);
    expect(report.json.k).toBe(5);
    expect(report.json.harm_table_entries).toEqual(["HT-1"]);
    expect(report.json.years).toEqual(["2026"]);
    expect(figure(report.json.received, "HT-1", "2026")).toEqual({ suppressed: false, count: 6 });
    expect(figure(report.json.decided, "HT-1", "2026")).toEqual({ suppressed: false, count: 5 });
    expect(figure(report.json.approved, "HT-1", "2026")).toEqual({ suppressed: false, count: 0 });
    const median = report.json.median_days_to_decision.find(
      (m: any) => m.harm_table_entry === "HT-1" && m.year === "2026",
    );
    expect(median.value).toEqual({ suppressed: false, days: 10 });
    expect(report.text).not.toContain("Amina");
    expect(report.text).not.toMatch(/_minor/);

    // One off-table claim is below k: suppressed, and so is a partner, so no subtraction recovers it.
    const off = await w.fileHarmWith({ risk_codes: ["R_PRIVACY"] });
    await w.fileClaim({ incident_id: off.id }, off.receipt_token);
    const after = (await t.call("GET", `/v1/funds/${w.fund.id}/report`)).json;
    expect(after.harm_table_entries).toEqual(["HT-1", "off_table"]);
    expect(figure(after.received, "off_table", "2026")).toEqual({ suppressed: true });
    expect(figure(after.received, "HT-1", "2026")).toEqual({ suppressed: true });
    expect(figure(after.received, null, "2026")).toEqual({ suppressed: false, count: 7 });
  });

  it("answers 404 for an unknown fund and an empty report for a fund without claims", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    expect((await t.call("GET", "/v1/funds/nope/report")).status).toBe(404);
    const empty = await t.call("GET", `/v1/funds/${w.fund.id}/report`);
    expect(empty.status).toBe(200);
    expect(empty.json.years).toEqual([]);
  });
});
