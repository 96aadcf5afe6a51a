import type { SealedTable } from "../../platform/audit/seal";
import * as t from "./schema";

/** The liability module's sealed tables (see platform/audit/seal.ts): evidence a court may rely on. */
export const ATTESTATION_SEAL: SealedTable = {
  name: "attestations",
  table: t.attestations,
  entity: "attestation",
  entityIdKey: "id",
};
export const FINDING_SEAL: SealedTable = {
  name: "findings",
  table: t.findings,
  entity: "finding",
  entityIdKey: "id",
};
export const OBLIGATION_LINK_SEAL: SealedTable = {
  name: "obligation_links",
  table: t.obligationLinks,
  entity: "obligation_link",
  entityIdKey: "id",
};
export const DISCLOSURE_ORDER_SEAL: SealedTable = {
  name: "disclosure_orders",
  table: t.disclosureOrders,
  entity: "disclosure_order",
  actions: ["disclosure_order.issue"],
  entityIdKey: "id",
  addedLater: ["decidedBy"],
};
export const DISCLOSURE_ORDER_RESPONSE_SEAL: SealedTable = {
  name: "disclosure_order_responses",
  table: t.disclosureOrderResponses,
  entity: "disclosure_order",
  actions: ["disclosure_order.respond"],
  entityIdKey: "orderId",
};
export const REBUTTAL_SEAL: SealedTable = {
  name: "rebuttals",
  table: t.rebuttals,
  entity: "rebuttal",
  actions: ["rebuttal.file"],
  entityIdKey: "id",
};
export const REBUTTAL_DECISION_SEAL: SealedTable = {
  name: "rebuttal_decisions",
  table: t.rebuttalDecisions,
  entity: "rebuttal",
  actions: ["rebuttal.decide"],
  entityIdKey: "rebuttalId",
  addedLater: ["decidedBy"],
};
export const CAUSALITY_ASSESSMENT_SEAL: SealedTable = {
  name: "causality_assessments",
  table: t.causalityAssessments,
  entity: "causality_assessment",
  entityIdKey: "id",
};
export const ALLOCATION_SEAL: SealedTable = {
  name: "liability_allocations",
  table: t.liabilityAllocations,
  entity: "liability_allocation",
  entityIdKey: "id",
};
export const LEGAL_FACT_SEAL: SealedTable = {
  name: "incident_legal_facts",
  table: t.incidentLegalFacts,
  entity: "incident_legal_fact",
  entityIdKey: "id",
  addedLater: ["actorId", "factDate", "decidedBy"],
};

export const LIABILITY_SEALS: readonly SealedTable[] = [
  ATTESTATION_SEAL,
  FINDING_SEAL,
  OBLIGATION_LINK_SEAL,
  DISCLOSURE_ORDER_SEAL,
  DISCLOSURE_ORDER_RESPONSE_SEAL,
  REBUTTAL_SEAL,
  REBUTTAL_DECISION_SEAL,
  CAUSALITY_ASSESSMENT_SEAL,
  LEGAL_FACT_SEAL,
  ALLOCATION_SEAL,
];
