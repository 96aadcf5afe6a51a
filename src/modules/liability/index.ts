/**
 * The liability module's public surface: obligations and their evidence (attestations, findings,
 * obligation links, disclosure orders), presumption-of-causality analysis (versioned rulesets, legal
 * facts, rebuttals, frozen assessments) and their pure domain rules. Nothing else in the module is
 * imported from outside; only the drizzle schema files read ./schema directly.
 */

export { findUnknownCatalogCodes, parseRuleset } from "./domain/causality";
export { BUNDLED_RULESET_JSON, loadBundledRulesets } from "./domain/causality/bundled";
export { evaluateCausality } from "./domain/causality/evaluate";
export type { Tri } from "./domain/causality/logic";
export { loadRulesets, RulesetError } from "./domain/causality/ruleset-schema";
export type {
  ActorFacts,
  CatalogFacts,
  CausalityInput,
  IncidentFacts,
  ObligationEvidence,
} from "./domain/causality/types";
export { legalFactsAsOf } from "./domain/legal-facts";
export {
  type AttestationRow,
  applicableObligations,
  type CatalogSlice,
  engineEvidence,
  type FindingRow,
  resolveStatus,
  stageReached,
} from "./domain/obligations";
export { attestationRoutes } from "./routes/attestations";
export { bindingRequirementRoutes } from "./routes/binding-requirements";
export { causalityRoutes } from "./routes/causality";
export { causalityExplanationRoutes } from "./routes/causality-explanation";
export { disclosureOrderRoutes } from "./routes/disclosure-orders";
export { findingRoutes } from "./routes/findings";
export { incidentObligationRoutes } from "./routes/incident-obligations";
export { incidentRulesetRoutes } from "./routes/incident-rulesets";
export { legalFactRoutes } from "./routes/legal-facts";
export { allocationRoutes } from "./routes/liability-allocations";
export { obligationRoutes } from "./routes/obligations";
export { rebuttalRoutes } from "./routes/rebuttals";
export { rulesetRoutes } from "./routes/rulesets";
export { CATALOG_FACTS, loadStartupRulesets, type Rulesets } from "./routes/rulesets/load";
export { LIABILITY_SEALS } from "./seals";
export {
  type FrozenLiability,
  frozenAssessments,
  frozenLiability,
  latestFrozenAssessments,
} from "./services/frozen";
