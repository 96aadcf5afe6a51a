import type { EntryLevel, LogSink } from "./logger";

interface Stream {
  write(text: string): unknown;
}

/** How long an info line may wait for company, and how many lines make a write on their own. */
export const FLUSH_AFTER_MS = 100;
export const FLUSH_AT_LINES = 512;

/**
 * The Node sink: lines are gathered and written together, one write per stream at most every
 * FLUSH_AFTER_MS (or once FLUSH_AT_LINES are pending), instead of a console call and a syscall per
 * line. On a cheap read the per-request line written at once cost more than the route, and written
 * once per turn of the event loop still cost ~14 µs of a ~60 µs request (a turn holds only a few
 * requests); every 100 ms it costs nothing measurable. Errors are written at once, with whatever is
 * pending, so the line explaining a crash is never the one left in the buffer; `flush` runs at exit.
 * What a SIGKILL can lose is at most 100 ms of request lines, never an error line.
 */
export function createStdioSink(out: Stream = process.stdout, err: Stream = process.stderr) {
  const pending: Record<"out" | "err", string[]> = { out: [], err: [] };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending.out.length > 0) out.write(`${pending.out.splice(0).join("\n")}\n`);
    if (pending.err.length > 0) err.write(`${pending.err.splice(0).join("\n")}\n`);
  };
  const sink: LogSink = (level: EntryLevel, line: string) => {
    // Like the console: debug and info to stdout, warnings and errors to stderr.
    (level === "warn" || level === "error" ? pending.err : pending.out).push(line);
    if (level === "error" || pending.out.length + pending.err.length >= FLUSH_AT_LINES) return flush();
    // Unref'd: a pending flush never keeps the process alive (the exit hook writes what is left).
    timer ??= setTimeout(flush, FLUSH_AFTER_MS).unref();
  };
  return { sink, flush };
}
