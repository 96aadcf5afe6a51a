/**
 * Small-cell suppression of count tables shown to non-regulator callers.
 *
 * Policy (all figures, interior cells and totals alike, follow the same rules):
 * 1. Primary: a figure with 0 < count < k is suppressed. This includes totals: a total is published
 *    only when it is 0 or ≥ k, because a small total is as identifying as a small cell.
 * 2. Zeros are published. A zero says "no report in this group"; it cannot single out a person, and
 *    hiding zeros would blank most of a sparse table while also making every suppressed cell ambiguous
 *    between "none" and "a few". Consequence, documented for readers: a suppressed figure is never 0.
 * 3. Complementary: every published linear relation is a line of the extended table (members along one
 *    axis summing to the total at its end, see extended-table.ts). A line holding exactly one suppressed
 *    member would give it away by a single subtraction, so the smallest published non-zero member of
 *    that line is suppressed too (interior cells preferred over totals on ties, to keep margins
 *    readable). This repeats over all lines until no line has exactly one suppressed member.
 *    Such a member always exists: the suppressed one is non-zero, so another member of its line is too.
 *
 * Guarantee: no suppressed figure equals "published total − published members" of any single line.
 * Not guaranteed: secrecy against combinations of several lines (e.g. a suppressed cell bridging two
 * otherwise separate suppression patterns) or interval narrowing from non-negativity; tables for
 * adversarial audiences need an audit with a linear-programming tool on top of this heuristic.
 *
 * Output marks suppressed figures only as `{ suppressed: true }` with no primary/complementary flag:
 * telling a reader that a figure is complementary would reveal it is ≥ k and narrow the range of its
 * primary partner.
 */
import {
  addToCell,
  CountTableInputError,
  coordinatesOf,
  createExtendedTable,
  isMarginal,
  linesOf,
} from "./extended-table";

export { CountTableInputError } from "./extended-table";

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export interface CountCellInput {
  row: string;
  /** Required when the table has `columns`, forbidden otherwise. */
  column?: string;
  /** Required when the table has `timeBuckets`, forbidden otherwise. */
  bucket?: string;
  count: number;
}

export interface CountTableInput {
  rows: readonly string[];
  /** Second grouping dimension; omit for a one-dimensional table. */
  columns?: readonly string[];
  /** Time buckets (e.g. "2026-01"); each bucket gets its own margins plus an all-time layer. */
  timeBuckets?: readonly string[];
  /** Sparse list of interior counts; missing combinations count as 0. */
  cells: readonly CountCellInput[];
}

export interface SuppressionOptions {
  /** Minimum publishable non-zero count (default 5). k = 1 disables suppression. */
  k?: number;
}

export type PublishedCount = { suppressed: false; count: number } | { suppressed: true };

/** One published figure. A `null` coordinate means "total over that dimension". */
export interface PublishedFigure {
  row: string | null;
  column?: string | null;
  bucket?: string | null;
  value: PublishedCount;
}

export interface SuppressedTable {
  k: number;
  rows: string[];
  columns?: string[];
  timeBuckets?: string[];
  /** Interior cells and every margin, row-major, totals last along each axis. */
  figures: PublishedFigure[];
  /** How many figures were suppressed for being small, and how many to protect them (for audit logs). */
  primarySuppressed: number;
  complementarySuppressed: number;
}

export function suppressSmallCells(
  input: CountTableInput,
  options: SuppressionOptions = {},
): SuppressedTable {
  const k = options.k ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isSafeInteger(k) || k < 1) throw new CountTableInputError("k must be an integer ≥ 1");

  const axes: (readonly string[])[] = [input.rows];
  if (input.columns) axes.push(input.columns);
  if (input.timeBuckets) axes.push(input.timeBuckets);
  const table = createExtendedTable(axes);
  const indexes = axes.map((labels) => new Map(labels.map((label, i) => [label, i])));
  const seen = new Set<string>();

  for (const cell of input.cells) {
    if (!Number.isSafeInteger(cell.count) || cell.count < 0) {
      throw new CountTableInputError(`count must be a non-negative integer, got ${cell.count}`);
    }
    const labels = cellLabels(cell, input);
    const coords = labels.map((label, a) => {
      const i = indexes[a]?.get(label);
      if (i === undefined) throw new CountTableInputError(`unknown label "${label}"`);
      return i;
    });
    const key = JSON.stringify(labels);
    if (seen.has(key)) throw new CountTableInputError(`duplicate cell ${key}`);
    seen.add(key);
    addToCell(table, coords, cell.count);
  }

  const values = table.values;
  const suppressed = values.map((v) => v > 0 && v < k);
  const primarySuppressed = suppressed.filter(Boolean).length;
  const lines = linesOf(table);

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter((m) => suppressed[m]).length !== 1) continue;
      const partner = pickPartner(line, values, suppressed, (m) => isMarginal(table, m));
      suppressed[partner] = true;
      changed = true;
    }
  }

  const figures: PublishedFigure[] = values.map((count, flat) => {
    const coords = coordinatesOf(table, flat);
    const label = (a: number) => axes[a]?.[coords[a] ?? -1] ?? null;
    const figure: PublishedFigure = { row: label(0), value: { suppressed: false, count } };
    if (input.columns) figure.column = label(1);
    if (input.timeBuckets) figure.bucket = label(input.columns ? 2 : 1);
    if (suppressed[flat]) figure.value = { suppressed: true };
    return figure;
  });

  const result: SuppressedTable = {
    k,
    rows: [...input.rows],
    figures,
    primarySuppressed,
    complementarySuppressed: suppressed.filter(Boolean).length - primarySuppressed,
  };
  if (input.columns) result.columns = [...input.columns];
  if (input.timeBuckets) result.timeBuckets = [...input.timeBuckets];
  return result;
}

/** Finds a figure by its coordinates; pass `null` for a total over a dimension. */
export function figureAt(
  table: SuppressedTable,
  at: { row: string | null; column?: string | null; bucket?: string | null },
): PublishedCount | undefined {
  return table.figures.find(
    (f) =>
      f.row === at.row &&
      (table.columns === undefined || f.column === at.column) &&
      (table.timeBuckets === undefined || f.bucket === at.bucket),
  )?.value;
}

function cellLabels(cell: CountCellInput, input: CountTableInput): string[] {
  const labels = [cell.row];
  for (const [key, present] of [
    ["column", input.columns !== undefined],
    ["bucket", input.timeBuckets !== undefined],
  ] as const) {
    const value = cell[key];
    if (present !== (value !== undefined)) {
      throw new CountTableInputError(`cell ${key} must be given exactly when the table has that dimension`);
    }
    if (value !== undefined) labels.push(value);
  }
  return labels;
}

/** Smallest published non-zero member; interior before totals on ties; lowest index for determinism. */
function pickPartner(
  line: readonly number[],
  values: readonly number[],
  suppressed: readonly boolean[],
  marginal: (m: number) => boolean,
): number {
  let best: number | undefined;
  for (const m of line) {
    const v = values[m] ?? 0;
    if (suppressed[m] || v === 0) continue;
    if (best === undefined) {
      best = m;
      continue;
    }
    const bv = values[best] ?? 0;
    if (v < bv || (v === bv && !marginal(m) && marginal(best))) best = m;
  }
  if (best === undefined) {
    // Unreachable by the sum argument in the module comment; fail loudly rather than leak a figure.
    throw new Error("complementary suppression found no partner in a line");
  }
  return best;
}
