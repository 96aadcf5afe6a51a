import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStdioSink, FLUSH_AFTER_MS, FLUSH_AT_LINES } from "../../src/platform/log/stdio-sink";

const streams = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, sink: createStdioSink({ write: (t) => out.push(t) }, { write: (t) => err.push(t) }) };
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the Node log sink", () => {
  it("writes the lines gathered over FLUSH_AFTER_MS in one write per stream, in order", () => {
    const { out, err, sink } = streams();
    sink.sink("info", "a");
    sink.sink("debug", "b");
    sink.sink("warn", "w");
    vi.advanceTimersByTime(FLUSH_AFTER_MS - 1);
    sink.sink("info", "c");
    expect(out).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(out).toEqual(["a\nb\nc\n"]);
    expect(err).toEqual(["w\n"]);
    sink.sink("info", "d");
    vi.advanceTimersByTime(FLUSH_AFTER_MS);
    expect(out).toEqual(["a\nb\nc\n", "d\n"]);
    vi.advanceTimersByTime(10 * FLUSH_AFTER_MS);
    expect(out).toHaveLength(2);
  });

  it("writes once FLUSH_AT_LINES are pending, without waiting for the timer", () => {
    const { out, sink } = streams();
    for (let i = 0; i < FLUSH_AT_LINES - 1; i++) sink.sink("info", String(i));
    expect(out).toEqual([]);
    sink.sink("info", "last");
    expect(out).toHaveLength(1);
    expect(out[0]?.split("\n")).toHaveLength(FLUSH_AT_LINES + 1);
    vi.advanceTimersByTime(FLUSH_AFTER_MS);
    expect(out).toHaveLength(1);
  });

  it("writes an error at once, with everything pending before it; flush empties the buffer", () => {
    const { out, err, sink } = streams();
    sink.sink("info", "before");
    sink.sink("warn", "careful");
    sink.sink("error", "boom");
    expect(out).toEqual(["before\n"]);
    expect(err).toEqual(["careful\nboom\n"]);
    sink.sink("info", "last");
    sink.flush();
    expect(out).toEqual(["before\n", "last\n"]);
    vi.advanceTimersByTime(FLUSH_AFTER_MS);
    expect(out).toHaveLength(2);
  });
});
