export { loadBundledRulesets } from "./bundled";
export { findUnknownCatalogCodes } from "./catalog-check";
export { evaluateCausality } from "./evaluate";
export type { Expr, Tri } from "./logic";
export {
  type Condition,
  INCIDENT_FIELDS,
  loadRulesets,
  parseRuleset,
  ROLES,
  type Role,
  type Ruleset,
  RulesetError,
  RulesetSchema,
} from "./ruleset-schema";
export type * from "./types";
