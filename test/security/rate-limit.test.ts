import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config";
import { rateLimitWindows } from "../../src/schema";
import { fileIncident, incidentBody } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import { openForm, postForm, reportFormFields } from "../helpers/web-forms";

// TEST_NOW is 12:00:00Z: a 600 s window resets in 600 s, the daily byte budget at midnight (43 200 s).
const LIMITS = {
  TRUSTED_PROXY_HEADER: "x-forwarded-for",
  RATE_LIMIT_WINDOW_SECONDS: "600",
  RATE_LIMIT_ANON_WRITES: "3",
  RATE_LIMIT_RECEIPT_LOOKUPS: "4",
};
const A = "203.0.113.7";
const B = "198.51.100.20";
const from = (address: string) => ({ "x-forwarded-for": address });

const report = (overrides: Record<string, unknown> = {}) =>
  incidentBody({ product_name: "Some chatbot", ...overrides });

const file = (t: TestApp, address: string, body: Record<string, unknown> = report()) =>
  t.call("POST", "/v1/incidents", { body, headers: from(address) });

async function storedIncidents(t: TestApp): Promise<number> {
  const res = await t.call("GET", "/v1/incidents?limit=100", { as: "regulator" });
  return res.json.data.length;
}

function expectRefusal(res: Awaited<ReturnType<TestApp["call"]>>, code: string, retryAfter: number) {
  expect(res.status).toBe(429);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(res.json).toMatchObject({ status: 429, type: `urn:lmm-registry:problem:${code}` });
  expect(res.headers.get("retry-after")).toBe(String(retryAfter));
}

describe("per-client rate limits on anonymous routes", () => {
  it("answers 429 with Retry-After and RateLimit headers beyond the limit and stores nothing", async () => {
    const t = await createTestApp({ env: LIMITS });
    const first = await file(t, A);
    expect(first.status).toBe(201);
    expect(first.headers.get("ratelimit-policy")).toContain('"anon-writes";q=3;w=600');
    expect(first.headers.get("ratelimit")).toContain('"anon-writes";r=2;t=600');
    expect(first.headers.get("ratelimit-remaining")).toBe("2");
    expect((await file(t, A)).status).toBe(201);
    expect((await file(t, A)).status).toBe(201);

    const refused = await file(t, A);
    expectRefusal(refused, "rate-limited", 600);
    expect(refused.headers.get("ratelimit")).toContain('"anon-writes";r=0;t=600');
    expect(refused.headers.get("ratelimit-limit")).toBe("3");
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await storedIncidents(t)).toBe(3);

    // Follow-ups and additions by receipt token share the write budget: nothing more is stored.
    const { id, receipt_token } = first.json;
    const followUp = await t.call("POST", `/v1/incidents/${id}/reports`, {
      body: { text: "More detail", reporter: { role: "carer", anonymous: true } },
      headers: { ...from(A), "x-receipt-token": receipt_token },
    });
    expectRefusal(followUp, "rate-limited", 600);
    const addition = await t.call("POST", `/v1/incidents/${id}/receipt/additions`, {
      body: { text: "Even more" },
      headers: { ...from(A), "x-receipt-token": receipt_token },
    });
    expectRefusal(addition, "rate-limited", 600);
    const regulatorView = await t.call("GET", `/v1/incidents/${id}`, { as: "regulator" });
    expect(regulatorView.json.reports).toHaveLength(1);
  });

  it("keeps clients apart by the right-most hop, so forged hops and IPv6 rotation do not help", async () => {
    const t = await createTestApp({ env: { ...LIMITS, TRUSTED_PROXY_ADDRESSES: "10.0.0.1" } });
    for (let i = 0; i < 3; i++) expect((await file(t, A)).status).toBe(201);
    expect((await file(t, `192.0.2.99, ${A}`)).status).toBe(429);
    expect((await file(t, `${A}, 10.0.0.1`)).status).toBe(429);
    expect((await file(t, `::ffff:${A}`)).status).toBe(429);
    expect((await file(t, B)).status).toBe(201);

    for (let i = 1; i <= 3; i++) expect((await file(t, `2001:db8:1:2::${i}`)).status).toBe(201);
    expect((await file(t, "2001:db8:1:2:ffff:ffff:ffff:ffff")).status).toBe(429);
    expect((await file(t, "2001:db8:1:3::1")).status).toBe(201);
    expect(await storedIncidents(t)).toBe(8);
  });

  it("ignores X-Forwarded-For unless a trusted proxy header is configured", async () => {
    const { TRUSTED_PROXY_HEADER: _, ...untrusted } = LIMITS;
    const t = await createTestApp({ env: untrusted });
    for (const address of ["192.0.2.1", "192.0.2.2", "192.0.2.3"])
      expect((await file(t, address)).status).toBe(201);
    // Without a socket (in-process requests) every caller is the same unknown client: still limited.
    expect((await file(t, "192.0.2.4")).status).toBe(429);
  });

  it("opens a new window at the reset, purges finished windows and stores only a keyed hash", async () => {
    const t = await createTestApp({ env: LIMITS });
    for (let i = 0; i < 3; i++) await file(t, A);
    expect((await file(t, A)).status).toBe(429);
    t.clock.advance(599_000);
    expectRefusal(await file(t, A), "rate-limited", 1);
    t.clock.advance(1_000);
    expect((await file(t, A)).status).toBe(201);

    const rows = await t.db.select().from(rateLimitWindows);
    const nowSeconds = t.clock.now().getTime() / 1000;
    expect(rows.filter((r) => r.bucket === "anon-writes").map((r) => r.windowStart)).toEqual([nowSeconds]);
    expect(rows.every((r) => r.expiresAt > nowSeconds)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain("203.0.113");
    expect(rows[0]?.clientHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("limits receipt lookups per client, whichever incident is probed", async () => {
    const t = await createTestApp({ env: LIMITS });
    const { id, receipt_token } = (await file(t, B)).json;
    const lookup = (address: string, token: string, incident = id) =>
      t.call("GET", `/v1/incidents/${incident}/receipt`, {
        headers: { ...from(address), "x-receipt-token": token },
      });
    for (let i = 0; i < 3; i++) expect((await lookup(A, `rcpt_guess${i}`)).status).toBe(404);
    expect((await lookup(A, "rcpt_guess", "00000000-0000-7000-8000-000000000000")).status).toBe(404);
    const refused = await lookup(A, receipt_token);
    expectRefusal(refused, "rate-limited", 600);
    expect(refused.headers.get("ratelimit-policy")).toContain('"receipt-lookups";q=4;w=600');
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect((await lookup(B, receipt_token)).status).toBe(200);
  });

  it("caps the bytes one anonymous client stores per day, refusing with nothing stored", async () => {
    const t = await createTestApp({
      env: { ...LIMITS, RATE_LIMIT_ANON_WRITES: "100", RATE_LIMIT_ANON_BYTES_PER_DAY: "4096" },
    });
    const body = report({ description: "x".repeat(1200) });
    const size = new TextEncoder().encode(JSON.stringify(body)).length;
    expect(size).toBeGreaterThan(1365);
    expect((await file(t, A, body)).status).toBe(201);
    // A refused body (422: future date) is given back: it stored nothing.
    const invalid = await file(t, A, { ...body, occurred_at: "2026-12-01T00:00:00Z" });
    expect(invalid.status).toBe(422);
    const second = await file(t, A, body);
    expect(second.status).toBe(201);
    expect(second.headers.get("ratelimit")).toContain(`"anon-bytes";r=${4096 - 2 * size};t=43200`);

    const refused = await file(t, A, body);
    expectRefusal(refused, "daily-quota-exceeded", 43_200);
    expect(refused.headers.get("ratelimit-policy")).toContain(
      '"anon-bytes";q=4096;w=86400;qu="content-bytes"',
    );
    expect(await storedIncidents(t)).toBe(2);
    expect((await file(t, B, body)).status).toBe(201);
    // A smaller report still fits in what is left of today's budget.
    expect((await file(t, A, report())).status).toBe(201);

    t.clock.advance(43_200_000);
    expect((await file(t, A, body)).status).toBe(201);
    expect(await storedIncidents(t)).toBe(5);
  });

  it("does not limit bearer callers", async () => {
    const t = await createTestApp({ env: LIMITS });
    for (let i = 0; i < 5; i++)
      await fileIncident(t, { product_name: "Some chatbot" }, { as: "reporter", headers: from(A) });
    expect(await storedIncidents(t)).toBe(5);
    expect((await file(t, A)).status).toBe(201);
  });

  it("counts the web form posts against the browser's address and answers an HTML 429", async () => {
    const t = await createTestApp({ env: LIMITS });
    for (let i = 0; i < 3; i++) await file(t, A);
    const fields = reportFormFields();
    const refused = await postForm(t.app, "/report", fields, await openForm(t.app, "/report"), from(A));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("600");
    expect(refused.headers.get("ratelimit-policy")).toContain('"anon-writes"');
    // In the page's language (the API's own detail is English and technical).
    expect(await refused.text()).toContain("Too many reports from this address. Please wait and try again.");
    expect(await storedIncidents(t)).toBe(3);
    const other = await postForm(t.app, "/report", fields, await openForm(t.app, "/report"), from(B));
    expect(other.status).toBe(201);
  });

  it("refuses bad limit settings at start-up, naming the variable", () => {
    const problem = (env: Record<string, string>) => {
      try {
        parseConfig(env);
      } catch (error) {
        return (error as ConfigError).problems.map((p) => p.variable);
      }
      return [];
    };
    expect(problem({ RATE_LIMIT_ANON_WRITES: "0" })).toEqual(["RATE_LIMIT_ANON_WRITES"]);
    expect(problem({ RATE_LIMIT_ANON_BYTES_PER_DAY: "lots" })).toEqual(["RATE_LIMIT_ANON_BYTES_PER_DAY"]);
    expect(problem({ TRUSTED_PROXY_HEADER: "x forwarded for" })).toEqual(["TRUSTED_PROXY_HEADER"]);
    expect(() => parseConfig({ RATE_LIMIT_ANON_WRITES: "0" })).toThrow(ConfigError);
    expect(parseConfig({}).rateLimit).toEqual({
      windowSeconds: 3600,
      anonWrites: 20,
      receiptLookups: 60,
      anonBytesPerDay: 5_242_880,
    });
  });
});
