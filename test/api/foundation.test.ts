import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/harness";

describe("health, docs and errors", () => {
  it("reports ok after checking the database", async () => {
    const t = await createTestApp();
    const res = await t.call("GET", "/health");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: "ok" });
  });

  it("returns a problem+json 404 for unknown routes", async () => {
    const t = await createTestApp();
    const res = await t.call("GET", "/v1/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json).toMatchObject({ status: 404, title: "Not Found", instance: "/v1/nope" });
  });

  it("serves an OpenAPI 3.1 document in which every operation declares its access", async () => {
    const t = await createTestApp();
    const res = await t.call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe("3.1.0");
    const operations = Object.values(res.json.paths as Record<string, Record<string, any>>).flatMap((p) =>
      Object.values(p),
    );
    expect(operations.length).toBeGreaterThan(5);
    for (const op of operations) {
      expect(Array.isArray(op["x-access"])).toBe(true);
      expect(op.responses["500"]).toBeDefined();
    }
    const docs = await t.app.request("/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("/openapi.json");
  });
});

describe("catalog", () => {
  it("lists the imported catalog", async () => {
    const t = await createTestApp();
    const principles = await t.call("GET", "/v1/catalog/principles");
    expect(principles.json.data).toHaveLength(6);
    const stages = await t.call("GET", "/v1/catalog/lifecycle-stages");
    expect(stages.json.data[0].code).toBe("LC_EARLY_REGISTRATION");
    const risks = await t.call("GET", "/v1/catalog/risks");
    expect(risks.json.data.length).toBe(45);
    const areas = await t.call("GET", "/v1/catalog/use-areas");
    expect(areas.json.data.map((a: any) => a.code)).toContain("U_DIAGNOSIS_CLINICAL_CARE");
  });

  it("filters obligations by actor, stage and risk", async () => {
    const t = await createTestApp();
    const all = await t.call("GET", "/v1/catalog/obligations");
    expect(all.json.data).toHaveLength(74);
    const dev = await t.call("GET", "/v1/catalog/obligations?actor=developer");
    expect(dev.json.data.length).toBeGreaterThan(0);
    expect(dev.json.data.every((o: any) => o.actors.includes("DEVELOPER"))).toBe(true);
    const both = await t.call("GET", "/v1/catalog/obligations?actor=DEPLOYER&risk=R_FALSE_INFO");
    expect(both.json.data.map((o: any) => o.code)).toContain("DEPL_FIT_FOR_SETTING");
    expect(
      both.json.data.every((o: any) => o.actors.includes("DEPLOYER") && o.mitigates_risks !== undefined),
    ).toBe(true);
    const stage = await t.call("GET", "/v1/catalog/obligations?stage=LC_DEPLOYED");
    expect(stage.json.data.every((o: any) => o.stage === "LC_DEPLOYED")).toBe(true);
    const bad = await t.call("GET", "/v1/catalog/obligations?stage=deployed");
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ in: "query", path: "stage" });
  });
});
