import type { Ruleset } from "./ruleset-schema";
import type { IncidentFacts } from "./types";

/**
 * PLD Art. 16 and 17 as computed dates (issue 12). Both periods are in years from a day, so they end at
 * the end of the same calendar day (UTC) that many years later; 29 February rolls to 1 March. National
 * rules on suspension or interruption (Art. 16(2)) and the proceedings exception of Art. 17 ("unless …
 * initiated proceedings") are not recorded by the registry and are named in the answer instead.
 */
export interface TimeLimit {
  starts_at: string | null;
  ends_at: string | null;
  years: number;
  basis: string;
  citation: string;
  passed: boolean | "unknown";
}

export interface TimeLimits {
  limitation?: TimeLimit;
  expiry?: TimeLimit;
  /** true when a period has passed at evaluation time; unknown when a start date is not known. */
  time_barred: boolean | "unknown";
  caveat: string;
}

function endAfterYears(startIso: string, years: number): string {
  const d = new Date(startIso);
  const end = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate() + 1) - 1);
  // Date.UTC rolls 29 February of a non-leap target year to 1 March, which adds a day: keep it, the law
  // gives no earlier end and a court rather than the registry rules on the last day.
  return end.toISOString();
}

function limit(
  start: { at: string; basis: string } | null | undefined,
  years: number,
  citation: string,
  evaluatedAt: string,
): TimeLimit {
  if (!start) {
    return {
      starts_at: null,
      ends_at: null,
      years,
      basis: "start date not recorded",
      citation,
      passed: "unknown",
    };
  }
  const ends = endAfterYears(start.at, years);
  return {
    starts_at: new Date(start.at).toISOString(),
    ends_at: ends,
    years,
    basis: start.basis,
    citation,
    passed: Date.parse(evaluatedAt) > Date.parse(ends),
  };
}

export function timeLimits(
  ruleset: Ruleset,
  incident: IncidentFacts,
  evaluatedAt: string,
): TimeLimits | undefined {
  const spec = ruleset.time_limits;
  if (!spec) return undefined;
  const out: TimeLimits = {
    time_barred: false,
    caveat:
      "National rules suspending or interrupting the limitation period (Art. 16(2)) and proceedings already " +
      "initiated (Art. 17) are not recorded here; a court applies them.",
  };
  if (spec.limitation) {
    out.limitation = limit(
      incident.dates?.limitation_start,
      spec.limitation.years,
      spec.limitation.citation,
      evaluatedAt,
    );
  }
  if (spec.expiry) {
    // Art. 17(2): a latent personal injury that kept the person from suing extends the period.
    const latent = incident.latent_personal_injury === true && spec.expiry.latent_personal_injury_years;
    const years = latent ? (spec.expiry.latent_personal_injury_years as number) : spec.expiry.years;
    out.expiry = limit(incident.dates?.expiry_start, years, spec.expiry.citation, evaluatedAt);
  }
  const passed = [out.limitation?.passed, out.expiry?.passed].filter((p) => p !== undefined);
  out.time_barred = passed.includes(true) ? true : passed.includes("unknown") ? "unknown" : false;
  return out;
}
