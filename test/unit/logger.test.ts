import { describe, expect, it } from "vitest";
import { fixedClock } from "../../src/platform/clock";
import { createLogger, JsonFields, type LogFields } from "../../src/platform/log/logger";

const NOW = "2026-06-01T12:00:00.000Z";

/** What a line must be: the fixed keys first, then the fields, and no field overwriting a fixed key. */
function reference(level: string, msg: string, fields: LogFields): string {
  const entry: Record<string, unknown> = { time: NOW, level, msg, ...fields };
  Object.assign(entry, { time: NOW, level, msg });
  return JSON.stringify(entry);
}

describe("the JSON-lines logger", () => {
  it("writes each line as the fixed keys then the fields, whatever the fields hold", () => {
    const lines: string[] = [];
    const log = createLogger("debug", (_level, line) => lines.push(line), fixedClock(NOW));
    const cases: [string, LogFields][] = [
      ["request", { request_id: "r1", status: 200, duration_ms: 1.5, route: null }],
      ["empty", {}],
      [
        'quote " and \\ and \n',
        { nested: { a: [1, "two", null] }, skipped: undefined, emoji: "🩺", rtl: "مرحبا" },
      ],
      ["reserved keys", { time: "1999", level: "nope", msg: "overwrite?", after: true }],
      ["only reserved", { msg: "x" }],
      ["date", { at: new Date(NOW) }],
    ];
    for (const [msg, fields] of cases) log.info(msg, fields);
    expect(lines).toEqual(cases.map(([msg, fields]) => reference("info", msg, fields)));
    for (const line of lines)
      expect(Object.keys(JSON.parse(line)).slice(0, 3)).toEqual(["time", "level", "msg"]);
  });

  it("splices fields given as JSON text after the fixed keys, as the same fields as an object would be", () => {
    const lines: string[] = [];
    const log = createLogger("info", (_level, line) => lines.push(line), fixedClock(NOW));
    const fields = { request_id: "r1", route: null, status: 200, text: 'a "quoted"\n line' };
    log.warn("request", new JsonFields(JSON.stringify(fields)));
    log.info("empty", new JsonFields("{}"));
    log.debug("below the threshold", new JsonFields("{}"));
    expect(lines).toEqual([reference("warn", "request", fields), reference("info", "empty", {})]);
  });

  it("stamps each line with the clock's time, to the millisecond, as the clock moves", () => {
    const lines: string[] = [];
    let now = Date.parse(NOW);
    const log = createLogger("info", (_level, line) => lines.push(line), { now: () => new Date(now) });
    for (const step of [0, 0, 1, 0, 999, 60_000]) {
      now += step;
      log.info("tick");
    }
    expect(lines.map((line) => JSON.parse(line).time)).toEqual([
      "2026-06-01T12:00:00.000Z",
      "2026-06-01T12:00:00.000Z",
      "2026-06-01T12:00:00.001Z",
      "2026-06-01T12:00:00.001Z",
      "2026-06-01T12:00:01.000Z",
      "2026-06-01T12:01:01.000Z",
    ]);
  });

  it("keeps a line whose fields cannot be serialised, and drops lines below the threshold", () => {
    const lines: string[] = [];
    const log = createLogger("warn", (_level, line) => lines.push(line), fixedClock(NOW));
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    log.info("below threshold", { a: 1 });
    log.warn("big", { n: 10n } as unknown as LogFields);
    log.error("cycle", cycle);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { time: NOW, level: "warn", msg: "big", log_error: "fields could not be serialised" },
      { time: NOW, level: "error", msg: "cycle", log_error: "fields could not be serialised" },
    ]);
  });
});
