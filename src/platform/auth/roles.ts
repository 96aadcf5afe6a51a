/**
 * The registry's roles: pure vocabulary with no imports, so the pure domain rules (the value chain,
 * causality rulesets) can share the one list with token checks instead of keeping a copy.
 */
export const ROLES = [
  "developer",
  "provider",
  "deployer",
  "reporter",
  "regulator",
  "fund_admin",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

/** Value-chain roles act for one organisation, named by the token's `actor_id` claim; in chain order. */
export const VALUE_CHAIN_ROLES = ["developer", "provider", "deployer"] as const satisfies readonly Role[];
export type ValueChainRole = (typeof VALUE_CHAIN_ROLES)[number];
