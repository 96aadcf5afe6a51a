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
export type Logger = Record<EntryLevel, (msg: string, fields?: LogFields | JsonFields) => void>;

/**
 * Fields already written as the text of one JSON object, by a caller that knows every field's type
 * (the per-request line, platform/log/request-log.ts), with no reserved key: spliced in as they are.
 * Serialising that line's object was most of its cost, and the line is a tenth of a cheap read's CPU.
 */
export class JsonFields {
  constructor(readonly json: string) {}
}

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

/** The keys every line starts with; no field may overwrite them. */
const RESERVED = ["time", "level", "msg"] as const;

/**
 * The line for fields that use no reserved key: the fixed keys written as text, then the fields'
 * own JSON spliced in, which is what JSON.stringify({ time, level, msg, ...fields }) writes. Building
 * that merged object per line (a spread into a fresh literal) was the largest cost of the request
 * log line, itself a tenth of a cheap read's CPU. `time` (ISO 8601) and `level` need no escaping.
 */
function spliced(time: string, level: EntryLevel, msg: string, fieldsJson: string): string {
  const head = `{"time":"${time}","level":"${level}","msg":${JSON.stringify(msg)}`;
  return fieldsJson === "{}" ? `${head}}` : `${head},${fieldsJson.slice(1)}`;
}

/** Fixed keys first for readability, and assigned again last so no field can overwrite them. */
function withFixedKeys(time: string, level: EntryLevel, msg: string, fields: LogFields) {
  const entry: Record<string, unknown> = { time, level, msg, ...fields };
  entry.time = time;
  entry.level = level;
  entry.msg = msg;
  return entry;
}

export function createLogger(
  threshold: LogLevel,
  sink: LogSink = consoleSink,
  clock: Clock = systemClock,
): Logger {
  // Formatting the time was a fifth of a line's cost; lines within one millisecond share the text.
  let lastMs = Number.NaN;
  let lastTime = "";
  const timeNow = () => {
    const now = clock.now();
    if (now.getTime() !== lastMs) {
      lastMs = now.getTime();
      lastTime = now.toISOString();
    }
    return lastTime;
  };
  const writer =
    (level: EntryLevel) =>
    (msg: string, fields: LogFields | JsonFields = {}): void => {
      if (RANK[level] < RANK[threshold]) return;
      const time = timeNow();
      let line: string;
      if (fields instanceof JsonFields) line = spliced(time, level, msg, fields.json);
      else
        try {
          // A reserved key, or a toJSON answering something other than an object, takes the slow path.
          const json = RESERVED.some((key) => key in fields) ? undefined : JSON.stringify(fields);
          line = json?.startsWith("{")
            ? spliced(time, level, msg, json)
            : JSON.stringify(withFixedKeys(time, level, msg, fields));
        } catch {
          // A BigInt or a cycle in the fields must not turn a log call into a failed request.
          line = JSON.stringify({ time, level, msg, log_error: "fields could not be serialised" });
        }
      sink(level, line);
    };
  return { debug: writer("debug"), info: writer("info"), warn: writer("warn"), error: writer("error") };
}
