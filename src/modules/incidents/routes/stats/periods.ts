import type { Interval } from "../../queries/counts";

/** The period label SQL gives an instant (see BUCKET in counts.ts), computed the same way in JS. */
export function periodOf(interval: Interval, iso: string): string {
  if (interval === "year") return iso.slice(0, 4);
  if (interval === "month") return iso.slice(0, 7);
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (interval === "week") day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

function next(interval: Interval, label: string): string {
  if (interval === "year") return String(Number(label) + 1).padStart(4, "0");
  if (interval === "month") {
    const [y, m] = label.split("-").map(Number) as [number, number];
    return m === 12
      ? `${String(y + 1).padStart(4, "0")}-01`
      : `${label.slice(0, 4)}-${String(m + 1).padStart(2, "0")}`;
  }
  const d = new Date(`${label}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

/** Refuse series that would be mostly invented zeros (e.g. daily buckets over a century). */
export const MAX_PERIODS = 20_000;

/**
 * Every period from `first` to `last` inclusive, so a time series has no holes: a period without
 * incidents is a published zero, not a missing point. Returns null when there would be too many.
 */
export function periodRange(interval: Interval, first: string, last: string): string[] | null {
  const out: string[] = [];
  for (let p = first; p <= last; p = next(interval, p)) {
    out.push(p);
    if (out.length > MAX_PERIODS) return null;
  }
  return out;
}
