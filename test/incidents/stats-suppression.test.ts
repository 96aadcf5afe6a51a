import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CountTableInput,
  CountTableInputError,
  figureAt,
  type PublishedFigure,
  type SuppressedTable,
  suppressSmallCells,
} from "../../src/modules/incidents";

type Dim = "row" | "column" | "bucket";

function dimsOf(t: SuppressedTable): Dim[] {
  const dims: Dim[] = ["row"];
  if (t.columns) dims.push("column");
  if (t.timeBuckets) dims.push("bucket");
  return dims;
}

/**
 * The attacker: looks only at published figures, groups them into every "members add up to total"
 * relation (one per axis and position of the other axes) and tries single subtraction.
 * Returns the figures it could recover.
 */
function recoverBySubtraction(t: SuppressedTable): PublishedFigure[] {
  const recovered: PublishedFigure[] = [];
  for (const axis of dimsOf(t)) {
    const groups = new Map<string, PublishedFigure[]>();
    for (const f of t.figures) {
      const key = JSON.stringify(dimsOf(t).map((d) => (d === axis ? "*" : f[d])));
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const line of groups.values()) {
      const hidden = line.filter((f) => f.value.suppressed);
      if (hidden.length === 1 && hidden[0]) recovered.push(hidden[0]);
    }
  }
  return recovered;
}

function trueValue(input: CountTableInput, f: PublishedFigure): number {
  return input.cells
    .filter(
      (c) =>
        (f.row === null || c.row === f.row) &&
        (f.column == null || c.column === f.column) &&
        (f.bucket == null || c.bucket === f.bucket),
    )
    .reduce((s, c) => s + c.count, 0);
}

const count = (v: ReturnType<typeof figureAt>) => (v && !v.suppressed ? v.count : "x");

describe("suppressSmallCells, one dimension", () => {
  const input: CountTableInput = {
    rows: ["A", "B", "C", "D", "E"],
    cells: [
      { row: "A", count: 10 },
      { row: "B", count: 3 },
      { row: "D", count: 8 },
      { row: "E", count: 20 },
    ],
  };

  it("suppresses the small cell and the next-smallest non-zero cell against the grand total", () => {
    const t = suppressSmallCells(input);
    expect(["A", "B", "C", "D", "E", null].map((row) => count(figureAt(t, { row })))).toEqual([
      10,
      "x",
      0,
      "x",
      20,
      41,
    ]);
    expect(t.primarySuppressed).toBe(1);
    expect(t.complementarySuppressed).toBe(1);
    expect(figureAt(t, { row: "B" })).toEqual({ suppressed: true });
  });

  it("honours a configurable k", () => {
    const t = suppressSmallCells(input, { k: 3 });
    expect(t.primarySuppressed + t.complementarySuppressed).toBe(0);
    const strict = suppressSmallCells(input, { k: 11 });
    expect(["A", "B", "D", "E", null].map((row) => count(figureAt(strict, { row })))).toEqual([
      "x",
      "x",
      "x",
      20,
      41,
    ]);
  });

  it("suppresses a small total and publishes zeros", () => {
    const t = suppressSmallCells({ rows: ["A", "B"], cells: [{ row: "A", count: 3 }] });
    expect(count(figureAt(t, { row: "B" }))).toBe(0);
    expect(figureAt(t, { row: "A" })).toEqual({ suppressed: true });
    expect(figureAt(t, { row: null })).toEqual({ suppressed: true });
  });
});

describe("suppressSmallCells, two dimensions", () => {
  it("makes every row and column hold zero or at least two suppressed figures", () => {
    const input: CountTableInput = {
      rows: ["r1", "r2", "r3"],
      columns: ["c1", "c2", "c3"],
      cells: [
        { row: "r1", column: "c1", count: 2 },
        { row: "r1", column: "c2", count: 40 },
        { row: "r1", column: "c3", count: 12 },
        { row: "r2", column: "c1", count: 9 },
        { row: "r2", column: "c2", count: 30 },
        { row: "r2", column: "c3", count: 7 },
        { row: "r3", column: "c1", count: 15 },
        { row: "r3", column: "c2", count: 0 },
        { row: "r3", column: "c3", count: 25 },
      ],
    };
    const t = suppressSmallCells(input);
    const grid = [...input.rows, null].map((row) =>
      [...(input.columns ?? []), null].map((column) => count(figureAt(t, { row, column }))),
    );
    // r1c1 (2) is primary; row r1 partner r1c3 (12), column c1 partner r2c1 (9); r2c3 (7) closes the square.
    expect(grid).toEqual([
      ["x", 40, "x", 54],
      ["x", 30, "x", 46],
      [15, 0, 25, 40],
      [26, 70, 44, 140],
    ]);
    expect(recoverBySubtraction(t)).toEqual([]);
  });

  it("handles time buckets with per-bucket and all-time margins", () => {
    const t = suppressSmallCells({
      rows: ["r1", "r2"],
      columns: ["c1", "c2"],
      timeBuckets: ["2026-01", "2026-02"],
      cells: [
        { row: "r1", column: "c1", bucket: "2026-01", count: 1 },
        { row: "r1", column: "c2", bucket: "2026-01", count: 10 },
        { row: "r2", column: "c1", bucket: "2026-01", count: 10 },
        { row: "r2", column: "c2", bucket: "2026-01", count: 10 },
        { row: "r1", column: "c1", bucket: "2026-02", count: 10 },
        { row: "r2", column: "c2", bucket: "2026-02", count: 6 },
      ],
    });
    expect(t.figures).toHaveLength(3 * 3 * 3);
    expect(figureAt(t, { row: "r1", column: "c1", bucket: "2026-01" })).toEqual({ suppressed: true });
    expect(count(figureAt(t, { row: null, column: null, bucket: null }))).toBe(47);
    expect(recoverBySubtraction(t)).toEqual([]);
  });
});

describe("suppressSmallCells input validation", () => {
  it.each([
    [{ rows: ["A"], cells: [{ row: "Z", count: 1 }] }, {}],
    [{ rows: ["A"], cells: [{ row: "A", count: -1 }] }, {}],
    [{ rows: ["A"], cells: [{ row: "A", count: 1.5 }] }, {}],
    [
      {
        rows: ["A"],
        cells: [
          { row: "A", count: 1 },
          { row: "A", count: 2 },
        ],
      },
      {},
    ],
    [{ rows: ["A", "A"], cells: [] }, {}],
    [{ rows: ["A"], columns: ["c"], cells: [{ row: "A", count: 1 }] }, {}],
    [{ rows: ["A"], cells: [{ row: "A", column: "c", count: 1 }] }, {}],
    [{ rows: ["A"], cells: [] }, { k: 0 }],
  ] as [CountTableInput, { k?: number }][])("rejects invalid input %#", (input, options) => {
    expect(() => suppressSmallCells(input, options)).toThrow(CountTableInputError);
  });
});

describe("suppressSmallCells properties", () => {
  const small = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 60 }));
  const tableArb = fc
    .record({
      rows: fc.integer({ min: 1, max: 5 }),
      columns: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      buckets: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      k: fc.integer({ min: 1, max: 8 }),
    })
    .chain(({ rows, columns, buckets, k }) => {
      const n = rows * (columns ?? 1) * (buckets ?? 1);
      return fc.array(small, { minLength: n, maxLength: n }).map((counts) => {
        const label = (p: string, i: number) => `${p}${i}`;
        const input: CountTableInput = {
          rows: Array.from({ length: rows }, (_, i) => label("r", i)),
          cells: counts.map((c, i) => ({
            row: label("r", Math.floor(i / ((columns ?? 1) * (buckets ?? 1)))),
            ...(columns ? { column: label("c", Math.floor(i / (buckets ?? 1)) % columns) } : {}),
            ...(buckets ? { bucket: label("t", i % buckets) } : {}),
            count: c,
          })),
        };
        if (columns) input.columns = Array.from({ length: columns }, (_, i) => label("c", i));
        if (buckets) input.timeBuckets = Array.from({ length: buckets }, (_, i) => label("t", i));
        return { input, k };
      });
    });

  it("never lets single subtraction recover a suppressed figure, and publishes exact values otherwise", () => {
    fc.assert(
      fc.property(tableArb, ({ input, k }) => {
        const t = suppressSmallCells(input, { k });
        expect(recoverBySubtraction(t)).toEqual([]);
        for (const f of t.figures) {
          const truth = trueValue(input, f);
          if (truth > 0 && truth < k) expect(f.value.suppressed).toBe(true);
          if (truth === 0) expect(f.value).toEqual({ suppressed: false, count: 0 });
          if (!f.value.suppressed) expect(f.value.count).toBe(truth);
        }
      }),
      { numRuns: 400 },
    );
  });
});
