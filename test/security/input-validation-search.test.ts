import { beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../helpers/harness";
import { expectProblemNaming, inputWorld } from "./input-world";

/**
 * Free-text `q` (issue 9 item 2): NUL and control characters broke the FTS5 MATCH string ("unterminated
 * string", a 500). Every q is now either searched literally or refused as a 400 naming `q`.
 * The world holds two incidents, "Wrong dose advice number 0/1", and products "Test model", "Second model".
 */
const INCIDENT_SEARCHES = ["/v1/incidents", "/v1/incidents/stats", "/v1/incidents/export?format=ndjson"];
const join = (path: string, query: string) => `${path}${path.includes("?") ? "&" : "?"}${query}`;

describe("search strings never reach FTS5 or LIKE as syntax", () => {
  let t: TestApp;
  beforeAll(async () => {
    ({ t } = await inputWorld());
  });
  const incidents = async (q: string) => {
    const res = await t.call("GET", `/v1/incidents?q=${q}`, { as: "regulator" });
    expect(res.status, `q=${q}: ${res.text}`).toBe(200);
    return res.json.data.length as number;
  };

  it("a q with no term once control characters are removed is a 400 naming q, on every incident search", async () => {
    for (const path of INCIDENT_SEARCHES) {
      for (const q of ["%00%00%00", "%00", "%01%02%1F%7F", "%09%0A%0D", "%C2%80%C2%9F", "%20%20"]) {
        expectProblemNaming(await t.call("GET", join(path, `q=${q}`), { as: "regulator" }), "q");
      }
    }
    expect(t.errors).toEqual([]);
  });

  it("control characters separate terms instead of breaking the query", async () => {
    expect(await incidents("%00wrong%00dose%00")).toBe(2);
    expect(await incidents("wrong%0Adose%09number%00%001")).toBe(1);
    const stats = await t.call("GET", "/v1/incidents/stats?q=dose%00%00%00", { as: "regulator" });
    expect(stats.status, stats.text).toBe(200);
  });

  it("quotes and FTS5 operators are searched for literally, never parsed", async () => {
    expect(await incidents("wrong%20dose")).toBe(2);
    for (const q of [
      "%22",
      "%22%22%22",
      "%22wrong",
      "wrong%22",
      "%22wrong%20dose%22",
      "dose%20NOT%20wrong",
      "NEAR(wrong%20dose)",
      "wro*",
      "%5Ewrong",
      "description%3Awrong",
      "%7Bdescription%7D%3Adose",
      "(((",
      "wrong%20AND",
      "%25",
      "_",
      "%5C",
    ]) {
      expect(await incidents(q), `q=${q}`).toBe(0);
    }
    // Parsed as FTS5, "dose OR advice" would match both; as terms it also needs "or", which neither has.
    expect(await incidents("dose%20OR%20advice")).toBe(0);
    expect(await incidents("dose%20advice")).toBe(2);
    expect(t.errors).toEqual([]);
  });

  it("bounds length and term count: 400 naming q", async () => {
    expectProblemNaming(await t.call("GET", `/v1/incidents?q=${"a".repeat(501)}`, { as: "regulator" }), "q");
    const terms = (n: number) => Array.from({ length: n }, (_, i) => `dose${i}`).join("%20");
    expect(await incidents(terms(16))).toBe(0);
    expectProblemNaming(await t.call("GET", `/v1/incidents?q=${terms(17)}`, { as: "regulator" }), "q");
    expectProblemNaming(await t.call("GET", `/v1/incidents/stats?q=${terms(17)}`, { as: "regulator" }), "q");
  });

  it("the product and actor searches clean and bound q the same way", async () => {
    for (const path of ["/v1/products", "/v1/actors"]) {
      expectProblemNaming(await t.call("GET", `${path}?q=%00%00%00`), "q");
      expectProblemNaming(await t.call("GET", `${path}?q=${"a".repeat(201)}`), "q");
      for (const q of ["%22", "%25", "_", "%5C", "%27%20or%201%3D1%20--", "NEAR(x)"]) {
        const res = await t.call("GET", `${path}?q=${q}`);
        expect(res.status, `${path} q=${q}`).toBe(200);
        expect(res.json.data).toEqual([]);
      }
    }
    const products = await t.call("GET", "/v1/products?q=second%00model");
    expect(products.json.data.map((p: { name: string }) => p.name)).toEqual(["Second model"]);
    expectProblemNaming(await t.call("GET", `/v1/products?q=${"w%20".repeat(9)}`), "q");
    expect((await t.call("GET", "/v1/actors?q=%00Org%00")).json.data.length).toBe(2);
    expect(t.errors).toEqual([]);
  });

  it("the registry web page answers a bad q with a page, not a 500", async () => {
    const res = await t.app.request("/?q=%00%00%00");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("<html");
    expect((await t.app.request("/?q=second%00model")).status).toBe(200);
  });
});
