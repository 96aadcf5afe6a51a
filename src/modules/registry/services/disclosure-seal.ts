import type { SealedTable } from "../../../platform/audit/seal";
import { disclosures } from "../schema";

/** Disclosures are evidence (model cards, red-team reports): each row is sealed by its audit entry. */
export const DISCLOSURE_SEAL: SealedTable = {
  name: "disclosures",
  table: disclosures,
  entity: "disclosure",
  entityIdKey: "id",
};
