/**
 * OpenAPI tags, one per domain module, so generated clients and the docs group operations the way
 * the code is organised. `defineRoute` accepts only these names; the document lists them in this order.
 */
export const API_TAGS = [
  {
    name: "catalog",
    description: "The WHO 2024 guidance as data: principles, risks, lifecycle stages, obligations",
  },
  {
    name: "registry",
    description:
      "Value-chain actors, products with their versions, lineage, lifecycle and disclosures, deployments",
  },
  {
    name: "incidents",
    description:
      "Harm reports: filing, follow-ups and receipts, workflow, responses, duplicates, deadlines, queries, " +
      "statistics, exports, public statistics and signals",
  },
  {
    name: "liability",
    description:
      "Obligations, attestations, findings, obligation links, disclosure orders, legal facts, " +
      "presumption-of-causality analysis, rulesets and rebuttals",
  },
  {
    name: "compensation",
    description:
      "No-fault compensation funds: published rules, levies, claims and their eligibility, decisions, " +
      "appeals, payments, the double-entry ledger, recourse against liable actors, public fund reports",
  },
  { name: "core", description: "Audit log, signed checkpoints, verification, and liveness" },
] as const;

export type ApiTag = (typeof API_TAGS)[number]["name"];
