/**
 * The one place that reads SQLite's error text. libSQL, D1 and the Node driver report the same
 * conditions with different wrappers (sometimes only in `cause`), so callers ask for a kind instead
 * of matching messages themselves.
 */
export type SqliteErrorKind =
  /** Our audit insert lost the race for the chain head (or its checkpoint): retry on the new head. */
  | "audit_head_conflict"
  /** A `precondition` guard aborted the batch: what the request read has changed. */
  | "failed_precondition"
  /**
   * Another process (or isolate) held the write lock beyond the busy timeout, or its commit overtook
   * our snapshot. The batch rolled back as a whole, so it can be retried.
   */
  | "transient_lock"
  /** A unique or foreign key refused the write: it conflicts with data already stored. */
  | "constraint";

const errorText = (error: unknown) =>
  `${(error as Error)?.message ?? ""} ${(error as { cause?: Error })?.cause?.message ?? ""}`;

const KINDS: [SqliteErrorKind, RegExp][] = [
  ["audit_head_conflict", /audit_log\.seq|UNIQUE constraint failed: audit_(log|checkpoints)/i],
  ["failed_precondition", /batch_guards/i],
  ["transient_lock", /SQLITE_BUSY|database is locked|SQL statements in progress/i],
  ["constraint", /SQLITE_CONSTRAINT|UNIQUE constraint failed|FOREIGN KEY constraint failed/i],
];

/** What kind of SQLite failure `error` is, or undefined for anything else. Order matters: first match. */
export function classifySqliteError(error: unknown): SqliteErrorKind | undefined {
  const text = errorText(error);
  return KINDS.find(([, pattern]) => pattern.test(text))?.[0];
}
