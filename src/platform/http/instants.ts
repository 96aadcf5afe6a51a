import { invalidField } from "../errors";

/**
 * Timestamps are parsed field by field instead of trusting Date.parse, which rolls `T24:00:00` over to
 * the next day, accepts offsets no zone has (`-23:59`) and so turned `9999-12-31T23:59:59-23:59` into
 * year 10000, stored as `+010000-…`, which sorts before every real date and slipped past string
 * "is it in the future" checks. Everything accepted becomes a UTC `…Z` string of one fixed shape.
 */
export const MIN_YEAR = 1900;
/** Static ceiling (four-digit years keep normalised strings ordered); routes add now + 1 year. */
export const MAX_STATIC_YEAR = 9999;
/** Real UTC offsets run from −12:00 to +14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):?(\d{2})))?$/;

export type ParsedInstant = { ok: true; iso: string } | { ok: false; message: string };

/** Parses an ISO 8601 date or zoned date-time to its UTC instant, rejecting anything JS would roll over. */
export function parseInstant(text: string): ParsedInstant {
  const m = ISO.exec(text);
  if (!m) {
    return { ok: false, message: "must be an ISO 8601 date or a date-time with a time zone (Z or ±hh:mm)" };
  }
  const [y, mo, d, h = 0, mi = 0, s = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) =>
    v === undefined ? undefined : Number(v),
  ) as [number, number, number, number?, number?, number?];
  const calendar = new Date(0);
  calendar.setUTCFullYear(y, mo - 1, d);
  if (calendar.getUTCFullYear() !== y || calendar.getUTCMonth() !== mo - 1 || calendar.getUTCDate() !== d) {
    return { ok: false, message: "is not a real date" };
  }
  if (h > 23 || mi > 59)
    return { ok: false, message: "is not a real time of day (hours 00–23, minutes 00–59)" };
  if (s > 59) return { ok: false, message: "seconds must be 00–59 (leap seconds cannot be represented)" };
  const offsetMinutes = m[8] ? Number(m[9]) * 60 + Number(m[10]) : 0;
  if (m[8] && (Number(m[10]) > 59 || offsetMinutes > MAX_OFFSET_MINUTES)) {
    return { ok: false, message: "has a UTC offset outside −14:00…+14:00" };
  }
  const millis = Number((m[7] ?? "").padEnd(3, "0").slice(0, 3));
  const local = calendar.setUTCHours(h, mi, s, millis);
  const instant = new Date(local - (m[8] === "-" ? -1 : 1) * offsetMinutes * 60_000);
  const year = instant.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_STATIC_YEAR) {
    return { ok: false, message: `must fall in the years ${MIN_YEAR}–${MAX_STATIC_YEAR} (UTC)` };
  }
  return { ok: true, iso: instant.toISOString() };
}

type Fields = Record<string, string | null | undefined>;

/**
 * Checks normalised instants against the injected clock: no year after next year on any field, and
 * with `notFuture` nothing after now. Instants are compared as numbers, never as strings.
 */
export function checkInstants(
  now: Date,
  where: "body" | "query",
  fields: Fields,
  rule: { notFuture?: boolean } = {},
) {
  const maxYear = now.getUTCFullYear() + 1;
  for (const [path, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    const at = new Date(value);
    if (at.getUTCFullYear() > maxYear) {
      throw invalidField(where, path, `must fall in the years ${MIN_YEAR}–${maxYear} (UTC)`, "input");
    }
    if (rule.notFuture && at.getTime() > now.getTime()) {
      throw invalidField(where, path, "must not be in the future");
    }
  }
}

/** `a` strictly after `b`, both ISO instants. */
export const isAfter = (a: string, b: string | Date) => Date.parse(a) > new Date(b).getTime();
