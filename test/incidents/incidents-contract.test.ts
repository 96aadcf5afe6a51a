import { describe, expect, it } from "vitest";
import { IncidentDetail, Receipt, ResponseView, TransitionResult } from "../../src/modules/incidents";
import { createActor, createProduct, fileIncident } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";

/** Every key a view may carry must be documented, and every documented shape must parse. */
function expectDocumented(
  schema: { shape: Record<string, unknown>; parse: (v: unknown) => unknown },
  value: any,
) {
  expect(() => schema.parse(value)).not.toThrow();
  expect(Object.keys(value).filter((k) => !(k in schema.shape))).toEqual([]);
}

describe("incident views match their OpenAPI schemas", () => {
  it("for the regulator, an accountable actor and a claim handler, plus receipt, transition and response", async () => {
    const t = await createTestApp();
    const dev = await createActor(t, { roles: ["developer", "provider"] });
    const product = await createProduct(t, dev.owner("developer"));
    const filed = await fileIncident(t, {
      product_id: product.id,
      reporter: { role: "patient", anonymous: false, contact: { name: "Ada", email: "ada@example.org" } },
      patient: { age_band: "30-44", sex: "female" },
      evidence: [{ sha256: "d".repeat(64), media_type: "image/png" }],
    });
    const reportKeys = Object.keys((IncidentDetail.shape.reports.element as any).shape);
    for (const as of ["regulator", dev.owner("developer"), "fund_admin"] as const) {
      const res = await t.call("GET", `/v1/incidents/${filed.id}`, { as });
      expect(res.status).toBe(200);
      expectDocumented(IncidentDetail, res.json);
      for (const report of res.json.reports)
        expect(Object.keys(report).filter((k) => !reportKeys.includes(k))).toEqual([]);
    }
    const receipt = await t.call("GET", `/v1/incidents/${filed.id}/receipt`, {
      headers: { "x-receipt-token": filed.receipt_token },
    });
    expectDocumented(Receipt, receipt.json);
    const moved = await t.call("POST", `/v1/incidents/${filed.id}/transitions`, {
      as: "regulator",
      body: { to: "triaged", reason: "complete report" },
    });
    expectDocumented(TransitionResult, moved.json);
    const response = await t.call("POST", `/v1/incidents/${filed.id}/responses`, {
      as: dev.owner("developer"),
      body: { kind: "acknowledgement", text: "We are investigating." },
    });
    expect(response.status).toBe(201);
    expectDocumented(ResponseView, response.json);
  });
});
