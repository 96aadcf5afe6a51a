import { describe, expect, it } from "vitest";
import { fileIncident, incidentBody } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { BAD_DATES } from "./bad-dates";
import { expectProblemNaming } from "./input-world";

describe("instants, not strings", () => {
  it("stores normalised UTC and applies the future check to the instant", async () => {
    const t = await createTestApp(); // clock 2026-06-01T12:00:00Z
    const filed = await fileIncident(t, {
      product_name: "Some chatbot",
      occurred_at: "2026-05-20T13:00:00.123456789+03:00",
      aware_at: "2026-05-21",
    });
    const stored = (await t.call("GET", `/v1/incidents/${filed.id}`, { as: "regulator" })).json;
    expect(stored.occurred_at).toBe("2026-05-20T10:00:00.123Z");
    expect(stored.aware_at).toBe("2026-05-21T00:00:00.000Z");
    // 11:00 at −02:00 is 13:00Z, an hour after now, though "2026-06-01T11:00" sorts before now as text.
    const later = await t.call("POST", "/v1/incidents", {
      body: incidentBody({ product_name: "x", occurred_at: "2026-06-01T11:00:00-02:00" }),
    });
    expectProblemNaming(later, "occurred_at", 422, "body");
    const exactlyNow = await t.call("POST", "/v1/incidents", {
      body: incidentBody({ product_name: "x", occurred_at: "2026-06-01T13:30:00+01:30" }),
    });
    expect(exactlyNow.status, exactlyNow.text).toBe(201);
  });
});

describe("every date filter in a query string refuses the same values (400 naming the parameter)", () => {
  const ROUTES = [
    {
      path: "/v1/incidents",
      as: "regulator",
      fields: ["occurred_from", "occurred_to", "reported_from", "reported_to"],
    },
    {
      path: "/v1/incidents/stats",
      as: "regulator",
      fields: ["occurred_from", "occurred_to", "reported_from", "reported_to"],
    },
    {
      path: "/v1/incidents/export?format=ndjson",
      as: "regulator",
      fields: ["occurred_from", "occurred_to", "reported_from", "reported_to"],
    },
    { path: "/v1/signals?level=product", as: "regulator", fields: ["occurred_from", "occurred_to"] },
    { path: "/v1/public/stats", as: undefined, fields: ["occurred_from", "occurred_to"] },
  ] as const;

  it("on /v1/incidents, stats, export, signals and public stats", async () => {
    const t = await createTestApp();
    await fileIncident(t, { product_name: "Some chatbot" });
    for (const route of ROUTES) {
      for (const field of route.fields) {
        for (const value of BAD_DATES.filter(Boolean)) {
          const res = await t.call(
            "GET",
            `${route.path}${route.path.includes("?") ? "&" : "?"}${field}=${encodeURIComponent(value)}`,
            route.as ? { as: route.as } : {},
          );
          expect.soft(res.status, `${route.path} ${field}=${value}: ${res.text}`).toBe(400);
          if (res.status === 400) expectProblemNaming(res, field);
        }
      }
    }
    expect(t.errors).toEqual([]);
  });

  it("compares a zoned filter as an instant", async () => {
    const t = await createTestApp();
    const filed = await fileIncident(t, { product_name: "x", occurred_at: "2026-05-20T10:00:00Z" });
    const list = (from: string) =>
      t.call("GET", `/v1/incidents?occurred_from=${encodeURIComponent(from)}`, { as: "regulator" });
    expect((await list("2026-05-20T12:00:00+02:00")).json.data.map((i: any) => i.id)).toEqual([filed.id]);
    expect((await list("2026-05-20T12:00:01+02:00")).json.data).toEqual([]);
  });
});
