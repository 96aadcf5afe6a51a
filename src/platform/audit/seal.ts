import { getTableColumns } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";

/**
 * The evidence-bearing tables whose rows carry a seal (audit_seq, audit_sha256). Each row's canonical
 * content is the payload of the audit entry at `audit_seq`, so the log (hashes only) vouches for it.
 * `entity` + `actions` select that table's entries in the log; `entityIdKey` is the row column the
 * entry's entity_id names; `mutable` tables are updated in place and sealed anew by each change;
 * `exclude` lists columns whose value is computed inside the batch by SQL (not known to the writer).
 */
export interface SealedTable {
  name: string;
  table: SQLiteTable;
  entity: string;
  actions?: readonly string[];
  entityIdKey: string;
  mutable?: boolean;
  exclude?: readonly string[];
  /**
   * Columns added after rows were already sealed: sealed only when they differ from their default (null
   * for a nullable column without one), so an old row (sealed before the column existed) and a new one
   * with the default verify alike.
   */
  addedLater?: readonly string[];
}

const SEAL_KEYS = new Set(["auditSeq", "auditSha256"]);

/**
 * A row's canonical content: every column but the seal (and `exclude`), by SQL name, with a missing
 * value as its column default or null. Computed the same way from the values a route inserts and
 * from the row drizzle reads back, so the hash taken at write time can be recomputed at verify time.
 */
export function sealedContentOf(spec: SealedTable, values: Record<string, unknown>): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(spec.table)) as [string, SQLiteColumn][]) {
    if (SEAL_KEYS.has(key) || spec.exclude?.includes(key)) continue;
    const value = values[key];
    const resolved = value !== undefined ? value : column.hasDefault ? (column.default ?? null) : null;
    const defaultValue = column.hasDefault ? column.default : null;
    if (spec.addedLater?.includes(key) && resolved === defaultValue) continue;
    content[column.name] = resolved;
  }
  return content;
}

/** A row as a route builds it, before commitWithAudit stamps its seal. */
export type Unsealed<Row> = Omit<Row, "auditSeq" | "auditSha256">;
