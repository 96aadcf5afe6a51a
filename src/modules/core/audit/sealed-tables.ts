import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type SealedTable, sealedContentOf } from "../../../platform/audit/seal";
import { INCIDENT_SEAL, REPORT_SEAL, RESPONSE_SEAL } from "../../incidents";
import { LIABILITY_SEALS } from "../../liability";
import { DISCLOSURE_SEAL } from "../../registry";

export type { SealedTable, Unsealed } from "../../../platform/audit/seal";

/** Every sealed table: what /v1/audit/verify recomputes. Modules declare their own (e.g. disclosures). */
export const SEALED_TABLES: readonly SealedTable[] = [
  INCIDENT_SEAL,
  REPORT_SEAL,
  RESPONSE_SEAL,
  DISCLOSURE_SEAL,
  ...LIABILITY_SEALS,
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
