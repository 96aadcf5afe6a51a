import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type SealedTable, sealedContentOf } from "../../../platform/audit/seal";
import { COMPENSATION_SEALS } from "../../compensation";
import { AWARENESS_SEAL, INCIDENT_SEAL, REPORT_SEAL, RESPONSE_SEAL } from "../../incidents";
import { LIABILITY_SEALS } from "../../liability";
import { ACTOR_RELATION_SEAL, DISCLOSURE_SEAL, REGULATORY_FACT_SEAL } from "../../registry";

export type { SealedTable, Unsealed } from "../../../platform/audit/seal";

/** Every sealed table: what /v1/audit/verify recomputes. Modules declare their own (e.g. disclosures). */
export const SEALED_TABLES: readonly SealedTable[] = [
  INCIDENT_SEAL,
  REPORT_SEAL,
  RESPONSE_SEAL,
  AWARENESS_SEAL,
  DISCLOSURE_SEAL,
  REGULATORY_FACT_SEAL,
  ACTOR_RELATION_SEAL,
  ...LIABILITY_SEALS,
  ...COMPENSATION_SEALS,
];

function specOf(table: SQLiteTable): SealedTable {
  const spec = SEALED_TABLES.find((s) => s.table === table);
  if (!spec) throw new Error("not a sealed table");
  return spec;
}

/** `sealedContentOf` for a table of the list above. */
export function sealedContent(table: SQLiteTable, values: Record<string, unknown>): Record<string, unknown> {
  return sealedContentOf(specOf(table), values);
}
