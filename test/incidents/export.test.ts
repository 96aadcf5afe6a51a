import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/harness";
import { buildWorld, seedKnown, type World } from "../helpers/query-world";
import { compileFhirSchema, expectValidFhir } from "./fhir-schema";

let t: TestApp;
let w: World;

beforeAll(async () => {
  compileFhirSchema();
  t = await createTestApp();
  w = await buildWorld(t);
  await seedKnown(t, [
    {
      productId: w.A.id,
      productVersionId: w.A1.id,
      deploymentId: w.deployment.id,
      ageBand: "65-74",
      sex: "female",
      language: "fr",
      risks: ["R_FALSE_INFO"],
      description: '=HYPERLINK("x") said "double the dose",\nthen stopped',
      country: "FR",
    },
    {
      productId: null,
      useArea: null,
      eventType: "near_miss",
      severity: "none",
      country: "KE",
      status: "closed",
    },
    ...Array.from({ length: 1_100 }, (_, i) => ({
      productId: w.B.id,
      country: "BR",
      occurredAt: `2026-04-0${1 + (i % 9)}T00:00:00.000Z`,
    })),
  ]);
});

describe("GET /v1/incidents/export", () => {
  it("is for regulators only", async () => {
    expect((await t.call("GET", "/v1/incidents/export?format=csv")).status).toBe(401);
    const clinic = { role: "deployer" as const, actorId: w.clinic.id };
    expect((await t.call("GET", "/v1/incidents/export?format=csv", { as: clinic })).status).toBe(403);
  });

  it("CSV: RFC 4180 header + one record per incident, filters applied, formula cells neutralised", async () => {
    const res = await t.call("GET", "/v1/incidents/export?format=csv&country=FR,KE", { as: "regulator" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain("incidents-2026-06-01.csv");
    const lines = res.text.split("\r\n");
    expect(lines[0]).toMatch(/^id,reference,status,closure,merged_into_id,product_id,registration_number,/);
    expect(res.text).toContain(`"'=HYPERLINK(""x"") said ""double the dose"",\nthen stopped"`);
    expect(res.text).toContain(w.A.registration_number);
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it("NDJSON: one JSON object per line, all 1,102 rows across keyset batches", async () => {
    const res = await t.call("GET", "/v1/incidents/export?format=ndjson", { as: "regulator" });
    expect(res.headers.get("content-type")).toBe("application/x-ndjson");
    const records = res.text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(1_102);
    expect(new Set(records.map((r) => r.id)).size).toBe(1_102);
    const first = records.find((r) => r.product_id === w.A.id);
    expect(first).toMatchObject({ risk_codes: ["R_FALSE_INFO"], age_band: "65-74", product_name: "App A" });
  });

  it("FHIR: a collection Bundle of AdverseEvents valid against the official R4 schema", async () => {
    const res = await t.call("GET", "/v1/incidents/export?format=fhir&country=FR,KE", { as: "regulator" });
    expect(res.headers.get("content-type")).toBe("application/fhir+json");
    const bundle = JSON.parse(res.text);
    expectValidFhir(bundle);
    expect(bundle).toMatchObject({
      resourceType: "Bundle",
      type: "collection",
      timestamp: "2026-06-01T12:00:00.000Z",
    });
    expect(bundle.entry).toHaveLength(2);
    const [fr, ke] = [0, 1].map((i) => bundle.entry[i].resource);
    expect(fr.contained.find((r: any) => r.resourceType === "Patient")).toMatchObject({ gender: "female" });
    expect(fr.contained.find((r: any) => r.resourceType === "Device").identifier[0].value).toBe(
      w.A.registration_number,
    );
    // Unknown product and patient: a Device without invented identifiers, an anonymous Group as subject.
    expect(ke.actuality).toBe("potential");
    expect(ke.contained.find((r: any) => r.resourceType === "Device").identifier).toBeUndefined();
    expect(ke.contained.find((r: any) => r.resourceType === "Group")).toBeDefined();
  });

  it("FHIR with no match: a valid Bundle without entries", async () => {
    const res = await t.call("GET", "/v1/incidents/export?format=fhir&country=JP", { as: "regulator" });
    const bundle = JSON.parse(res.text);
    expectValidFhir(bundle);
    expect(bundle.entry).toBeUndefined();
  });

  it("format is required and checked", async () => {
    const res = await t.call("GET", "/v1/incidents/export?format=xml", { as: "regulator" });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].path).toBe("format");
  });
});
