import type { Deps } from "../../../deps";
import { incidentProfile, incidentRegimes } from "../../incidents";
import type { Ruleset } from "../domain/causality";
import { applicabilityOf } from "./applicability";
import type { LiabilityIncident } from "./incident";

/**
 * Every registered ruleset (reporting in the version in force, and liability) with whether it covers the
 * incident. The product's profile is read once for all of them. Guidance is not law: an incident only
 * non-binding guidance speaks to is not covered.
 */
export async function coveringRulesets(
  deps: Pick<Deps, "db" | "config">,
  li: LiabilityIncident,
  rulesets: Iterable<Ruleset>,
  now: string,
) {
  const [{ regimes }, profile] = await Promise.all([
    incidentRegimes(deps, li.incident, now, li.chain),
    incidentProfile(deps, li.incident, now),
  ]);
  const liability = [...rulesets].map((rs) => ({
    kind: "liability" as const,
    ruleset: rs.id,
    ruleset_version: rs.version,
    title: rs.title,
    jurisdiction: rs.jurisdiction,
    ...applicabilityOf(rs, li, profile),
  }));
  const reporting = regimes.map(({ duties: _duties, ...r }) => ({ kind: "reporting" as const, ...r }));
  const data = [...reporting, ...liability];
  const binding = data.filter((d) => d.jurisdiction !== "international_guidance").map((d) => d.applies);
  const covered = binding.includes(true) ? true : binding.includes("unknown") ? "unknown" : false;
  return { covered, data };
}
