/**
 * Dense "extended" count table: an N-dimensional array (N = 1..3) in which every axis has one extra
 * index, the last one, holding the total over that axis. A 2-D table with R rows and C columns becomes
 * an (R+1)×(C+1) grid whose last column holds row totals, last row holds column totals and whose corner
 * is the grand total.
 *
 * Why this shape: every published linear relation of a marginal table ("these members add up to that
 * total") is then simply a *line* of the extended array along one axis, and totals are ordinary members
 * of those lines. Suppression rules can be stated once, for all lines, instead of special-casing
 * row totals, column totals, grand totals and per-time-bucket totals separately.
 */

export class CountTableInputError extends Error {
  readonly code = "invalid_count_table";
  constructor(message: string) {
    super(message);
    this.name = "CountTableInputError";
  }
}

export interface ExtendedTable {
  /** Labels of the real (non-total) positions of each axis. */
  readonly axes: readonly (readonly string[])[];
  /** Extended size of each axis: label count + 1 (the total position). */
  readonly sizes: readonly number[];
  readonly strides: readonly number[];
  /** Flat row-major values, totals included. */
  readonly values: number[];
}

export function createExtendedTable(axes: readonly (readonly string[])[]): ExtendedTable {
  if (axes.length < 1 || axes.length > 3) {
    throw new CountTableInputError("a count table has 1 to 3 axes (rows, columns, time buckets)");
  }
  for (const labels of axes) {
    if (new Set(labels).size !== labels.length) {
      throw new CountTableInputError("labels along one dimension must be unique");
    }
  }
  const sizes = axes.map((labels) => labels.length + 1);
  const strides: number[] = new Array(sizes.length).fill(1);
  for (let a = sizes.length - 2; a >= 0; a--) {
    strides[a] = (strides[a + 1] ?? 1) * (sizes[a + 1] ?? 1);
  }
  const length = sizes.reduce((p, s) => p * s, 1);
  return { axes, sizes, strides, values: new Array(length).fill(0) };
}

export function coordinatesOf(table: ExtendedTable, flat: number): number[] {
  return table.sizes.map((size, a) => Math.floor(flat / (table.strides[a] ?? 1)) % size);
}

export function flatIndexOf(table: ExtendedTable, coords: readonly number[]): number {
  return coords.reduce((acc, c, a) => acc + c * (table.strides[a] ?? 1), 0);
}

/** True when the position is a total along at least one axis. */
export function isMarginal(table: ExtendedTable, flat: number): boolean {
  return coordinatesOf(table, flat).some((c, a) => c === (table.sizes[a] ?? 0) - 1);
}

/**
 * Adds `count` to an interior cell and to every marginal that contains it: with N axes that is the
 * 2^N positions obtained by replacing any subset of coordinates with the total index. Totals are thus
 * always exact sums of the interior, never trusted from the caller.
 */
export function addToCell(table: ExtendedTable, coords: readonly number[], count: number): void {
  const n = coords.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const projected = coords.map((c, a) => ((mask >> a) & 1 ? (table.sizes[a] ?? 0) - 1 : c));
    const flat = flatIndexOf(table, projected);
    table.values[flat] = (table.values[flat] ?? 0) + count;
  }
}

/**
 * Every line of the extended table: for each axis, for each position of the other axes (totals
 * included), the flat indices of all members along that axis. Members sum to the last one.
 */
export function linesOf(table: ExtendedTable): number[][] {
  const lines: number[][] = [];
  table.sizes.forEach((size, axis) => {
    const stride = table.strides[axis] ?? 1;
    for (let start = 0; start < table.values.length; start++) {
      if (coordinatesOf(table, start)[axis] !== 0) continue;
      const members: number[] = [];
      for (let j = 0; j < size; j++) members.push(start + j * stride);
      lines.push(members);
    }
  });
  return lines;
}
