/**
 * Calendar arithmetic in an IANA zone through Intl only (no zone database in the bundle; workerd and
 * Node both ship ICU). A day boundary is the first instant whose local date is the next day, found by
 * bisection, so DST transitions (including ones at midnight) need no special case.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wallClock(ms: number, zone: string): Wall {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return {
    y: Number(parts.year),
    m: Number(parts.month),
    d: Number(parts.day),
    h: Number(parts.hour),
    mi: Number(parts.minute),
    s: Number(parts.second),
  };
}

const HOUR_MS = 3_600_000;

const dateKey = (w: Wall) => w.y * 10_000 + w.m * 100 + w.d;

/**
 * The UTC instant at which calendar day (y, m, d) starts in `zone`: the first millisecond whose local
 * date is that day. Usually local midnight; where a zone skips midnight (clocks forward at 00:00, as in
 * Santiago or Havana) the day starts at the transition. Found by bisection over ±30 h around the naive
 * UTC midnight, which contains every real offset (−12:00…+14:00) with margin.
 */
export function localMidnight(y: number, m: number, d: number, zone: string): number {
  const target = y * 10_000 + m * 100 + d;
  let lo = Date.UTC(y, m - 1, d) - 30 * HOUR_MS;
  let hi = Date.UTC(y, m - 1, d) + 30 * HOUR_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dateKey(wallClock(mid, zone)) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The local calendar date of instant `ms` in `zone`, as YYYY-MM-DD. */
export function localDate(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  return `${String(w.y).padStart(4, "0")}-${String(w.m).padStart(2, "0")}-${String(w.d).padStart(2, "0")}`;
}

/**
 * The last millisecond of the `days`-th local day after the day of `startMs` (Regulation 1182/71
 * Art. 3(1): the day of the event is not counted; Art. 3(2)(b): the period ends with the expiry of the
 * last hour of its last day).
 */
export function endOfLocalDay(startMs: number, days: number, zone: string): number {
  const w = wallClock(startMs, zone);
  const next = new Date(Date.UTC(w.y, w.m - 1, w.d + days + 1));
  return localMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), zone) - 1;
}

/** Whether a zone name is known to this runtime's ICU. */
export function isKnownZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}
