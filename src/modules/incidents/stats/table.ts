import { invalidInput } from "../../../platform/errors";
import { type PublishedFigure, suppressSmallCells } from "../domain/stats/suppression";
import { SEVERITIES } from "../incident-schemas";
import type { CountCell, Dimension, Interval } from "../queries/counts";
import { NONE } from "../queries/counts";
import { periodOf, periodRange } from "../routes/stats/periods";

export interface StatsCell {
  by: Record<string, string | null>;
  period?: string | null;
  count?: number;
  suppressed?: true;
}

export interface StatsTable {
  group_by: Dimension[];
  interval: Interval | null;
  suppression: { applied: boolean; k: number };
  labels: Record<string, string[]>;
  periods: string[] | null;
  cells: StatsCell[];
}

const ALL = "all";

function orderLabels(dimension: Dimension, labels: Iterable<string>): string[] {
  const rank = (l: string) =>
    l === NONE ? Number.MAX_SAFE_INTEGER : dimension === "severity" ? SEVERITIES.indexOf(l as never) : 0;
  return [...new Set(labels)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Turns exact counts into the published table: every interior cell (zeros included) and every margin,
 * then small-cell suppression with threshold k (k = 1 for regulators: exact figures, same shape).
 * `range` extends the series to the requested occurred_from/to even where no incident falls.
 */
export function buildStatsTable(
  counts: CountCell[],
  groupBy: Dimension[],
  interval: Interval | undefined,
  k: number,
  range: { from?: string | undefined; to?: string | undefined },
): StatsTable {
  const dims = groupBy.length ? groupBy : null;
  const labelsOf = (i: number) =>
    orderLabels(
      groupBy[i] as Dimension,
      counts.map((c) => c.keys[i] as string),
    );
  const rows = dims ? labelsOf(0) : [ALL];
  const columns = dims && dims.length > 1 ? labelsOf(1) : undefined;
  let periods: string[] | null = null;
  if (interval) {
    const seen = counts.map((c) => c.bucket as string).sort();
    const first = range.from ? periodOf(interval, range.from) : seen[0];
    const last = range.to
      ? periodOf(interval, new Date(Date.parse(range.to) - 1).toISOString())
      : seen.at(-1);
    periods = first && last ? periodRange(interval, first, last) : [];
    if (periods === null) {
      throw invalidInput("query", "interval", "gives too many periods; narrow occurred_from/to");
    }
  }
  const table = suppressSmallCells(
    {
      rows: rows.length ? rows : [ALL],
      ...(columns ? { columns: columns.length ? columns : [ALL] } : {}),
      ...(periods ? { timeBuckets: periods.length ? periods : [ALL] } : {}),
      cells: counts.map((c) => ({
        row: dims ? (c.keys[0] as string) : ALL,
        ...(columns ? { column: c.keys[1] as string } : {}),
        ...(periods ? { bucket: c.bucket as string } : {}),
        count: c.count,
      })),
    },
    { k },
  );
  // Placeholders stand in for an empty axis (the suppression table needs ≥ 1 label); never publish them.
  const placeholder = (f: PublishedFigure) =>
    (dims !== null && rows.length === 0 && f.row === ALL) ||
    (columns?.length === 0 && f.column === ALL) ||
    (periods?.length === 0 && f.bucket === ALL);
  const cells = table.figures
    .filter((f) => (dims !== null || f.row !== null) && !placeholder(f))
    .map((f) => toCell(f, groupBy, periods !== null));
  const labels: Record<string, string[]> = {};
  if (dims) labels[groupBy[0] as string] = rows;
  if (columns) labels[groupBy[1] as string] = columns;
  return {
    group_by: groupBy,
    interval: interval ?? null,
    suppression: { applied: k > 1, k },
    labels,
    periods,
    cells,
  };
}

function toCell(f: PublishedFigure, groupBy: Dimension[], timed: boolean): StatsCell {
  const by: Record<string, string | null> = {};
  if (groupBy[0]) by[groupBy[0]] = f.row;
  if (groupBy[1]) by[groupBy[1]] = f.column ?? null;
  return {
    by,
    ...(timed ? { period: f.bucket ?? null } : {}),
    ...(f.value.suppressed ? { suppressed: true as const } : { count: f.value.count }),
  };
}
