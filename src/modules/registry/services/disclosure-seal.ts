import type { SealedTable } from "../../../platform/audit/seal";
import { actorRelations, disclosures, productRegulatoryFacts } from "../schema";

/** Disclosures are evidence (model cards, red-team reports): each row is sealed by its audit entry. */
export const DISCLOSURE_SEAL: SealedTable = {
  name: "disclosures",
  table: disclosures,
  entity: "disclosure",
  entityIdKey: "id",
};

/** Regulatory facts and supply-chain relations decide which law applies: sealed like other evidence. */
export const REGULATORY_FACT_SEAL: SealedTable = {
  name: "product_regulatory_facts",
  table: productRegulatoryFacts,
  entity: "product_regulatory_fact",
  entityIdKey: "id",
};
export const ACTOR_RELATION_SEAL: SealedTable = {
  name: "actor_relations",
  table: actorRelations,
  entity: "actor_relation",
  entityIdKey: "id",
};
