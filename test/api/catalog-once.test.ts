import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { parseConfig } from "../../src/config";
import { makeDeps } from "../../src/deps";
import { seedCatalog } from "../../src/modules/catalog";
import { openNodeDb } from "../../src/platform/db/node-client";
import { createLogger } from "../../src/platform/log/logger";
import { createTestApp } from "../helpers/harness";

describe("catalog answers rendered once per app", () => {
  it("serves the same document on every read, with the standard headers", async () => {
    const t = await createTestApp();
    const first = await t.call("GET", "/v1/catalog/risks");
    const again = await t.call("GET", "/v1/catalog/risks");
    expect(first.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(first.json.data.map((r: { code: string }) => r.code)).toContain("R_BIAS");
    expect(again.headers.get("content-type")).toBe("application/json");
    expect(again.headers.get("x-content-type-options")).toBe("nosniff");
    expect(again.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    // Each filter combination is its own answer.
    const dev = await t.call("GET", "/v1/catalog/obligations?actor=developer");
    const deployer = await t.call("GET", "/v1/catalog/obligations?actor=DEPLOYER");
    expect(dev.json.data.length).toBeGreaterThan(0);
    expect(deployer.text).not.toBe(dev.text);
    expect((await t.call("GET", "/v1/catalog/obligations?actor=DEVELOPER")).text).toBe(dev.text);
    t.close();
  });

  it("does not keep an empty answer: a catalog imported after the first read is served", async () => {
    const { db, close } = await openNodeDb(":memory:");
    const config = parseConfig({ NODE_ENV: "test", DATABASE_URL: ":memory:" });
    const app = createApp(makeDeps(db, config, { log: createLogger("silent") }));
    const before = await app.request("/v1/catalog/use-areas");
    expect(((await before.json()) as { data: unknown[] }).data).toEqual([]);
    expect(await seedCatalog(db)).toBe(true);
    const after = (await (await app.request("/v1/catalog/use-areas")).json()) as { data: unknown[] };
    expect(after.data.length).toBeGreaterThan(0);
    // An unmatched filter is an empty answer too, and is not kept either.
    const none = await app.request("/v1/catalog/obligations?risk=R_NO_SUCH_RISK");
    expect(((await none.json()) as { data: unknown[] }).data).toEqual([]);
    close();
  });
});
