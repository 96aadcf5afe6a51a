export { loadBundledRulesets } from "./bundled";
export { findUnknownCatalogCodes } from "./catalog-check";
export { evaluateCausality } from "./evaluate";
export { type IncidentLiability, incidentLiability } from "./joint-liability";
export type { Expr, Tri } from "./logic";
export {
  ACTOR_FIELDS,
  type Condition,
  INCIDENT_FIELDS,
  loadRulesets,
  type OperatorRule,
  parseRuleset,
  ROLES,
  type Role,
  type Ruleset,
  RulesetError,
  RulesetSchema,
} from "./ruleset-schema";
export { type TimeLimit, type TimeLimits, timeLimits } from "./time-limits";
export type * from "./types";
