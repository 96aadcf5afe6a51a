/**
 * The public fund report's arithmetic: which figures a cell holds, and the median days to decision,
 * published only where the cell's count of decided claims is itself published and at least k (a median
 * of one or two claims is that claim's own figure).
 */

export interface ClaimFacts {
  year: string;
  entry: string;
  decided: boolean;
  approved: boolean;
  paid: boolean;
  days_to_decision: number | null;
}

export const MEASURES = ["received", "decided", "approved", "paid"] as const;
export type Measure = (typeof MEASURES)[number];

export const counts = (claims: ClaimFacts[], measure: Measure) =>
  claims.filter((c) => measure === "received" || c[measure]);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The claims a cell covers: a null coordinate is the total over that axis. */
export const inCell = (c: ClaimFacts, entry: string | null, year: string | null) =>
  (entry === null || c.entry === entry) && (year === null || c.year === year);
