import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidentBody as factoryBody } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

/**
 * Through Node's HTTP server and the Hono adapter, as `npm start` serves: a body's size is read from
 * its Content-Length when it declares one (platform/http/body-size.ts), and counted by reading it when
 * it is chunked. Both must come to the same thing: the same 413 above 256 KiB, the same bytes charged
 * to the anonymous daily budget, the same filing stored.
 */
const BUDGET = 1_000_000;
const incidentBody = (overrides: Record<string, unknown> = {}) =>
  factoryBody({ product_name: "Some chatbot", ...overrides });
let t: TestApp;
let server: ServerType;
let url: string;

beforeAll(async () => {
  t = await createTestApp({
    env: { RATE_LIMIT_ANON_WRITES: "100", RATE_LIMIT_ANON_BYTES_PER_DAY: String(BUDGET) },
  });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, (address: AddressInfo) => {
      url = `http://127.0.0.1:${address.port}`;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** POSTs `text` declaring its length, or as a chunked stream of two parts (no Content-Length). */
function post(text: string, chunked: boolean) {
  const bytes = new TextEncoder().encode(text);
  const body = chunked
    ? new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.subarray(0, 10));
          controller.enqueue(bytes.subarray(10));
          controller.close();
        },
      })
    : text;
  return fetch(`${url}/v1/incidents`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    ...(chunked ? { duplex: "half" } : {}),
  } as RequestInit);
}

const remaining = (res: Response) =>
  Number(/"anon-bytes";r=(\d+)/.exec(res.headers.get("ratelimit") ?? "")?.[1]);

describe("request body size, declared or chunked", () => {
  it("charges the same bytes for a declared and a chunked filing, and stores both", async () => {
    const text = JSON.stringify(incidentBody({ description: "é ".repeat(400) }));
    const size = new TextEncoder().encode(text).length;
    const declared = await post(text, false);
    expect(declared.status).toBe(201);
    expect(remaining(declared)).toBe(BUDGET - size);
    const chunked = await post(text, true);
    expect(chunked.status).toBe(201);
    expect(remaining(chunked)).toBe(BUDGET - 2 * size);
    const listed = await t.call("GET", "/v1/incidents?limit=10", { as: "regulator" });
    expect(listed.json.data).toHaveLength(2);
  });

  it("refuses a body over 256 KiB with 413 either way, charging nothing and storing nothing", async () => {
    const text = JSON.stringify(incidentBody({ description: "x".repeat(300 * 1024) }));
    for (const chunked of [false, true]) {
      const res = await post(text, chunked);
      expect(res.status).toBe(413);
      expect(((await res.json()) as { type: string }).type).toBe(
        "urn:lmm-registry:problem:payload-too-large",
      );
    }
    const after = await post(JSON.stringify(incidentBody()), false);
    expect(after.status).toBe(201);
    const listed = await t.call("GET", "/v1/incidents?limit=10", { as: "regulator" });
    expect(listed.json.data).toHaveLength(3);
  });
});
