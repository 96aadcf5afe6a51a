import type { EntryLevel, LogSink } from "./logger";

interface Stream {
  write(text: string): unknown;
}

/**
 * The Node sink: lines are gathered and written once per turn of the event loop, one write per
 * stream instead of a console call and a syscall per line (on a cheap read, the per-request line
 * through console.log cost more than the route). Errors are written at once, with whatever is
 * pending, so the line explaining a crash is never the one left in the buffer. `flush` runs at exit.
 */
export function createStdioSink(out: Stream = process.stdout, err: Stream = process.stderr) {
  const pending: Record<"out" | "err", string[]> = { out: [], err: [] };
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.out.length > 0) out.write(`${pending.out.splice(0).join("\n")}\n`);
    if (pending.err.length > 0) err.write(`${pending.err.splice(0).join("\n")}\n`);
  };
  const sink: LogSink = (level: EntryLevel, line: string) => {
    // Like the console: debug and info to stdout, warnings and errors to stderr.
    (level === "warn" || level === "error" ? pending.err : pending.out).push(line);
    if (level === "error") return flush();
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return { sink, flush };
}
