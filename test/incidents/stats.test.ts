import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/harness";
import type { SeedIncident } from "../helpers/query-seed";
import { buildWorld, seedKnown, type World } from "../helpers/query-world";

type Known = SeedIncident & { id: string };
let t: TestApp;
let w: World;
let known: Known[];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  const items: SeedIncident[] = [];
  for (let i = 0; i < 300; i++) {
    items.push({
      productId: [w.A.id, w.B.id, w.F.id, null][i % 4],
      deploymentId: i % 4 === 0 ? w.deployment.id : null,
      productVersionId: i % 4 === 0 ? w.A1.id : null,
      country: ["FR", "KE", "BR"][i % 3],
      severity: (["mild", "moderate", "severe", "fatal"] as const)[(i * 7) % 4],
      occurredAt: `2026-0${1 + (i % 4)}-${String(1 + (i % 28)).padStart(2, "0")}T12:00:00.000Z`,
      risks: [["R_FALSE_INFO"], ["R_BIAS", "R_FALSE_INFO"], []][i % 3],
      ageBand: i % 31 === 0 ? "0-1" : "18-29",
      setting: i % 31 === 0 ? "hospital" : "consumer_app",
    });
  }
  // A merged duplicate is not counted.
  items.push({ productId: w.A.id, country: "FR", mergedIntoId: "x" });
  known = await seedKnown(t, items);
});

const countable = () => known.filter((r) => !r.mergedIntoId);
const cell = (table: any, by: Record<string, string | null>, period?: string | null) =>
  table.cells.find(
    (c: any) =>
      Object.entries(by).every(([k, v]) => c.by[k] === v) && (period === undefined || c.period === period),
  );

describe("GET /v1/incidents/stats (regulator: exact)", () => {
  it("one dimension: every bucket and the total equal a brute-force count", async () => {
    const res = await t.call("GET", "/v1/incidents/stats?group_by=country", { as: "regulator" });
    expect(res.status).toBe(200);
    expect(res.json.suppression).toEqual({ applied: false, k: 1 });
    for (const c of ["FR", "KE", "BR"]) {
      expect(cell(res.json, { country: c }).count).toBe(countable().filter((r) => r.country === c).length);
    }
    expect(cell(res.json, { country: null }).count).toBe(countable().length);
  });

  it("two dimensions with filters, multi-valued risk codes and a monthly series with empty months", async () => {
    const res = await t.call(
      "GET",
      "/v1/incidents/stats?group_by=risk_code,severity&interval=month&country=FR,KE&occurred_from=2025-12-01&occurred_to=2026-06-01",
      { as: "regulator" },
    );
    expect(res.status).toBe(200);
    expect(res.json.periods).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    expect(res.json.labels.severity).toEqual(["mild", "moderate", "severe", "fatal"]);
    const rows = countable().filter((r) => ["FR", "KE"].includes(r.country!));
    // Risk-less incidents are all in BR here, so "(none)" is no label: only observed values become rows.
    expect(res.json.labels.risk_code).toEqual(["R_BIAS", "R_FALSE_INFO"]);
    for (const risk of ["R_FALSE_INFO", "R_BIAS"]) {
      for (const sev of ["mild", "fatal"]) {
        for (const month of ["2025-12", "2026-02"]) {
          const expected = rows.filter(
            (r) => r.risks!.includes(risk) && r.severity === sev && r.occurredAt!.startsWith(month),
          ).length;
          expect(cell(res.json, { risk_code: risk, severity: sev }, month).count).toBe(expected);
        }
      }
    }
  });

  it("weekly buckets start on Monday; group by foundation model follows version lineage", async () => {
    const res = await t.call("GET", "/v1/incidents/stats?group_by=foundation_model&interval=week", {
      as: "regulator",
    });
    expect(res.json.periods[0]).toBe("2025-12-29");
    expect(cell(res.json, { foundation_model: w.F.id }, null).count).toBe(
      countable().filter((r) => [w.A.id, w.B.id, w.F.id].includes(r.productId!)).length,
    );
    expect(cell(res.json, { foundation_model: w.G.id }, null).count).toBe(
      countable().filter((r) => r.productId === w.B.id).length,
    );
  });

  it("group_by actor counts every actor of the chain", async () => {
    const res = await t.call("GET", "/v1/incidents/stats?group_by=actor", { as: "regulator" });
    expect(cell(res.json, { actor: w.clinic.id }).count).toBe(
      countable().filter((r) => r.deploymentId).length,
    );
    expect(cell(res.json, { actor: w.lab.id }).count).toBe(countable().filter((r) => r.productId).length);
    expect(res.json.names.actor).toMatchObject({ [w.clinic.id]: "Clinic", [w.lab.id]: "Lab" });
  });

  it("names id-valued labels (products, foundation models) and leaves code labels unnamed", async () => {
    const res = await t.call("GET", "/v1/incidents/stats?group_by=product,country", { as: "regulator" });
    expect(res.json.names.product).toMatchObject({ [w.A.id]: "App A", [w.F.id]: "Model F" });
    expect(res.json.names.country).toBeUndefined();
    const fm = await t.call("GET", "/v1/incidents/stats?group_by=foundation_model", { as: "regulator" });
    expect(fm.json.names.foundation_model[w.F.id]).toBe("Model F");
    const pub = await t.call("GET", "/v1/public/stats?group_by=product");
    expect(pub.json.names.product[w.A.id]).toBe("App A");
  });

  it("bad group_by / interval are 400s naming the parameter", async () => {
    for (const [q, path] of [
      ["group_by=country,sex,setting", "group_by"],
      ["group_by=colour", "group_by.0"],
      ["interval=fortnight", "interval"],
    ]) {
      const res = await t.call("GET", `/v1/incidents/stats?${q}`, { as: "regulator" });
      expect(res.status).toBe(400);
      expect(res.json.errors.map((e: any) => e.path)).toContain(path);
    }
  });
});

describe("small-cell suppression for actors and the public", () => {
  it("actors: own incidents only, small cells suppressed, complementary suppression protects them", async () => {
    const clinic = { role: "deployer" as const, actorId: w.clinic.id };
    const res = await t.call("GET", "/v1/incidents/stats?group_by=setting,country", { as: clinic });
    expect(res.status).toBe(200);
    expect(res.json.suppression).toEqual({ applied: true, k: 5 });
    const mine = countable().filter((r) => r.deploymentId === w.deployment.id);
    expect(cell(res.json, { setting: null, country: null }).count).toBe(mine.length);
    // Every published figure is ≥ 5 or 0; every suppressed one is 1..4 or protects one.
    const small = res.json.cells.filter((c: any) => c.suppressed);
    expect(small.length).toBeGreaterThan(0);
    for (const c of res.json.cells.filter((c: any) => !c.suppressed))
      expect(c.count === 0 || c.count >= 5).toBe(true);
    // No line (row or column of the table, with its margin) has exactly one suppressed member.
    for (const [dim, other] of [
      ["setting", "country"],
      ["country", "setting"],
    ] as const) {
      for (const label of [...res.json.labels[dim], null]) {
        const line = res.json.cells.filter((c: any) => c.by[dim] === label);
        expect(line.filter((c: any) => c.suppressed).length).not.toBe(1);
        expect(line.length).toBe(res.json.labels[other].length + 1);
      }
    }
  });

  it("actors may not group or filter by patient attributes (regulators may)", async () => {
    const clinic = { role: "deployer" as const, actorId: w.clinic.id };
    const refused = await t.call("GET", "/v1/incidents/stats?group_by=age_band,country&age_band=0-1", {
      as: clinic,
    });
    expect(refused.status).toBe(403);
    expect(refused.json.errors.map((e: any) => e.path).sort()).toEqual(["age_band", "group_by"]);
    const exact = await t.call("GET", "/v1/incidents/stats?group_by=age_band", { as: "regulator" });
    expect(cell(exact.json, { age_band: "0-1" }).count).toBe(
      countable().filter((r) => r.ageBand === "0-1").length,
    );
  });

  it("public stats windows are whole calendar months", async () => {
    const day = await t.call("GET", "/v1/public/stats?occurred_from=2026-01-05&occurred_to=2026-02-01");
    expect(day.status).toBe(400);
    expect(day.json.errors).toEqual([
      { in: "query", path: "occurred_from", message: "must be the first day of a month (UTC)" },
    ]);
    const months = await t.call("GET", "/v1/public/stats?occurred_from=2026-01-01&occurred_to=2026-03-01");
    expect(months.status).toBe(200);
    expect(months.json.periods).toEqual(["2026-01", "2026-02"]);
  });

  it("GET /v1/public/stats needs no token and is suppressed", async () => {
    const res = await t.call("GET", "/v1/public/stats?group_by=product");
    expect(res.status).toBe(200);
    expect(res.json.suppression.applied).toBe(true);
    expect(res.json.interval).toBe("month");
    for (const c of res.json.cells.filter((c: any) => !c.suppressed))
      expect(c.count === 0 || c.count >= 5).toBe(true);
    expect(cell(res.json, { product: null }, null).count).toBe(countable().length);
  });

  it("public stats: a product with 3 incidents shows only suppressed figures for it", async () => {
    await seedKnown(
      t,
      [1, 2, 3].map(() => ({ productId: w.G.id, occurredAt: "2026-01-05T00:00:00.000Z" })),
    );
    const res = await t.call("GET", `/v1/public/stats?product_id=${w.G.id}&group_by=severity`);
    expect(res.json.cells.every((c: any) => c.suppressed || c.count === 0)).toBe(true);
    expect(JSON.stringify(res.json)).not.toContain('"count":3');
  });

  it("the product's public view carries its suppressed incident counts", async () => {
    const res = await t.call("GET", `/v1/products/${w.A.id}`);
    expect(res.status).toBe(200);
    const onA = countable().filter((r) => r.productId === w.A.id);
    expect(res.json.incident_counts.total).toEqual({ count: onA.length });
    for (const row of res.json.incident_counts.by_severity) {
      const n = onA.filter((r) => r.severity === row.severity).length;
      expect(row).toEqual(
        n === 0 || n >= 5
          ? { severity: row.severity, count: n }
          : { severity: row.severity, suppressed: true },
      );
    }
  });
});
