import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as s from "../../src/schema";
import { createActor, createProduct, fileIncident, incidentBody } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

async function rowCounts(t: TestApp) {
  const n = async (table: any) => (await t.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    incidents: await n(s.incidents),
    reports: await n(s.reports),
    risks: await n(s.incidentRisks),
    audit: await n(s.auditLog),
    idempotency: await n(s.idempotencyKeys),
  };
}

describe("filing an incident", () => {
  it("accepts an anonymous report end to end: filing, receipt, addition, follow-up", async () => {
    const t = await createTestApp();
    const dev = await createActor(t);
    const product = await createProduct(t, dev.owner("developer"));
    const filed = await t.call("POST", "/v1/incidents", {
      body: incidentBody({ registration_number: product.registration_number }),
    });
    expect(filed.status).toBe(201);
    expect(filed.json).toEqual({
      id: expect.any(String),
      reference: "INC-2026-000001",
      status: "received",
      receipt_token: expect.stringMatching(/^rcpt_[\w-]{43}$/),
    });
    expect(filed.headers.get("location")).toBe(`/v1/incidents/${filed.json.id}`);
    const { id, receipt_token } = filed.json;

    // The token is stored only as its hash, and an anonymous report keeps no contact at all.
    const [report] = await t.db.select().from(s.reports);
    expect(report?.receiptTokenHash).toMatch(/^[a-f0-9]{64}$/);
    expect(JSON.stringify(report)).not.toContain(receipt_token);
    expect(report?.contactJwe).toBeNull();

    const headers = { "x-receipt-token": receipt_token };
    const receipt = await t.call("GET", `/v1/incidents/${id}/receipt`, { headers });
    expect(receipt.status).toBe(200);
    expect(receipt.json).toMatchObject({
      reference: "INC-2026-000001",
      status: "received",
      merged_into: null,
    });
    expect(receipt.json.history).toEqual([
      { type: "received", status: "received", closure: null, at: "2026-06-01T12:00:00.000Z" },
    ]);

    t.clock.advance(3_600_000);
    const addition = await t.call("POST", `/v1/incidents/${id}/receipt/additions`, {
      headers,
      body: {
        text: "He is home now; the app still gives the same advice.",
        evidence: [{ sha256: "a".repeat(64), media_type: "image/png" }],
      },
    });
    expect(addition.status).toBe(201);
    expect(addition.json).toMatchObject({ incident_id: id, kind: "addition" });
    const followUp = await t.call("POST", `/v1/incidents/${id}/reports`, {
      headers,
      body: {
        text: "I can now be contacted.",
        reporter: { role: "carer", anonymous: false, contact: { email: "c@x.org" } },
      },
    });
    expect(followUp.status).toBe(201);

    const after = await t.call("GET", `/v1/incidents/${id}/receipt`, { headers });
    expect(after.json.your_submissions.map((r: any) => r.kind)).toEqual([
      "original",
      "addition",
      "follow_up",
    ]);
    expect(after.json.history.map((e: any) => e.type)).toEqual([
      "received",
      "addition_added",
      "report_added",
    ]);

    // Wrong or missing tokens answer 404 (nothing to probe), and the token is bound to its incident.
    expect(
      (
        await t.call("GET", `/v1/incidents/${id}/receipt`, {
          headers: { "x-receipt-token": "rcpt_wrong-token" },
        })
      ).status,
    ).toBe(404);
    expect((await t.call("GET", `/v1/incidents/${id}/receipt`)).status).toBe(400);
    const other = await fileIncident(t, { product_id: product.id });
    expect((await t.call("GET", `/v1/incidents/${other.id}/receipt`, { headers })).status).toBe(404);
    expect(
      (
        await t.call("POST", `/v1/incidents/${id}/reports`, {
          body: { text: "x", reporter: { role: "other", anonymous: true } },
        })
      ).status,
    ).toBe(404);
  });

  it("stores an unmatched product name that a regulator matches later", async () => {
    const t = await createTestApp();
    const dev = await createActor(t);
    const product = await createProduct(t, dev.owner("developer"));
    const filed = await fileIncident(t, { product_name: "that health chatbot on my phone" });
    const before = await t.call("GET", `/v1/incidents/${filed.id}`, { as: "regulator" });
    expect(before.json).toMatchObject({
      product_id: null,
      product_name_text: "that health chatbot on my phone",
    });
    // Unmatched: the developer cannot see it yet.
    expect((await t.call("GET", `/v1/incidents/${filed.id}`, { as: dev.owner("developer") })).status).toBe(
      404,
    );

    const bad = await t.call("PATCH", `/v1/incidents/${filed.id}`, {
      as: "regulator",
      body: { product_id: "nope" },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual([expect.objectContaining({ in: "body", path: "product_id" })]);
    const matched = await t.call("PATCH", `/v1/incidents/${filed.id}`, {
      as: "regulator",
      body: { product_id: product.id },
    });
    expect(matched.status).toBe(200);
    expect(matched.json.product_id).toBe(product.id);
    expect(matched.json.history.map((e: any) => e.type)).toEqual(["received", "product_matched"]);
    expect((await t.call("GET", `/v1/incidents/${filed.id}`, { as: dev.owner("developer") })).status).toBe(
      200,
    );
    expect(
      (
        await t.call("PATCH", `/v1/incidents/${filed.id}`, {
          as: dev.owner("developer"),
          body: { product_id: product.id },
        })
      ).status,
    ).toBe(403);
  });

  it("encrypts reporter contact at rest (JWE) and shows it only to regulators", async () => {
    const t = await createTestApp();
    const filed = await fileIncident(t, {
      product_name: "MedChat",
      reporter: {
        role: "patient",
        anonymous: false,
        contact: { name: "Amina Diallo", email: "amina@example.org", phone: "+33 6 12 34 56 78" },
      },
    });
    const [report] = await t.db.select().from(s.reports);
    expect(report?.contactJwe?.split(".")).toHaveLength(5);
    const raw = JSON.stringify(await t.db.select().from(s.reports));
    for (const pii of ["Amina", "amina@example.org", "12 34"]) expect(raw).not.toContain(pii);
    const view = await t.call("GET", `/v1/incidents/${filed.id}`, { as: "regulator" });
    expect(view.json.reports[0].contact).toEqual({
      name: "Amina Diallo",
      email: "amina@example.org",
      phone: "+33 6 12 34 56 78",
    });
  });
});

describe("bad input is refused and nothing is stored", () => {
  it("names each bad field and leaves every table unchanged", async () => {
    const t = await createTestApp();
    const dev = await createActor(t);
    const product = await createProduct(t, dev.owner("developer"));
    await fileIncident(t, { product_id: product.id });
    const before = await rowCounts(t);

    const enums = await t.call("POST", "/v1/incidents", {
      body: incidentBody({
        product_id: product.id,
        event_type: "oops",
        severity: "bad",
        outcome: 3,
        setting: "moon",
        reporter: { role: "alien", anonymous: true },
      }),
    });
    expect(enums.status).toBe(400);
    expect(enums.headers.get("content-type")).toContain("application/problem+json");
    expect(enums.json.errors.map((e: any) => e.path).sort()).toEqual([
      "event_type",
      "outcome",
      "reporter.role",
      "setting",
      "severity",
    ]);

    const cases: [unknown, number, string][] = [
      [incidentBody({ product_id: "01900000-0000-7000-8000-000000000000" }), 422, "product_id"],
      [incidentBody({ registration_number: "LMMR-2020-999999" }), 422, "registration_number"],
      [incidentBody({ product_id: product.id, occurred_at: "2026-06-02T00:00:00Z" }), 422, "occurred_at"],
      [incidentBody({ product_id: product.id, description: "x".repeat(20_001) }), 400, "description"],
      [incidentBody({ product_id: product.id, description: "   " }), 400, "description"],
      [
        incidentBody({ product_id: product.id, risk_codes: ["R_FALSE_INFO", "R_NOT_A_RISK"] }),
        422,
        "risk_codes.1",
      ],
      [incidentBody({ product_id: product.id, use_area: "U_NOWHERE" }), 422, "use_area"],
      [
        incidentBody({
          product_id: product.id,
          reporter: { role: "patient", anonymous: true, contact: { name: "X" } },
        }),
        400,
        "reporter.contact",
      ],
      [
        incidentBody({ product_id: product.id, reporter: { role: "patient", anonymous: false } }),
        400,
        "reporter.contact",
      ],
      [incidentBody({ product_id: product.id, occurred_at: "2026-13-01" }), 400, "occurred_at"],
      [incidentBody({ product_id: product.id, aware_at: "2026-01-01T00:00:00Z" }), 400, "aware_at"],
      [incidentBody({ product_id: product.id, country: "XX" }), 400, "country"],
      [incidentBody({ product_id: product.id, surprise: 1 }), 400, "(root)"],
      [incidentBody({}), 400, "product_id"],
    ];
    for (const [body, status, path] of cases) {
      const res = await t.call("POST", "/v1/incidents", { body });
      expect(res.status, path).toBe(status);
      expect(
        res.json.errors.map((e: any) => e.path),
        path,
      ).toContain(path);
    }
    const malformed = await t.call("POST", "/v1/incidents", { body: '{"occurred_at": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.detail).toMatch(/not valid JSON/);
    const form = await t.call("POST", "/v1/incidents", {
      body: "a=b",
      headers: { "content-type": "text/plain" },
    });
    expect(form.status).toBe(415);
    const huge = await t.call("POST", "/v1/incidents", {
      body: incidentBody({ description: "x".repeat(300 * 1024) }),
    });
    expect(huge.status).toBe(413);

    expect(await rowCounts(t)).toEqual(before);
  });
});

describe("Idempotency-Key", () => {
  it("replays the original response (same receipt token) and creates nothing", async () => {
    const t = await createTestApp();
    const headers = { "idempotency-key": "0f4b8a8e-5d0c-4b8e-9d6e-1c2a3b4c5d6e" };
    const body = incidentBody({ product_name: "MedChat" });
    const first = await t.call("POST", "/v1/incidents", { body, headers });
    expect(first.status).toBe(201);
    const afterFirst = await rowCounts(t);
    t.clock.advance(60_000);
    const replay = await t.call("POST", "/v1/incidents", { body, headers });
    expect(replay.status).toBe(201);
    expect(replay.json).toEqual(first.json);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await rowCounts(t)).toEqual(afterFirst);
    // The stored response is sealed: the receipt token is not readable from the database.
    expect(JSON.stringify(await t.db.select().from(s.idempotencyKeys))).not.toContain(
      first.json.receipt_token,
    );

    const different = await t.call("POST", "/v1/incidents", { body: { ...body, severity: "mild" }, headers });
    expect(different.status).toBe(422);
    expect(different.json.type).toContain("idempotency-key-reused");
    expect(await rowCounts(t)).toEqual(afterFirst);

    const weak = await t.call("POST", "/v1/incidents", { body, headers: { "idempotency-key": "1" } });
    expect(weak.status).toBe(400);
    const fresh = await t.call("POST", "/v1/incidents", { body });
    expect(fresh.json.reference).toBe("INC-2026-000002");
  });

  it("lets concurrent retries with one key create exactly one incident", async () => {
    const t = await createTestApp();
    const headers = { "idempotency-key": "concurrent-key-0123456789" };
    const body = incidentBody({ product_name: "MedChat" });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.call("POST", "/v1/incidents", { body, headers })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.json.id)).size).toBe(1);
    expect((await rowCounts(t)).incidents).toBe(1);
  });
});
