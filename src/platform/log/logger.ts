import { type Clock, systemClock } from "../clock";

/**
 * A small JSON-lines logger. Not pino: pino needs its browser build and extra wiring to run in
 * Workers, and all the registry needs is one JSON object per line with a level threshold. Lines go
 * to an injected sink (the console by default, a capturing array in tests), so there is no global.
 */
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type EntryLevel = Exclude<LogLevel, "silent">;
export type LogFields = Readonly<Record<string, unknown>>;
export type LogSink = (level: EntryLevel, line: string) => void;
export type Logger = Record<EntryLevel, (msg: string, fields?: LogFields) => void>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/**
 * One string per console call on Node (stdout for debug/info, stderr for warn/error) and on Workers,
 * whose log store parses a JSON string into fields and takes the level from the console method.
 */
export const consoleSink: LogSink = (level, line) => {
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else if (level === "debug") console.debug(line);
  else console.log(line);
};

export function createLogger(
  threshold: LogLevel,
  sink: LogSink = consoleSink,
  clock: Clock = systemClock,
): Logger {
  const writer =
    (level: EntryLevel) =>
    (msg: string, fields: LogFields = {}): void => {
      if (RANK[level] < RANK[threshold]) return;
      const time = clock.now().toISOString();
      let line: string;
      try {
        // Fixed keys first for readability, and assigned again last so no field can overwrite them.
        // (A literal and plain assignments: Object.assign over repeated keys was 4× slower, per line.)
        const entry: Record<string, unknown> = { time, level, msg, ...fields };
        entry.time = time;
        entry.level = level;
        entry.msg = msg;
        line = JSON.stringify(entry);
      } catch {
        // A BigInt or a cycle in the fields must not turn a log call into a failed request.
        line = JSON.stringify({ time, level, msg, log_error: "fields could not be serialised" });
      }
      sink(level, line);
    };
  return { debug: writer("debug"), info: writer("info"), warn: writer("warn"), error: writer("error") };
}
