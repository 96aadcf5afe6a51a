import euAild2022 from "../../../../../rulesets/eu-aild-2022.json" with { type: "json" };
import euPld2024 from "../../../../../rulesets/eu-pld-2024.json" with { type: "json" };
import who2024 from "../../../../../rulesets/who-2024.json" with { type: "json" };
import who2024ReversedBurden from "../../../../../rulesets/who-2024-reversed-burden.json" with {
  type: "json",
};
import who2024StrictLiability from "../../../../../rulesets/who-2024-strict-liability.json" with {
  type: "json",
};
import { loadRulesets, type Ruleset } from "./ruleset-schema";

/**
 * The rulesets shipped with the registry, imported statically so they are bundled into the Workers
 * build too (no filesystem there). Keys are the file names, which parse errors quote.
 */
export const BUNDLED_RULESET_JSON: Readonly<Record<string, unknown>> = {
  "rulesets/eu-aild-2022.json": euAild2022,
  "rulesets/eu-pld-2024.json": euPld2024,
  "rulesets/who-2024.json": who2024,
  "rulesets/who-2024-reversed-burden.json": who2024ReversedBurden,
  "rulesets/who-2024-strict-liability.json": who2024StrictLiability,
};

/** Validates the bundled rulesets; call once at start-up so a bad data file stops the process. */
export function loadBundledRulesets(): Map<string, Ruleset> {
  return loadRulesets(BUNDLED_RULESET_JSON);
}
