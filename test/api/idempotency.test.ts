import { describe, expect, it } from "vitest";
import { createActor, createProduct, createVersion } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { liabilityWorld } from "../liability/liability-world";

const KEY = "0f9c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

describe("Idempotency-Key on creating POSTs", () => {
  it("replays the first response for actors, products, deployments, attestations and findings, creating nothing twice", async () => {
    const t = await createTestApp();
    const dev = await createActor(t, { roles: ["developer"] });
    const clinic = await createActor(t, { roles: ["deployer"] });
    const fm = await createProduct(t, dev.owner("developer"));
    const v = await createVersion(t, dev.owner("developer"), fm.id);
    const cases = [
      {
        path: "/v1/actors",
        as: "admin" as const,
        body: { name: "Once Only Ltd", roles: ["provider"], country: "SE", contact_email: "a@once.example" },
        count: async () => (await t.call("GET", "/v1/actors?limit=500")).json.data.length,
      },
      {
        path: "/v1/products",
        as: dev.owner("developer"),
        body: {
          name: "Once",
          kind: "application",
          intended_purpose: "x",
          use_areas: ["U_PATIENT_GUIDED"],
          modalities: ["text"],
          languages: ["sv"],
        },
        count: async () => (await t.call("GET", "/v1/products?limit=500")).json.data.length,
      },
      {
        path: "/v1/deployments",
        as: clinic.owner("deployer"),
        body: {
          product_version_id: v.id,
          setting: "hospital",
          country: "SE",
          languages: ["sv"],
          population: "adults",
          human_oversight: "nurse reviews",
          started_at: "2026-02-01T00:00:00Z",
        },
        count: async () => (await t.call("GET", "/v1/deployments?limit=500")).json.data.length,
      },
      {
        path: `/v1/products/${fm.id}/versions`,
        as: dev.owner("developer"),
        body: { version: "9.9.9", changelog: "Once", substantial_modification: false },
        count: async () => (await t.call("GET", `/v1/products/${fm.id}`)).json.versions.length,
      },
      {
        path: `/v1/products/${fm.id}/disclosures`,
        as: dev.owner("developer"),
        body: { kind: "model_card", title: "Card", sha256: "e".repeat(64), published: true, summary: "Once" },
        count: async () => (await t.call("GET", `/v1/products/${fm.id}`)).json.disclosures.length,
      },
      {
        path: "/v1/attestations",
        as: dev.owner("developer"),
        body: {
          product_id: fm.id,
          obligation_code: "DEV_PREMORTEM_RED_TEAM",
          status: "met",
          statement: "Red-teamed before release",
          effective_from: "2026-01-01T00:00:00Z",
        },
        count: async () => (await t.call("GET", `/v1/attestations?product_id=${fm.id}`)).json.data.length,
      },
      {
        path: "/v1/findings",
        as: "regulator" as const,
        body: {
          actor_id: dev.id,
          product_id: fm.id,
          obligation_code: "DEV_PREMORTEM_RED_TEAM",
          result: "breached",
          basis: "Inspection 2026/3",
          decided_at: "2026-03-01T00:00:00Z",
        },
        count: async () => (await t.call("GET", `/v1/findings?actor_id=${dev.id}`)).json.data.length,
      },
    ];
    for (const c of cases) {
      const before = await c.count();
      const headers = { "idempotency-key": KEY };
      const [first, second] = await Promise.all([
        t.call("POST", c.path, { as: c.as, body: c.body, headers }),
        t.call("POST", c.path, { as: c.as, body: c.body, headers }),
      ]);
      expect([first.status, second.status], c.path).toEqual([201, 201]);
      expect(second.json.id, c.path).toBe(first.json.id);
      const third = await t.call("POST", c.path, { as: c.as, body: c.body, headers });
      expect(third.json.id).toBe(first.json.id);
      expect(third.headers.get("idempotent-replayed")).toBe("true");
      expect(await c.count(), c.path).toBe(before + 1);

      const changed =
        "country" in c.body
          ? { ...c.body, country: "NO" }
          : "name" in c.body
            ? { ...c.body, name: "Twice" }
            : "statement" in c.body
              ? { ...c.body, statement: "Changed" }
              : "changelog" in c.body
                ? { ...c.body, changelog: "Changed" }
                : "summary" in c.body
                  ? { ...c.body, summary: "Changed" }
                  : { ...c.body, basis: "Changed" };
      const reused = await t.call("POST", c.path, { as: c.as, body: changed, headers });
      expect(reused.status, c.path).toBe(422);
      const badKey = await t.call("POST", c.path, {
        as: c.as,
        body: c.body,
        headers: { "idempotency-key": "short" },
      });
      expect(badKey.status).toBe(400);
      expect(badKey.json.errors[0]).toMatchObject({ in: "header", path: "Idempotency-Key" });
      expect(await c.count(), c.path).toBe(before + 1);
    }
  });
});

describe("Idempotency-Key on incident-scoped creating POSTs", () => {
  it("replays links, disclosure orders, rebuttals and legal facts; reusing the key on another incident is refused, not replayed", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const first = await w.fileHarm();
    const second = await w.fileHarm();
    const headers = { "idempotency-key": KEY };
    const cases = [
      {
        sub: "links",
        as: "regulator" as const,
        body: { actor_id: w.fmDev.id, obligation_code: "DEV_PREMORTEM_RED_TEAM", rationale: "Hallucination" },
      },
      {
        sub: "disclosure-orders",
        as: "regulator" as const,
        body: { actor_id: w.fmDev.id, items: ["red-team report"], due_at: "2026-07-01T00:00:00Z" },
      },
      {
        sub: "rebuttals",
        as: w.as.fmDev,
        body: { ruleset: "who-2024", condition_id: "s7_rebuttal", statement: "Red-teamed", evidence: [] },
      },
      {
        sub: "legal-facts",
        as: "regulator" as const,
        body: { fact: "normal_use", value: true, basis: "Inspection", decided_at: "2026-06-01T00:00:00Z" },
      },
    ];
    for (const c of cases) {
      const post = (incidentId: string) =>
        t.call("POST", `/v1/incidents/${incidentId}/${c.sub}`, { as: c.as, body: c.body, headers });
      const a = await post(first.id);
      expect(a.status, `${c.sub}: ${a.text}`).toBe(201);
      const replay = await post(first.id);
      expect(replay.json.id, c.sub).toBe(a.json.id);
      expect(replay.headers.get("idempotent-replayed")).toBe("true");
      const elsewhere = await post(second.id);
      expect(elsewhere.status, c.sub).toBe(422);
    }
  });
});
