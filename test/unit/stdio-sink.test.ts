import { describe, expect, it } from "vitest";
import { createStdioSink } from "../../src/platform/log/stdio-sink";

const streams = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, sink: createStdioSink({ write: (t) => out.push(t) }, { write: (t) => err.push(t) }) };
};
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("the Node log sink", () => {
  it("writes the lines of one turn of the event loop in one write per stream, in order", async () => {
    const { out, err, sink } = streams();
    sink.sink("info", "a");
    sink.sink("debug", "b");
    sink.sink("warn", "w");
    sink.sink("info", "c");
    expect(out).toEqual([]);
    await nextTurn();
    expect(out).toEqual(["a\nb\nc\n"]);
    expect(err).toEqual(["w\n"]);
    sink.sink("info", "d");
    await nextTurn();
    expect(out).toEqual(["a\nb\nc\n", "d\n"]);
  });

  it("writes an error at once, with everything pending before it; flush empties the buffer", async () => {
    const { out, err, sink } = streams();
    sink.sink("info", "before");
    sink.sink("warn", "careful");
    sink.sink("error", "boom");
    expect(out).toEqual(["before\n"]);
    expect(err).toEqual(["careful\nboom\n"]);
    sink.sink("info", "last");
    sink.flush();
    expect(out).toEqual(["before\n", "last\n"]);
    await nextTurn();
    expect(out).toHaveLength(2);
  });
});
