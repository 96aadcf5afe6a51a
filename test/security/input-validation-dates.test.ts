import { beforeAll, describe, expect, it } from "vitest";
import { incidentBody } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import { liabilityWorld, type World } from "../liability/liability-world";
import { BAD_DATES } from "./bad-dates";
import { expectProblemNaming } from "./input-world";

/** This suite posts far more anonymous reports than the per-client limit (item 4) allows. */
const MANY_ANONYMOUS_WRITES = { RATE_LIMIT_ANON_WRITES: "100000" };

/** A good value per field where "2026-05-01T08:00+02:00" is not one (a due date must be ahead). */
const GOOD: Record<string, string> = {
  due_at: "2026-07-01T00:00:00+02:00",
  aware_at: "2026-05-21T08:00:00+02:00",
};

describe("every date field in a body refuses rolled-over and out-of-range timestamps, storing nothing", () => {
  let t: TestApp;
  let w: World;
  let incidentId: string;
  let rebuttalId: string;
  beforeAll(async () => {
    t = await createTestApp({ env: MANY_ANONYMOUS_WRITES });
    w = await liabilityWorld(t);
    incidentId = (await w.fileHarm()).id;
    const rebuttal = await t.call("POST", `/v1/incidents/${incidentId}/rebuttals`, {
      as: w.as.appDev,
      body: { ruleset: "who-2024", condition_id: "s7_rebuttal", statement: "Warned them", evidence: [] },
    });
    expect(rebuttal.status, rebuttal.text).toBe(201);
    rebuttalId = rebuttal.json.id;
  });

  /** Each date field with a valid body around it, so only the date can be what is refused. */
  const cases = () => [
    ...["occurred_at", "aware_at"].map((field) => ({
      field,
      path: "/v1/incidents",
      as: undefined,
      body: (v: string) => incidentBody({ product_name: "Some chatbot", [field]: v }),
    })),
    {
      field: "effective_from",
      path: "/v1/attestations",
      as: w.as.appDev,
      body: (v: string) => ({
        product_id: w.app.id,
        obligation_code: "DEV_DPIA",
        status: "met",
        statement: "ok",
        effective_from: v,
      }),
    },
    ...["decided_at", "period_from", "period_to"].map((field) => ({
      field,
      path: "/v1/findings",
      as: "regulator" as const,
      body: (v: string) => ({
        actor_id: w.appDev.id,
        obligation_code: "DEV_DPIA",
        result: "met",
        basis: "audit",
        decided_at: "2026-02-01T00:00:00Z",
        ...(field === "period_to" ? { period_from: "1950-01-01" } : {}),
        [field]: v,
      }),
    })),
    ...["started_at", "ended_at"].map((field) => ({
      field,
      path: "/v1/deployments",
      as: w.as.hospital,
      body: (v: string) => ({
        product_version_id: w.appV.id,
        setting: "ward",
        country: "FR",
        languages: ["fr"],
        population: "adults",
        human_oversight: "clinician",
        started_at: "1950-01-01T00:00:00Z",
        [field]: v,
      }),
    })),
    {
      field: "released_at",
      path: `/v1/products/${w.app.id}/versions`,
      as: w.as.appDev,
      body: (v: string) => ({
        version: "9.9",
        changelog: "x",
        substantial_modification: false,
        released_at: v,
      }),
    },
    {
      field: "decided_at",
      path: `/v1/incidents/${incidentId}/legal-facts`,
      as: "regulator" as const,
      body: (v: string) => ({ fact: "normal_use", value: true, basis: "Inspection", decided_at: v }),
    },
    {
      field: "due_at",
      path: `/v1/incidents/${incidentId}/disclosure-orders`,
      as: "regulator" as const,
      body: (v: string) => ({ actor_id: w.fmDev.id, items: ["red-team report"], due_at: v }),
    },
    {
      field: "decided_at",
      path: `/v1/rebuttals/${rebuttalId}/decision`,
      as: "regulator" as const,
      body: (v: string) => ({ accepted: true, reason: "Weighed", decided_at: v }),
    },
  ];

  const auditCount = async () =>
    (await t.call("GET", "/v1/audit?limit=500", { as: "regulator" })).json.data.length as number;

  it("each bypass value → 400 naming the field; the audit log (every write) does not grow", async () => {
    const before = await auditCount();
    for (const c of cases()) {
      for (const value of BAD_DATES) {
        const res = await t.call("POST", c.path, { ...(c.as ? { as: c.as } : {}), body: c.body(value) });
        expect.soft(res.status, `${c.path} ${c.field}=${JSON.stringify(value)}: ${res.text}`).toBe(400);
        if (res.status === 400) expectProblemNaming(res, c.field, 400, "body");
      }
    }
    expect(await auditCount()).toBe(before);
    expect(t.errors).toEqual([]);
  });

  it("the same bodies with a good date are accepted (the refusals above were about the date)", async () => {
    t.clock.set("2026-06-02T00:00:00Z");
    for (const c of cases()) {
      const value = GOOD[c.field] ?? "2026-05-01T08:00:00+02:00";
      const res = await t.call("POST", c.path, { ...(c.as ? { as: c.as } : {}), body: c.body(value) });
      expect.soft(res.status, `${c.path} ${c.field}: ${res.text}`).toBe(201);
    }
  });
});
