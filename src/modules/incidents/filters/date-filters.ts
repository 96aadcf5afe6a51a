import { checkInstants } from "../../../platform/http/instants";

/**
 * The time-window filters every incident query shares. The schema already parsed them to UTC instants;
 * this applies the clock-dependent part (no year after next year), which a static schema cannot know.
 */
export function checkDateFilters(
  now: Date,
  query: { occurred_from?: string; occurred_to?: string; reported_from?: string; reported_to?: string },
) {
  const { occurred_from, occurred_to, reported_from, reported_to } = query;
  checkInstants(now, "query", { occurred_from, occurred_to, reported_from, reported_to });
}
