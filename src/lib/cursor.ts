import { ProblemError } from "./problem";

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

export function decodeCursor(cursor: string, length: number): (string | number | null)[] {
  try {
    const b64 = cursor.replaceAll("-", "+").replaceAll("_", "/");
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const key = JSON.parse(new TextDecoder().decode(bytes));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((k) => ["string", "number"].includes(typeof k) || k === null)
    ) {
      return key;
    }
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError(400, "validation-error", "The request contains invalid fields", {
    errors: [{ in: "query", path: "cursor", message: "is not a cursor this API issued" }],
  });
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
