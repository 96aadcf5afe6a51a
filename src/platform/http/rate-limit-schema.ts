import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Fixed-window counters for per-client rate limits and the daily stored-bytes cap. A table, not
 * memory: Workers isolates and several Node processes share one count, and it survives restarts.
 * `client_hash` is an HMAC of the client address (never the address); rows past `expires_at` are
 * purged whenever a client opens a new window.
 */
export const rateLimitWindows = sqliteTable(
  "rate_limit_windows",
  {
    bucket: text("bucket").notNull(),
    clientHash: text("client_hash").notNull(),
    /** Window start, seconds since the epoch (a multiple of the window length). */
    windowStart: integer("window_start").notNull(),
    expiresAt: integer("expires_at").notNull(),
    hits: integer("hits").notNull().default(0),
    bytes: integer("bytes").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.clientHash, t.windowStart] }),
    index("rate_limit_windows_expiry_idx").on(t.expiresAt),
  ],
);
