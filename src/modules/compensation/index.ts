/**
 * The compensation module's public surface (issue 13): no-fault compensation funds with published,
 * versioned rules, levies, claims and their eligibility rule by rule, decisions and appeals, payments on a
 * double-entry ledger, recourse against actors a frozen causality assessment finds liable, and the public
 * fund report. Nothing else in the module is imported from outside; only src/schema.ts reads ./schema.
 */

export { type Eligibility, type EligibilityInput, evaluateEligibility } from "./domain/eligibility";
export { type FundRules, LOSS_KINDS, RELATIONSHIPS } from "./domain/types";
export { appealRoutes } from "./routes/appeals";
export { claimRoutes } from "./routes/claims";
export { fundRoutes } from "./routes/funds";
export { recourseRoutes } from "./routes/recourse";
export { COMPENSATION_SEALS } from "./seals";
export { fundExists } from "./services/funds";
