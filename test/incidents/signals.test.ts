import { beforeAll, describe, expect, it } from "vitest";
import { createActor, createProduct } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import type { SeedIncident } from "../helpers/query-seed";
import { seedKnown } from "../helpers/query-world";

let t: TestApp;
let ids: Record<string, string>;

/**
 * Constructed data set. Foundation model M has three apps; each app reports R_SELF_HARM only twice (n < 3,
 * quiet alone) but together 6 of their 12 incidents are R_SELF_HARM, against 6 of 200 elsewhere: a
 * signal at foundation-model level. Product P reports R_BIAS at the background rate: a known non-signal.
 */
beforeAll(async () => {
  t = await createTestApp();
  const lab = await createActor(t, { name: "Lab" });
  const other = await createActor(t, { name: "Other" });
  const M = await createProduct(t, lab.owner(), { name: "Model M" });
  const N = await createProduct(t, other.owner(), { name: "Model N" });
  const apps = [];
  for (const n of [1, 2, 3]) {
    apps.push(
      await createProduct(t, other.owner(), {
        name: `App ${n}`,
        builds_on: [{ product_id: M.id, relation: "integration" }],
      }),
    );
  }
  const P = await createProduct(t, other.owner(), {
    name: "App P",
    builds_on: [{ product_id: N.id, relation: "integration" }],
  });
  ids = { M: M.id, N: N.id, P: P.id, app1: apps[0]!.id, appDeveloper: other.id };
  const rows: SeedIncident[] = [];
  for (const app of apps) {
    rows.push(...[1, 2].map(() => ({ productId: app.id, risks: ["R_SELF_HARM"] })));
    rows.push(...[1, 2].map(() => ({ productId: app.id, risks: ["R_FALSE_INFO"] })));
  }
  // Background: P (on N) 100 incidents, 10 R_BIAS; 100 unmatched incidents, 6 R_SELF_HARM and 10 R_BIAS.
  for (let i = 0; i < 100; i++) rows.push({ productId: P.id, risks: [i < 10 ? "R_BIAS" : "R_FALSE_INFO"] });
  for (let i = 0; i < 100; i++) {
    rows.push({ productId: null, risks: [i < 6 ? "R_SELF_HARM" : i < 16 ? "R_BIAS" : "R_FALSE_INFO"] });
  }
  await seedKnown(t, rows);
});

const find = (data: any[], entity: string, risk: string) =>
  data.find((r) => r.entity_id === entity && r.risk_code === risk);

describe("GET /v1/signals", () => {
  it("foundation_model level: the shared harm pattern of M's apps is a signal; N × R_BIAS is not", async () => {
    const res = await t.call("GET", "/v1/signals?level=foundation_model", { as: "regulator" });
    expect(res.status).toBe(200);
    const m = find(res.json.data, ids.M!, "R_SELF_HARM");
    expect(m).toMatchObject({
      entity_name: "Model M",
      incident_count: 6,
      signal: true,
      table: { a: 6, b: 6, c: 6, d: 194 },
    });
    expect(m.prr).toBeCloseTo(6 / 12 / (6 / 200), 6);
    expect(m.prr_ci95.lower).toBeGreaterThan(1);
    expect(m.chi_square).toBeGreaterThan(4);
    const n = find(res.json.data, ids.N!, "R_BIAS");
    expect(n).toMatchObject({ incident_count: 10, signal: false });
    expect(n.prr).toBeCloseTo(10 / 100 / (10 / 112), 6);
    expect(res.json.data[0].signal).toBe(true);
  });

  it("product level: each app alone stays quiet (n = 2 < 3)", async () => {
    const res = await t.call("GET", "/v1/signals?level=product&risk_code=R_SELF_HARM", { as: "regulator" });
    const app1 = find(res.json.data, ids.app1!, "R_SELF_HARM");
    expect(app1).toMatchObject({ incident_count: 2, signal: false });
    expect(res.json.data.every((r: any) => r.risk_code === "R_SELF_HARM" && !r.signal)).toBe(true);
  });

  it("signals_only hides the rest; regulators only; level is required", async () => {
    const res = await t.call("GET", "/v1/signals?level=foundation_model&signals_only=true", {
      as: "regulator",
    });
    expect(res.json.data.map((r: any) => [r.entity_id, r.risk_code])).toEqual([[ids.M, "R_SELF_HARM"]]);
    // The apps' own (registered) developer is still not allowed to see signals.
    const developer = { role: "developer" as const, actorId: ids.appDeveloper! };
    expect((await t.call("GET", "/v1/signals?level=product", { as: developer })).status).toBe(403);
    const bad = await t.call("GET", "/v1/signals", { as: "regulator" });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].path).toBe("level");
  });
});
