/**
 * Disproportionality analysis (pharmacovigilance-style signal detection) on 2×2 tables:
 *
 *                      risk R     other risks
 *   entity E             a            b
 *   other entities       c            d
 *
 * - PRR = [a/(a+b)] / [c/(c+d)], 95% CI by the log method: exp(ln PRR ± 1.96·√(1/a − 1/(a+b) + 1/c − 1/(c+d))).
 * - ROR = (a·d)/(b·c), 95% CI exp(ln ROR ± 1.96·√(1/a + 1/b + 1/c + 1/d)) (Woolf).
 * - χ² with Yates' continuity correction, N·max(0, |ad − bc| − N/2)² / [(a+b)(c+d)(a+c)(b+d)], because
 *   the Evans et al. (2001) screening criteria were defined on the Yates-corrected statistic. The
 *   max(0, …) clamp stops the correction from overshooting when |ad − bc| < N/2 (χ² is then 0).
 * - Evans signal: PRR ≥ 2 and χ² ≥ 4 and a ≥ 3.
 *
 * Zero cells: no continuity correction (e.g. Haldane's +0.5) is applied, since it would invent counts
 * and the Evans thresholds were calibrated without it. A statistic whose formula divides by zero or
 * takes ln(0) is returned as `null` ("not estimable") instead of Infinity/NaN, which JSON.stringify
 * would silently turn into null anyway (or crash consumers). A table with a non-estimable PRR or χ²
 * is never a signal; e.g. c = 0 (only this entity ever reported the risk) needs human review, not an
 * automated flag with an infinite ratio.
 */

export interface TwoByTwo {
  a: number;
  b: number;
  c: number;
  d: number;
}

export interface ConfidenceInterval {
  lower: number;
  upper: number;
}

export interface DisproportionalityResult extends TwoByTwo {
  prr: number | null;
  prrCi95: ConfidenceInterval | null;
  ror: number | null;
  rorCi95: ConfidenceInterval | null;
  /** Pearson χ² with Yates' continuity correction, 1 degree of freedom. */
  chiSquareYates: number | null;
  isSignal: boolean;
}

export interface SignalCriteria {
  minPrr: number;
  minChiSquare: number;
  minCases: number;
}

export const EVANS_CRITERIA: SignalCriteria = { minPrr: 2, minChiSquare: 4, minCases: 3 };

// 1.96 rather than the exact quantile, matching the published formulas that reference values are computed with.
const Z_95 = 1.96;

export function disproportionality(
  table: TwoByTwo,
  criteria: SignalCriteria = EVANS_CRITERIA,
): DisproportionalityResult {
  const { a, b, c, d } = table;
  for (const [name, v] of Object.entries(table)) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  const prr = finiteOrNull(a / (a + b) / (c / (c + d)));
  const prrCi95 = logCi(prr, a > 0 && c > 0 ? 1 / a - 1 / (a + b) + 1 / c - 1 / (c + d) : null);
  const ror = finiteOrNull((a * d) / (b * c));
  const rorCi95 = logCi(ror, a > 0 && b > 0 && c > 0 && d > 0 ? 1 / a + 1 / b + 1 / c + 1 / d : null);
  const chiSquareYates = yatesChiSquare(table);
  const isSignal =
    prr !== null &&
    chiSquareYates !== null &&
    prr >= criteria.minPrr &&
    chiSquareYates >= criteria.minChiSquare &&
    a >= criteria.minCases;
  return { a, b, c, d, prr, prrCi95, ror, rorCi95, chiSquareYates, isSignal };
}

export function yatesChiSquare({ a, b, c, d }: TwoByTwo): number | null {
  const n = a + b + c + d;
  const denominator = (a + b) * (c + d) * (a + c) * (b + d);
  if (denominator === 0) return null;
  const corrected = Math.max(0, Math.abs(a * d - b * c) - n / 2);
  return finiteOrNull((n * corrected * corrected) / denominator);
}

export interface ContingencyRow {
  entity_id: string;
  risk_code: string;
  incident_count: number;
}

export interface SignalRow extends DisproportionalityResult {
  entity_id: string;
  risk_code: string;
}

/**
 * Builds one 2×2 table per observed (entity, risk) pair from a contingency list and scores it.
 *
 * Unit of counting: an (incident, risk code) pair. An incident tagged with several risk codes counts
 * once under each of them, so N = Σ incident_count is the number of such pairs, not of incidents.
 * This is the usual convention for reaction-level pharmacovigilance databases and keeps a + b + c + d
 * consistent; the price is that risks often co-tagged together inflate each other's "other risks"
 * column. Rows repeating a pair are summed. Pairs with no reports (a = 0) are not listed: they can
 * never be signals and would make the output quadratic in size.
 *
 * Output order: signals first, then by χ² descending, then entity and risk code (stable for diffs).
 */
export function detectSignals(
  rows: readonly ContingencyRow[],
  criteria: SignalCriteria = EVANS_CRITERIA,
): SignalRow[] {
  const pairs = new Map<string, ContingencyRow>();
  const byEntity = new Map<string, number>();
  const byRisk = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    if (!Number.isSafeInteger(row.incident_count) || row.incident_count < 0) {
      throw new RangeError(`incident_count must be a non-negative integer, got ${row.incident_count}`);
    }
    const key = JSON.stringify([row.entity_id, row.risk_code]);
    const prev = pairs.get(key);
    pairs.set(key, { ...row, incident_count: (prev?.incident_count ?? 0) + row.incident_count });
    byEntity.set(row.entity_id, (byEntity.get(row.entity_id) ?? 0) + row.incident_count);
    byRisk.set(row.risk_code, (byRisk.get(row.risk_code) ?? 0) + row.incident_count);
    total += row.incident_count;
  }

  const results: SignalRow[] = [];
  for (const { entity_id, risk_code, incident_count: a } of pairs.values()) {
    if (a === 0) continue;
    const b = (byEntity.get(entity_id) ?? 0) - a;
    const c = (byRisk.get(risk_code) ?? 0) - a;
    const d = total - a - b - c;
    results.push({ entity_id, risk_code, ...disproportionality({ a, b, c, d }, criteria) });
  }
  return results.sort(
    (x, y) =>
      Number(y.isSignal) - Number(x.isSignal) ||
      (y.chiSquareYates ?? -1) - (x.chiSquareYates ?? -1) ||
      compare(x.entity_id, y.entity_id) ||
      compare(x.risk_code, y.risk_code),
  );
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** exp(ln(ratio) ± z·√variance); null when the ratio is 0/unknown or the variance is undefined. */
function logCi(ratio: number | null, variance: number | null): ConfidenceInterval | null {
  if (ratio === null || ratio <= 0 || variance === null || !(variance >= 0)) return null;
  const half = Z_95 * Math.sqrt(variance);
  const lower = Math.exp(Math.log(ratio) - half);
  const upper = Math.exp(Math.log(ratio) + half);
  return Number.isFinite(lower) && Number.isFinite(upper) ? { lower, upper } : null;
}
