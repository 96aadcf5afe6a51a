import { TrieRouter } from "hono/router/trie-router";
import { describe, expect, it } from "vitest";
import { StaticMatchMemo } from "../../src/platform/http/static-match-memo";
import { createTestApp } from "../helpers/harness";

const ROUTES: [string, string][] = [
  ["ALL", "*"],
  ["GET", "/health"],
  ["GET", "/v1/incidents/stats"],
  ["GET", "/v1/incidents/:id"],
  ["GET", "/v1/incidents/:id/regulatory-reports/:regime"],
  ["POST", "/v1/incidents"],
  ["ALL", "/products/*"],
];
const PATHS = [
  "/health",
  "/v1/incidents/stats",
  "/v1/incidents/abc",
  "/v1/incidents/def",
  "/v1/incidents/abc/regulatory-reports/eu",
  "/v1/incidents",
  "/products/x/y",
  "/nothing",
];

describe("the router's memo of parameterless matches", () => {
  it("answers every method and path as the trie does, on first and repeated matches, params included", () => {
    const memo = new StaticMatchMemo<string>();
    const trie = new TrieRouter<string>();
    for (const [method, path] of ROUTES) {
      memo.add(method, path, `${method} ${path}`);
      trie.add(method, path, `${method} ${path}`);
    }
    for (let round = 0; round < 3; round++) {
      for (const method of ["GET", "POST", "PATCH"]) {
        for (const path of PATHS)
          expect(memo.match(method, path), `${method} ${path}`).toEqual(trie.match(method, path));
      }
    }
    // A parameter's value is never served from an earlier match.
    expect(memo.match("GET", "/v1/incidents/one")[0].at(-1)?.[1]).toEqual({ id: "one" });
    expect(memo.match("GET", "/v1/incidents/two")[0].at(-1)?.[1]).toEqual({ id: "two" });
  });

  it("routes the app's static and parameterised paths alike through HTTP, however often they are asked", async () => {
    const t = await createTestApp();
    for (let round = 0; round < 3; round++) {
      expect((await t.call("GET", "/v1/catalog/risks")).json.data.length).toBeGreaterThan(0);
      expect((await t.call("GET", "/v1/incidents/stats")).status).toBe(401);
      expect((await t.call("GET", "/v1/products/no-such-product")).status).toBe(404);
      expect((await t.call("GET", "/v1/no-such-route")).json.type).toContain("not-found");
    }
  });
});
