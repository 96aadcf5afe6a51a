import { describe, expect, it } from "vitest";
import { JsonFields } from "../../src/platform/log/logger";
import { requestLineFields } from "../../src/platform/log/request-log";

/** What the request line's fields were before they were written by hand: the object, serialised. */
const reference = (
  request_id: string,
  method: string,
  route: string | null,
  status: number,
  duration_ms: number,
  role: string,
  internal: boolean,
) =>
  JSON.stringify({ request_id, method, route, status, duration_ms, role, ...(internal ? { internal } : {}) });

describe("the request line's fields", () => {
  it("are the JSON the object would serialise to, whatever the values hold", () => {
    const cases: Parameters<typeof requestLineFields>[] = [
      ["01a23438-d28f-7bd9-b314-21e60e972f9f", "GET", "/v1/catalog/use-areas", 200, 0.3, "anonymous", false],
      ["trace.id:42-x", "POST", "/v1/incidents", 201, 12, "reporter", true],
      ["abcdefgh", "DELETE", null, 404, 0, "regulator", false],
      ['he said "hi"\n\\', "M\u2028\u0000", '/a/"b"/\u{1F600}', 599, 1234567.8, "x\ty", true],
      ["id", "GET", "/\ud800", 500, Number.NaN, "anonymous", false],
      ["id", "GET", "/", 304, Number.POSITIVE_INFINITY, "anonymous", false],
      ["", "", "", -0, -1.5e-7, "", false],
      ['a"b', "G\\ET", '/"', 200, 1, 'x"', false],
      [" !#[]~/", "\u007f", "\u0080é", 200, 1e21, "<script>", true],
    ];
    for (const args of cases) {
      const fields = requestLineFields(...args);
      expect(fields).toBeInstanceOf(JsonFields);
      expect(fields.json).toBe(reference(...args));
    }
  });
});
