import { z } from "zod";
import { type AppError, invalidInput } from "../errors";

/**
 * Opaque keyset cursors: base64url JSON of the last row's sort key. Keyset (not OFFSET) paging
 * stays fast at any depth and never skips or repeats rows when others are inserted meanwhile.
 */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  const json = JSON.stringify(key);
  return btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replaceAll("=", "");
}

/**
 * The parts a cursor key is made of. Each list decodes its cursor against the exact tuple it issues,
 * so a crafted cursor (wrong arity or types, ±Infinity from `1e400`, a float where a sequence number
 * belongs, an oversized string) is a 400 instead of reaching the database driver.
 */
export const CursorPart = {
  /** A stored timestamp: toISOString() output (a ±YYYYYY year only for rows stored before validation). */
  instant: z
    .string()
    .max(40)
    .regex(/^([+-]\d{2})?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/),
  /** A row id (the API's Id schema allows at most 64 characters). */
  id: z.string().min(1).max(64),
  /** An actor name (the actor schema allows at most 300 characters). */
  name: z.string().min(1).max(300),
  /** An audit sequence number: a non-negative integer JavaScript holds exactly. */
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
};

/** The key shapes the registry lists issue: [time, id], [name, id] and [seq]. */
export const CursorKey = {
  timeId: z.tuple([CursorPart.instant, CursorPart.id]),
  nameId: z.tuple([CursorPart.name, CursorPart.id]),
  seq: z.tuple([CursorPart.seq]),
};

export type KeyShape = z.ZodTuple<[z.ZodType, ...z.ZodType[]], null>;

function invalidCursor(message = "is not a cursor this API issued"): AppError {
  return invalidInput("query", "cursor", message);
}

/** Decodes a cursor and checks it against the key shape of the list it is presented to. */
export function decodeCursor<S extends KeyShape>(cursor: string, shape: S): z.output<S> {
  let key: unknown;
  try {
    const b64 = cursor.replaceAll("-", "+").replaceAll("_", "/");
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    key = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw invalidCursor();
  }
  // JSON.parse turns 1e400 into Infinity; zod's number() refuses non-finite values.
  const parsed = shape.safeParse(key);
  if (!parsed.success) throw invalidCursor();
  return parsed.data;
}

/**
 * Given up to `limit + 1` rows fetched in keyset order, returns the page and the cursor of its last
 * row when (and only when) a further row exists.
 */
export function toPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => readonly (string | number | null)[],
): { page: T[]; next_cursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, next_cursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
