import { describe, expect, it } from "vitest";
import { workerFetch } from "./fetch-worker";

// Rate limits in workerd on D1: counted in the rate_limit_windows table (shared by every isolate),
// keyed by CF-Connecting-IP, which Cloudflare's edge sets. vitest.workers.config.ts sets 3 lookups.

const call = (
  method: string,
  path: string,
  address: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
) => workerFetch(method, path, { ...init, headers: { "cf-connecting-ip": address, ...init.headers } });

const report = {
  product_name: "an edge triage chatbot",
  occurred_at: "2026-03-01T10:00:00Z",
  country: "DE",
  setting: "telehealth",
  description: "The chatbot missed a sepsis warning sign.",
  event_type: "injury",
  severity: "moderate",
  outcome: "recovering",
  risk_codes: ["R_FALSE_INFO"],
  reporter: { role: "patient", anonymous: true },
};

describe("rate limits in the Worker", () => {
  it("counts stored bytes per client on D1 and answers 429 per CF-Connecting-IP", async () => {
    const size = new TextEncoder().encode(JSON.stringify(report)).length;
    const first = await call("POST", "/v1/incidents", "192.0.2.10", { body: report });
    const second = await call("POST", "/v1/incidents", "192.0.2.10", { body: report });
    expect([first.status, second.status]).toEqual([201, 201]);
    const remaining = (h: Headers) => Number(/"anon-bytes";r=(\d+)/.exec(h.get("ratelimit") ?? "")?.[1]);
    expect(remaining(first.headers) - remaining(second.headers)).toBe(size);

    const lookup = (address: string) =>
      call("GET", `/v1/incidents/${first.json.id}/receipt`, address, {
        headers: { "x-receipt-token": first.json.receipt_token },
      });
    for (let i = 0; i < 3; i++) expect((await lookup("192.0.2.11")).status).toBe(200);
    const refused = await lookup("192.0.2.11");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-policy")).toContain('"receipt-lookups";q=3');
    expect((await lookup("192.0.2.12")).status).toBe(200);
  });
});
