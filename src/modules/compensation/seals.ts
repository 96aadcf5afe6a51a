import type { SealedTable } from "../../platform/audit/seal";
import * as t from "./schema";

/** The compensation module's sealed tables (see platform/audit/seal.ts): every row is evidence. */
export const FUND_SEAL: SealedTable = {
  name: "compensation_funds",
  table: t.funds,
  entity: "fund",
  entityIdKey: "id",
};
export const FUND_RULES_SEAL: SealedTable = {
  name: "compensation_fund_rules",
  table: t.fundRuleVersions,
  entity: "fund_rules",
  entityIdKey: "id",
};
export const CLAIM_SEAL: SealedTable = {
  name: "compensation_claims",
  table: t.claims,
  entity: "claim",
  actions: ["claim.file"],
  entityIdKey: "id",
};
export const DETERMINATION_SEAL: SealedTable = {
  name: "compensation_claim_determinations",
  table: t.claimDeterminations,
  entity: "claim_determination",
  entityIdKey: "id",
};
export const APPEAL_SEAL: SealedTable = {
  name: "compensation_claim_appeals",
  table: t.claimAppeals,
  entity: "claim_appeal",
  entityIdKey: "id",
};
export const DECISION_SEAL: SealedTable = {
  name: "compensation_claim_decisions",
  table: t.claimDecisions,
  entity: "claim_decision",
  entityIdKey: "id",
};
export const RECOURSE_SEAL: SealedTable = {
  name: "compensation_recourse",
  table: t.recourseClaims,
  entity: "recourse",
  actions: ["recourse.open"],
  entityIdKey: "id",
};
export const RECOURSE_OUTCOME_SEAL: SealedTable = {
  name: "compensation_recourse_outcomes",
  table: t.recourseOutcomes,
  entity: "recourse_outcome",
  entityIdKey: "id",
};
export const LEDGER_SEAL: SealedTable = {
  name: "compensation_ledger",
  table: t.ledgerEntries,
  entity: "ledger_entry",
  entityIdKey: "id",
};

export const COMPENSATION_SEALS = [
  FUND_SEAL,
  FUND_RULES_SEAL,
  CLAIM_SEAL,
  DETERMINATION_SEAL,
  APPEAL_SEAL,
  DECISION_SEAL,
  RECOURSE_SEAL,
  RECOURSE_OUTCOME_SEAL,
  LEDGER_SEAL,
];
