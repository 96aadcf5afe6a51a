import { beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../helpers/harness";
import { b64url, CURSOR_LISTS, expectProblemNaming, inputWorld } from "./input-world";

/** Crafted cursors (issue 9 item 2): each is the base64url of the JSON text shown, or raw garbage. */
const CRAFTED: Record<string, string> = {
  "-Infinity time key (issue)": b64url("[-1e400,1]"),
  "Infinity seq (issue)": b64url("[1e400]"),
  "string seq (issue)": b64url('["abc"]'),
  "fractional seq": b64url("[1.5]"),
  "negative seq": b64url("[-3]"),
  "seq beyond 2^53": b64url("[9007199254740993]"),
  "numbers for string keys": b64url("[1,2]"),
  "null key": b64url('[null,"x"]'),
  "object key": b64url('[{"a":1},"x"]'),
  "boolean key": b64url('[true,"x"]'),
  "nested array": b64url('[["2026-01-01T00:00:00.000Z"],"x"]'),
  "empty array": b64url("[]"),
  "one part too few": b64url('["2026-01-01T00:00:00.000Z"]'),
  "one part too many": b64url('["-received_at","2026-01-01T00:00:00.000Z","x","y","z"]'),
  "not an array": b64url('{"seq":1}'),
  "JSON NaN": b64url("[NaN]"),
  "not JSON": b64url("hello"),
  "invalid UTF-8": Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]).toString("base64url"),
  "id longer than any id": b64url(`["2026-01-01T00:00:00.000Z","${"x".repeat(200)}"]`),
  "empty id": b64url('["2026-01-01T00:00:00.000Z",""]'),
  "key longer than any name": b64url(`["${"n".repeat(301)}","x"]`),
  "incident cursor of another sort": b64url('["occurred_at","2026-01-01T00:00:00.000Z","x"]'),
  "incident cursor with an unknown sort": b64url('["severity","2026-01-01T00:00:00.000Z","x"]'),
  "incident cursor with a numeric time": b64url('["-received_at",-1e400,"x"]'),
  "not base64": "!!!***",
  "truncated base64": "a",
  "percent-encoded NUL": "%00%00",
  "oversized (beyond 500 characters)": b64url(`["${"x".repeat(600)}","x"]`),
};

describe("malformed cursors are a 400 naming `cursor` on every list route (issue 9 item 2)", () => {
  let t: TestApp;
  beforeAll(async () => {
    ({ t } = await inputWorld());
  });

  for (const list of CURSOR_LISTS) {
    it(`${list.path}: every crafted cursor → 400 problem+json, a genuine cursor still pages`, async () => {
      const init = list.as ? { as: list.as } : {};
      const first = await t.call("GET", `${list.path}?limit=1`, init);
      expect(first.status, first.text).toBe(200);
      if (first.json.next_cursor) {
        const next = await t.call("GET", `${list.path}?limit=1&cursor=${first.json.next_cursor}`, init);
        expect(next.status, next.text).toBe(200);
        expect(next.json.data).toHaveLength(1);
        expect(next.json.data[0]).not.toEqual(first.json.data[0]);
      }
      for (const [name, cursor] of Object.entries(CRAFTED)) {
        const res = await t.call("GET", `${list.path}?cursor=${cursor}`, init);
        expect.soft(res.status, `${list.path} ${name}: ${res.text}`).toBe(400);
        if (res.status === 400) expectProblemNaming(res, "cursor");
      }
      expect(t.errors).toEqual([]);
    });
  }

  it("a list keyed by time refuses a key that is not a timestamp; the actor list (keyed by name) takes it", async () => {
    const cursor = b64url('["yesterday","x"]');
    for (const path of ["/v1/products", "/v1/deployments", "/v1/attestations", "/v1/findings"]) {
      expectProblemNaming(await t.call("GET", `${path}?cursor=${cursor}`), "cursor");
    }
    const actors = await t.call("GET", `/v1/actors?cursor=${cursor}`);
    expect(actors.status).toBe(200);
    expect(actors.json.data.every((a: { name: string }) => a.name > "yesterday")).toBe(true);
  });

  it("every list with rows issues a next_cursor in the tests above (the genuine-cursor check ran)", async () => {
    for (const list of CURSOR_LISTS.filter((l) => l.path !== "/v1/deadlines")) {
      const first = await t.call("GET", `${list.path}?limit=1`, list.as ? { as: list.as } : {});
      expect(first.json.next_cursor, list.path).toEqual(expect.any(String));
    }
  });
});
