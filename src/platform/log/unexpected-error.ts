import type { LogFields, Logger } from "./logger";

// Long enough for a whole failed SQL statement (placeholders only), the most useful part of a query error.
const MAX_MESSAGE = 4000;
const MAX_FRAMES = 12;
const MAX_CAUSES = 3;

/**
 * What of an unexpected error may reach the log: its name, message and stack frames, and those of
 * its causes. Never values: drizzle's DrizzleQueryError puts the bound parameters (descriptions,
 * contact ciphertexts, token hashes) into its message, so that part is cut; a thrown non-Error is
 * described by its type only; the stack's first lines repeat the message, so only frames are kept.
 */
export function describeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { thrown: typeof error };
  const message = "params" in error ? (error.message.split("\nparams:")[0] ?? "") : error.message;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim());
  const cause = (error as { cause?: unknown }).cause;
  return {
    name: error.name,
    message: message.slice(0, MAX_MESSAGE),
    stack: frames,
    ...(cause !== undefined && depth < MAX_CAUSES ? { cause: describeError(cause, depth + 1) } : {}),
  };
}

/** The default `deps.logError`: one `error` line with the caller's context (request id, route). */
export const errorLogger =
  (log: Logger) =>
  (error: unknown, context: LogFields): void =>
    log.error("unexpected error", { ...context, error: describeError(error) });
