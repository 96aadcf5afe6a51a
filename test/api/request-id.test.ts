import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listen } from "../../src/node-server";
import worker from "../../src/worker";
import { incidentBody } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MISSING_INCIDENT = "/v1/incidents/00000000-0000-7000-8000-000000000000/receipt";

type Answer = Awaited<ReturnType<TestApp["call"]>>;

/** The answer has a generated id, and a problem body quotes the same id. */
function expectFreshId(res: Answer, label: string): string {
  const id = res.headers.get("x-request-id");
  expect(id, label).toMatch(UUID_V7);
  if (res.headers.get("content-type")?.includes("application/problem+json")) {
    expect(res.json.request_id, label).toBe(id);
  }
  return id as string;
}

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

describe("X-Request-Id on every answer", () => {
  it("is on 200, 201, 400, 401, 403, 404, 413, 415, 429 and 500 answers, quoted by each problem body", async () => {
    const t = await createTestApp({
      env: { TRUSTED_PROXY_HEADER: "x-forwarded-for", RATE_LIMIT_RECEIPT_LOOKUPS: "1" },
    });
    const answers: [number, Answer][] = [
      [200, await t.call("GET", "/health")],
      [
        201,
        await t.call("POST", "/v1/actors", {
          as: "admin",
          body: { name: "Org", roles: ["developer"], country: "FR", contact_email: "a@org.example" },
        }),
      ],
      [400, await t.call("GET", "/v1/catalog/obligations?stage=deployed")],
      [401, await t.call("GET", "/v1/incidents", { as: { token: "not.a.jwt" } })],
      [401, await t.call("GET", "/v1/incidents", { headers: { authorization: "Basic abc" } })],
      [403, await t.call("GET", "/v1/audit/verify", { as: "reporter" })],
      [404, await t.call("GET", "/v1/nothing-here")],
      [
        413,
        await t.call("POST", "/v1/incidents", {
          body: incidentBody({ description: "x".repeat(300 * 1024) }),
        }),
      ],
      [
        415,
        await t.call("POST", "/v1/incidents", { body: "a=b", headers: { "content-type": "text/plain" } }),
      ],
    ];
    const lookup = () =>
      t.call("GET", MISSING_INCIDENT, {
        headers: { "x-forwarded-for": "192.0.2.1", "x-receipt-token": "rcpt_wrong-token" },
      });
    answers.push([404, await lookup()], [429, await lookup()]);
    await t.db.run(sql`drop table actors`);
    answers.push([500, await t.call("GET", "/v1/actors")]);

    const ids = new Set<string>();
    for (const [status, res] of answers) {
      expect(res.status, res.text).toBe(status);
      ids.add(expectFreshId(res, `${status}`));
      if (status >= 400) expect(res.json.request_id, `${status} body`).toBeDefined();
    }
    expect(ids.size).toBe(answers.length);
  });

  it("is on the web pages too, found or not", async () => {
    const t = await createTestApp();
    for (const path of ["/", "/report", "/receipt", "/products/nope"]) {
      const res = await t.app.request(path);
      expect(res.headers.get("x-request-id"), path).toMatch(UUID_V7);
    }
  });

  it("is on the Worker's 503 when it cannot start (bad configuration), echoed when well-formed", async () => {
    const ctx = { waitUntil() {}, passThroughOnException() {} } as unknown as ExecutionContext;
    // The Worker reports why it could not start on the console; keep that out of the test output.
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const [sent, expected] of [
      [undefined, UUID_V7],
      ["edge-trace-0001", /^edge-trace-0001$/],
      ["bad id", UUID_V7],
    ] as const) {
      const headers: Record<string, string> = sent ? { "x-request-id": sent } : {};
      // Production without JWT_SECRET, DATA_ENCRYPTION_KEY or a database: start-up fails.
      const request = new Request("http://registry.test/health", { headers });
      const res = await worker.fetch(request as Parameters<typeof worker.fetch>[0], {}, ctx);
      expect(res.status).toBe(503);
      const id = res.headers.get("x-request-id");
      expect(id).toMatch(expected);
      expect(((await res.json()) as { request_id: string }).request_id).toBe(id);
    }
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it("is documented as a required member of the Problem schema", async () => {
    const t = await createTestApp();
    const doc = (await t.call("GET", "/openapi.json")).json;
    const problem = doc.components.schemas.Problem;
    expect(problem.properties.request_id.type).toBe("string");
    expect(problem.required).toContain("request_id");
  });
});

describe("an incoming X-Request-Id", () => {
  it("is kept when well-formed: 8 to 128 of A-Z a-z 0-9 . _ : -", async () => {
    const t = await createTestApp();
    for (const id of ["abcd1234", "trace:0af7651916cd43dd.b7ad6b71_69203331-01", "x".repeat(128)]) {
      const ok = await t.call("GET", "/health", { headers: { "x-request-id": id } });
      expect(ok.headers.get("x-request-id")).toBe(id);
      const problem = await t.call("GET", "/v1/nothing-here", { headers: { "x-request-id": id } });
      expect(problem.headers.get("x-request-id")).toBe(id);
      expect(problem.json.request_id).toBe(id);
    }
  });

  it("is replaced by a fresh one when too short, too long, or carrying spaces, commas, quotes or non-ASCII", async () => {
    const t = await createTestApp();
    const malformed = [
      "abc1234",
      "x".repeat(129),
      "abcd efgh",
      "abcd\tefgh",
      "abcd1234, efgh5678",
      '"abcd1234"',
      "abcd/1234",
      "ünïcödé-id",
    ];
    for (const id of malformed) {
      const res = await t.call("GET", "/v1/nothing-here", { headers: { "x-request-id": id } });
      expect(expectFreshId(res, JSON.stringify(id))).not.toBe(id);
      expect(res.text).not.toContain(id);
    }
  });

  it("cannot inject lines: a CR or LF in it makes the request malformed, answered with a fresh id", async () => {
    const t = await createTestApp();
    const server = listen(t.app, { host: "127.0.0.1", port: 0 });
    servers.push(server);
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as AddressInfo;
    for (const injected of ["abcdefgh\rX-Evil: 1", "abcdefgh\nX-Evil: 1"]) {
      const socket = connect(port, "127.0.0.1");
      socket.on("error", () => {});
      socket.write(`GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: ${injected}\r\n\r\n`);
      const chunks: Buffer[] = [];
      for await (const chunk of socket) chunks.push(chunk as Buffer);
      const [head = "", body = ""] = Buffer.concat(chunks).toString("utf8").split("\r\n\r\n");
      expect(head).toMatch(/^HTTP\/1\.1 400/);
      expect(head).not.toMatch(/x-evil|abcdefgh/i);
      const id = /^x-request-id: (.+)$/im.exec(head)?.[1];
      expect(id).toMatch(UUID_V7);
      expect(JSON.parse(body).request_id).toBe(id);
    }
  });
});
