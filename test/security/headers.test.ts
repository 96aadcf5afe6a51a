import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config";
import { listen } from "../../src/node-server";
import { createActor, fileIncident, incidentBody } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import { product } from "../helpers/registry-fixtures";
import { openForm, postForm, reportFormFields } from "../helpers/web-forms";

type Answer = Awaited<ReturnType<TestApp["call"]>>;

/** The headers every API answer carries (OWASP REST Security Cheat Sheet, "Security Headers"). */
const API_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-resource-policy": "same-origin",
};
/** Headers that act only on HTML documents: pages carry them, API answers do not. */
const DOCUMENT_ONLY = [
  "cross-origin-opener-policy",
  "origin-agent-cluster",
  "x-xss-protection",
  "x-download-options",
];

function expectSecurityHeaders(
  res: Pick<Answer, "headers" | "status">,
  label: string,
  kind: "api" | "page" = "api",
) {
  expect(res.headers.get("strict-transport-security"), label).toContain("max-age=");
  if (kind === "api") {
    for (const [name, value] of Object.entries(API_HEADERS))
      expect(res.headers.get(name), `${label} ${name}`).toBe(value);
    for (const name of DOCUMENT_ONLY) expect(res.headers.get(name), `${label} ${name}`).toBeNull();
    return;
  }
  expect(res.headers.get("x-content-type-options"), label).toBe("nosniff");
  expect(res.headers.get("x-frame-options"), label).toBe("SAMEORIGIN");
  // HTML pages keep Origin on same-origin posts (the CSRF check's fallback).
  expect(res.headers.get("referrer-policy"), label).toBe("same-origin");
  expect(res.headers.get("cross-origin-resource-policy"), label).toBe("same-origin");
  expect(res.headers.get("content-security-policy"), label).toContain("frame-ancestors 'none'");
  for (const name of DOCUMENT_ONLY) expect(res.headers.get(name), `${label} ${name}`).not.toBeNull();
}

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** Sends raw bytes to a real listening server and returns the raw answer. */
async function rawExchange(t: TestApp, request: string) {
  const server = listen(t.app, { host: "127.0.0.1", port: 0 });
  servers.push(server);
  await new Promise((resolve) => server.once("listening", resolve));
  const { port, address } = server.address() as AddressInfo;
  const socket = connect(port, "127.0.0.1");
  socket.on("error", () => {});
  socket.write(request);
  const chunks: Buffer[] = [];
  for await (const chunk of socket) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  const [head = "", body = ""] = text.split("\r\n\r\n");
  return { address, head, body };
}

describe("security headers on every answer", () => {
  it("are on 401, 403, 404 and 429 answers, not only on successful ones", async () => {
    const t = await createTestApp({
      env: { TRUSTED_PROXY_HEADER: "x-forwarded-for", RATE_LIMIT_RECEIPT_LOOKUPS: "1" },
    });
    const badToken = await t.call("GET", "/v1/incidents", { as: { token: "not.a.jwt" } });
    expect(badToken.status).toBe(401);
    expect(badToken.headers.get("www-authenticate")).toContain("Bearer");
    expectSecurityHeaders(badToken, "401 bad token");
    const badScheme = await t.call("GET", "/v1/incidents", { headers: { authorization: "Basic abc" } });
    expect(badScheme.status).toBe(401);
    expectSecurityHeaders(badScheme, "401 scheme");
    const wrongRole = await t.call("GET", "/v1/audit/verify", { as: "reporter" });
    expect(wrongRole.status).toBe(403);
    expectSecurityHeaders(wrongRole, "403");
    const noRoute = await t.call("GET", "/v1/nothing-here");
    expect(noRoute.status).toBe(404);
    expectSecurityHeaders(noRoute, "404");
    const lookup = () =>
      t.call("GET", "/v1/incidents/00000000-0000-7000-8000-000000000000/receipt", {
        headers: { "x-forwarded-for": "192.0.2.1", "x-receipt-token": "rcpt_wrong-token" },
      });
    expect((await lookup()).status).toBe(404);
    const limited = await lookup();
    expect(limited.status).toBe(429);
    expectSecurityHeaders(limited, "429");
  });
});

describe("Cache-Control: no-store where secrets or personal data travel", () => {
  it("is set on the filing (receipt token), its replay, receipt lookups and decrypted contact data", async () => {
    const t = await createTestApp();
    const body = incidentBody({
      product_name: "Some chatbot",
      reporter: { role: "patient", anonymous: false, contact: { email: "me@example.org" } },
    });
    const headers = { "idempotency-key": "no-store-test-key-0001" };
    const filed = await t.call("POST", "/v1/incidents", { body, headers });
    expect(filed.status).toBe(201);
    expect(filed.json.receipt_token).toMatch(/^rcpt_/);
    expect(filed.headers.get("cache-control")).toBe("no-store");
    const replay = await t.call("POST", "/v1/incidents", { body, headers });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.headers.get("cache-control")).toBe("no-store");

    const receipt = await t.call("GET", `/v1/incidents/${filed.json.id}/receipt`, {
      headers: { "x-receipt-token": filed.json.receipt_token },
    });
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get("cache-control")).toBe("no-store");

    const view = await t.call("GET", `/v1/incidents/${filed.json.id}`, { as: "regulator" });
    expect(view.json.reports[0].contact).toEqual({ email: "me@example.org" });
    expect(view.headers.get("cache-control")).toBe("no-store");

    // Public, anonymous reads carry nothing private and stay cacheable.
    const publicRead = await t.call("GET", "/v1/catalog/risks");
    expect(publicRead.status).toBe(200);
    expect(publicRead.headers.get("cache-control")).toBeNull();
  });

  it("is set on the web confirmation page that shows the receipt token, and on the receipt page", async () => {
    const t = await createTestApp();
    const filed = await postForm(t.app, "/report", reportFormFields(), await openForm(t.app, "/report"));
    expect(filed.status).toBe(201);
    expect(await filed.text()).toContain("Receipt token");
    expect(filed.headers.get("cache-control")).toBe("no-store");
    expectSecurityHeaders(filed, "web confirmation", "page");
    const { id, receipt_token } = await fileIncident(t, { product_name: "Some chatbot" });
    const page = await postForm(
      t.app,
      "/receipt",
      [
        ["id", id],
        ["token", receipt_token],
      ],
      await openForm(t.app, "/receipt"),
    );
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the Node server", () => {
  it("binds to HOST, loopback by default in every environment", async () => {
    expect(parseConfig({}).host).toBe("127.0.0.1");
    expect(parseConfig({ NODE_ENV: "development" }).host).toBe("127.0.0.1");
    expect(parseConfig({ NODE_ENV: "test" }).host).toBe("127.0.0.1");
    expect(parseConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
    const t = await createTestApp();
    const { address, head } = await rawExchange(
      t,
      "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    expect(address).toBe(t.config.host);
    expect(head).toMatch(/^HTTP\/1\.1 200/);
  });

  it("writes every standard header exactly once on the wire, on prepared reads, 304s, problems and pages alike", async () => {
    const t = await createTestApp();
    const dev = await createActor(t, { roles: ["developer"] });
    const fm = await product(t, { role: "developer", actorId: dev.id });
    const first = await t.call("GET", `/v1/products/${fm.id}`);
    const etag = first.headers.get("etag") as string;
    const exchanges: [string, string, RegExp][] = [
      ["/health", "", /^HTTP\/1\.1 200/],
      ["/v1/catalog/risks", "", /^HTTP\/1\.1 200/],
      [`/v1/products/${fm.id}`, "", /^HTTP\/1\.1 200/],
      [`/v1/products/${fm.id}`, `If-None-Match: ${etag}\r\n`, /^HTTP\/1\.1 304/],
      ["/v1/nothing-here", "", /^HTTP\/1\.1 404/],
      ["/", "", /^HTTP\/1\.1 200/],
    ];
    for (const [path, extra, status] of exchanges) {
      const { head } = await rawExchange(
        t,
        `GET ${path} HTTP/1.1\r\nHost: x\r\nX-Request-Id: trace-0123456789\r\n${extra}Connection: close\r\n\r\n`,
      );
      expect(head, path).toMatch(status);
      const names = head
        .split("\r\n")
        .slice(1)
        .map((line) => line.slice(0, line.indexOf(":")).toLowerCase());
      const html = path === "/";
      const expected = html
        ? [
            "x-content-type-options",
            "x-frame-options",
            "strict-transport-security",
            "referrer-policy",
            ...DOCUMENT_ONLY,
          ]
        : [...Object.keys(API_HEADERS), "strict-transport-security"];
      for (const name of [...expected, "x-request-id"]) {
        expect(
          names.filter((n) => n === name),
          `${path} ${extra} ${name}`,
        ).toHaveLength(1);
      }
      if (!html) for (const name of DOCUMENT_ONLY) expect(names, `${path} ${name}`).not.toContain(name);
      expect(head, path).toMatch(/\r\nx-request-id: trace-0123456789(\r\n|$)/i);
    }
  });

  it("answers oversized headers with a problem+json 431, and malformed HTTP with a problem+json 400", async () => {
    const t = await createTestApp();
    const big = await rawExchange(
      t,
      `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    expect(big.head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large/);
    expect(big.head).toMatch(/content-type: application\/problem\+json/i);
    expect(big.head).toMatch(/x-content-type-options: nosniff/i);
    expect(JSON.parse(big.body)).toMatchObject({
      status: 431,
      type: "urn:lmm-registry:problem:headers-too-large",
    });
    const malformed = await rawExchange(t, "NOT HTTP AT ALL\r\n\r\n");
    expect(malformed.head).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(malformed.body)).toMatchObject({
      status: 400,
      type: "urn:lmm-registry:problem:malformed-request",
    });
  });
});
