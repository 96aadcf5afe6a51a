import { describe, expect, it } from "vitest";
import {
  type ContingencyRow,
  detectSignals,
  disproportionality,
  yatesChiSquare,
} from "../../src/modules/incidents";

describe("disproportionality on a hand-computed table (a=20, b=80, c=30, d=870)", () => {
  const r = disproportionality({ a: 20, b: 80, c: 30, d: 870 });

  it("computes PRR and its log-method 95% CI", () => {
    // PRR = (20/100)/(30/900) = 6; SE = √(1/20 − 1/100 + 1/30 − 1/900) = 0.268742
    expect(r.prr).toBeCloseTo(6, 10);
    expect(r.prrCi95?.lower).toBeCloseTo(3.5432, 4);
    expect(r.prrCi95?.upper).toBeCloseTo(10.1604, 4);
  });

  it("computes ROR and its 95% CI", () => {
    // ROR = 20·870/(80·30) = 7.25; SE = √(1/20 + 1/80 + 1/30 + 1/870) = 0.311421
    expect(r.ror).toBeCloseTo(7.25, 10);
    expect(r.rorCi95?.lower).toBeCloseTo(3.9378, 4);
    expect(r.rorCi95?.upper).toBeCloseTo(13.3483, 4);
  });

  it("computes Yates-corrected chi-square and flags an Evans signal", () => {
    // 1000·(|17400 − 2400| − 500)² / (100·900·50·950) = 2.1025e11 / 4.275e9
    expect(r.chiSquareYates).toBeCloseTo(49.18129, 4);
    expect(r.isSignal).toBe(true);
  });
});

describe("disproportionality edge cases", () => {
  it("clamps the Yates correction at zero when |ad − bc| < N/2", () => {
    expect(yatesChiSquare({ a: 5, b: 5, c: 5, d: 6 })).toBe(0);
  });

  it("needs at least 3 cases even with a huge PRR", () => {
    const r = disproportionality({ a: 2, b: 0, c: 1, d: 997 });
    expect(r.prr).toBeGreaterThan(2);
    expect(r.isSignal).toBe(false);
  });

  it.each([
    [
      { a: 0, b: 10, c: 10, d: 100 },
      { prr: 0, prrCi95: null, ror: 0, rorCi95: null },
    ],
    [
      { a: 5, b: 10, c: 0, d: 100 },
      { prr: null, prrCi95: null, ror: null, rorCi95: null },
    ],
    [
      { a: 5, b: 0, c: 10, d: 100 },
      { prr: 11, ror: null, rorCi95: null, isSignal: true },
    ],
    [
      { a: 0, b: 0, c: 10, d: 100 },
      { prr: null, chiSquareYates: null },
    ],
    [
      { a: 0, b: 0, c: 0, d: 0 },
      { prr: null, ror: null, chiSquareYates: null },
    ],
  ])("returns null, never NaN/Infinity, for zero cells %#", (table, expected) => {
    const r = disproportionality(table);
    expect(r).toMatchObject({ isSignal: false, ...expected });
    const json = JSON.stringify(r);
    expect(JSON.parse(json)).toEqual(r);
    for (const v of [r.prr, r.ror, r.chiSquareYates, r.prrCi95?.lower, r.rorCi95?.upper]) {
      if (v !== null && v !== undefined) expect(Number.isFinite(v)).toBe(true);
    }
  });

  it("rejects negative or fractional counts", () => {
    expect(() => disproportionality({ a: -1, b: 0, c: 0, d: 0 })).toThrow(RangeError);
    expect(() => disproportionality({ a: 1.5, b: 0, c: 0, d: 0 })).toThrow(RangeError);
  });
});

describe("detectSignals", () => {
  // Background: 4 entities, each with a similar mix of R_BIAS and R_PRIVACY.
  // Entity "hot" reports R_FALSE_INFO far more often than the others (known signal);
  // R_PRIVACY is spread evenly (known non-signal).
  const rows: ContingencyRow[] = [
    { entity_id: "hot", risk_code: "R_FALSE_INFO", incident_count: 30 },
    { entity_id: "hot", risk_code: "R_BIAS", incident_count: 20 },
    { entity_id: "hot", risk_code: "R_PRIVACY", incident_count: 10 },
    ...["e1", "e2", "e3"].flatMap((entity_id) => [
      { entity_id, risk_code: "R_FALSE_INFO", incident_count: 3 },
      { entity_id, risk_code: "R_BIAS", incident_count: 40 },
      { entity_id, risk_code: "R_PRIVACY", incident_count: 10 },
    ]),
  ];

  it("builds the 2×2 table for each observed pair", () => {
    const hot = detectSignals(rows).find((s) => s.entity_id === "hot" && s.risk_code === "R_FALSE_INFO");
    // N = 60 + 3·53 = 219; a = 30, b = 60 − 30, c = 9, d = 219 − 30 − 30 − 9
    expect(hot).toMatchObject({ a: 30, b: 30, c: 9, d: 150, isSignal: true });
    expect(hot?.prr).toBeCloseTo(0.5 / (9 / 159), 10);
  });

  it("finds the known signal and not the known non-signal, signals listed first", () => {
    const signals = detectSignals(rows);
    expect(signals).toHaveLength(12);
    expect(signals.filter((s) => s.isSignal).map((s) => [s.entity_id, s.risk_code])).toEqual([
      ["hot", "R_FALSE_INFO"],
    ]);
    expect(signals[0]?.entity_id).toBe("hot");
    const privacy = signals.find((s) => s.entity_id === "hot" && s.risk_code === "R_PRIVACY");
    expect(privacy?.isSignal).toBe(false);
    expect(privacy?.prr).toBeLessThan(2);
  });

  it("sums repeated pairs and skips pairs without reports", () => {
    const result = detectSignals([
      { entity_id: "x", risk_code: "R", incident_count: 2 },
      { entity_id: "x", risk_code: "R", incident_count: 3 },
      { entity_id: "x", risk_code: "S", incident_count: 0 },
      { entity_id: "y", risk_code: "S", incident_count: 4 },
    ]);
    expect(result.map((s) => [s.entity_id, s.risk_code, s.a, s.b, s.c, s.d])).toEqual([
      ["x", "R", 5, 0, 0, 4],
      ["y", "S", 4, 0, 0, 5],
    ]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
