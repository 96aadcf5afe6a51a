import { ProblemError } from "../../lib/problem";

/**
 * Filters on attributes an actor's incident view withholds. On a row listing they would work as an
 * oracle (filter by age band, see which incidents remain), so only regulators may use them there;
 * actors get these attributes only as suppressed aggregates from /v1/incidents/stats.
 */
export const REGULATOR_ONLY_LIST_FILTERS = ["age_band", "sex", "language", "disability"] as const;

export function assertListFiltersAllowed(query: Record<string, unknown>, regulator: boolean) {
  if (regulator) return;
  const used = REGULATOR_ONLY_LIST_FILTERS.filter((name) => query[name] !== undefined);
  if (used.length === 0) return;
  throw new ProblemError(403, "forbidden", "Patient-attribute filters on incident rows are for regulators", {
    errors: used.map((path) => ({
      in: "query",
      path,
      message: "regulators only on the list; use /v1/incidents/stats for suppressed counts",
    })),
  });
}
