import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config";
import { incidentBody } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

const REQUEST_LINE_KEYS = [
  "duration_ms",
  "level",
  "method",
  "msg",
  "request_id",
  "role",
  "route",
  "status",
  "time",
];

/** Sends one request with a known id and returns the log lines that carry it. */
async function traced(t: TestApp, id: string, ...[method, path, init = {}]: Parameters<TestApp["call"]>) {
  const res = await t.call(method, path, { ...init, headers: { ...init.headers, "x-request-id": id } });
  return { res, lines: t.logLines().filter((line) => line.request_id === id) };
}

describe("one JSON log line per request", () => {
  it("names method, route pattern, status, duration, request id and role, whoever answered", async () => {
    const t = await createTestApp({
      env: { LOG_LEVEL: "debug", TRUSTED_PROXY_HEADER: "x-forwarded-for", RATE_LIMIT_RECEIPT_LOOKUPS: "1" },
    });
    const filed = await t.call("POST", "/v1/incidents", {
      body: incidentBody({ product_name: "Some chatbot" }),
    });
    const id = filed.json.id as string;
    const lookup = { headers: { "x-forwarded-for": "192.0.2.1", "x-receipt-token": "rcpt_wrong-token" } };
    const cases = [
      ["health-0001", "GET", "/health", {}, 200, "/health", "anonymous", "info"],
      [
        "detail-0001",
        "GET",
        `/v1/incidents/${id}`,
        { as: "regulator" },
        200,
        "/v1/incidents/:id",
        "regulator",
        "info",
      ],
      [
        "stats-00001",
        "GET",
        "/v1/incidents/stats?group_by=country",
        { as: "regulator" },
        200,
        "/v1/incidents/stats",
        "regulator",
        "info",
      ],
      [
        "badtoken-01",
        "GET",
        "/v1/incidents",
        { as: { token: "not.a.jwt" } },
        401,
        "/v1/incidents",
        "anonymous",
        "warn",
      ],
      [
        "wrongrole-1",
        "GET",
        "/v1/audit/verify",
        { as: "reporter" },
        403,
        "/v1/audit/verify",
        "reporter",
        "warn",
      ],
      ["noroute-001", "GET", `/v1/nothing/${id}`, {}, 404, null, "anonymous", "warn"],
      [
        "toobig-0001",
        "POST",
        "/v1/incidents",
        { body: incidentBody({ description: "x".repeat(300 * 1024) }) },
        413,
        "/v1/incidents",
        "anonymous",
        "warn",
      ],
      [
        "receipt-001",
        "GET",
        `/v1/incidents/${id}/receipt`,
        lookup,
        404,
        "/v1/incidents/:id/receipt",
        "anonymous",
        "warn",
      ],
      [
        "limited-001",
        "GET",
        `/v1/incidents/${id}/receipt`,
        lookup,
        429,
        "/v1/incidents/:id/receipt",
        "anonymous",
        "warn",
      ],
    ] as const;
    for (const [requestId, method, path, init, status, route, role, level] of cases) {
      const { res, lines } = await traced(t, requestId, method, path, init);
      expect(res.status, requestId).toBe(status);
      expect(lines, requestId).toHaveLength(1);
      const [line] = lines;
      expect(Object.keys(line ?? {}).sort(), requestId).toEqual(REQUEST_LINE_KEYS);
      expect(line, requestId).toMatchObject({ msg: "request", level, method, route, status, role });
      expect(line?.duration_ms, requestId).toBeGreaterThanOrEqual(0);
      expect(JSON.stringify(line), requestId).not.toContain(id);
    }
  });

  it("is the page's own line for a web page; the page's in-process API calls are debug detail", async () => {
    const t = await createTestApp({ env: { LOG_LEVEL: "debug" } });
    await t.app.request("/?q=triage", { headers: { "x-request-id": "page-home-1" } });
    const lines = t.logLines();
    expect(lines.filter((line) => line.level !== "debug")).toEqual([
      expect.objectContaining({ request_id: "page-home-1", route: "/", status: 200, role: "anonymous" }),
    ]);
    expect(lines.filter((line) => line.level === "debug")).toEqual([
      expect.objectContaining({ msg: "request", route: "/v1/products", status: 200, internal: true }),
    ]);
  });
});

describe("unexpected errors", () => {
  it("are logged once with the request id and route, the cause's message kept, and the 500 line beside", async () => {
    const t = await createTestApp({ env: { LOG_LEVEL: "info" } });
    await t.db.run(sql`drop table actors`);
    const { res, lines } = await traced(t, "boom-request-1", "GET", "/v1/actors?country=FR");
    expect(res.status).toBe(500);
    expect(res.json.request_id).toBe("boom-request-1");
    expect(t.errors).toHaveLength(1);
    const [error, request] = lines;
    expect(lines).toHaveLength(2);
    expect(error).toMatchObject({
      level: "error",
      msg: "unexpected error",
      method: "GET",
      route: "/v1/actors",
    });
    expect(JSON.stringify(error)).toMatch(/no such table: actors/);
    expect((error?.error as { stack?: string[] } | undefined)?.stack?.length).toBeGreaterThan(0);
    expect(request).toMatchObject({ level: "error", msg: "request", status: 500, route: "/v1/actors" });
  });
});

describe("LOG_LEVEL", () => {
  async function levelsSeen(level: string) {
    const t = await createTestApp({ env: { LOG_LEVEL: level } });
    await t.call("GET", "/health");
    await t.call("GET", "/v1/nothing-here");
    await t.db.run(sql`drop table actors`);
    await t.call("GET", "/v1/actors");
    return t.logLines().map((line) => `${line.level} ${line.msg} ${line.status ?? ""}`.trim());
  }

  it("writes that level and above: info, warn (4xx), error (5xx and unexpected errors), silent", async () => {
    const all = ["info request 200", "warn request 404", "error unexpected error", "error request 500"];
    expect(await levelsSeen("debug")).toEqual(all);
    expect(await levelsSeen("info")).toEqual(all);
    expect(await levelsSeen("warn")).toEqual(all.slice(1));
    expect(await levelsSeen("error")).toEqual(all.slice(2));
    expect(await levelsSeen("silent")).toEqual([]);
  });

  it("defaults to info (silent under NODE_ENV=test) and refuses other values, naming the variable", () => {
    expect(parseConfig({}).logLevel).toBe("info");
    expect(
      parseConfig({
        NODE_ENV: "production",
        JWT_SECRET: "s".repeat(32),
        DATA_ENCRYPTION_KEY: "k".repeat(43),
        AUDIT_SIGNING_KEY: "MC4CAQAwBQYDK2VwBCIEII0Dg2TN6fVkIMhF/h4Y2Po4/xa2r/in0Lq3201JvbvI",
      }).logLevel,
    ).toBe("info");
    expect(parseConfig({ NODE_ENV: "test" }).logLevel).toBe("silent");
    expect(parseConfig({ NODE_ENV: "test", LOG_LEVEL: "warn" }).logLevel).toBe("warn");
    for (const bad of ["verbose", "INFO", "trace"]) {
      expect(() => parseConfig({ LOG_LEVEL: bad })).toThrow(ConfigError);
      try {
        parseConfig({ LOG_LEVEL: bad });
      } catch (error) {
        expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(["LOG_LEVEL"]);
      }
    }
  });
});
