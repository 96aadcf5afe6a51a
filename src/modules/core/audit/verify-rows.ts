import { and, asc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { canonicalJson, sha256Hex } from "../../../platform/crypto/hash";
import type { Db } from "../../../platform/db/client";
import { auditLog } from "../../../platform/db/schema";
import { SEALED_TABLES, type SealedTable, sealedContent } from "./sealed-tables";
import type { VerifyFailure } from "./verify-chain";

const PAGE = 500;

type Row = Record<string, unknown> & { id: string; auditSeq: number | null; auditSha256: string | null };

/** Rows that predate seals (listed once by migration 0011) are the only unsealed rows allowed. */
async function isLegacyRow(db: Db, spec: SealedTable, id: string) {
  const found = await db.all(
    sql`select 1 from audit_legacy_rows where table_name = ${spec.name} and row_id = ${id} limit 1`,
  );
  return found.length > 0;
}

const columnOf = (spec: SealedTable, key: string) =>
  (spec.table as unknown as Record<string, SQLiteColumn>)[key] as SQLiteColumn;

/** The log entries that write rows of this table (its entity, narrowed to its actions when shared). */
function entriesOf(spec: SealedTable): SQL {
  const entity = eq(auditLog.entity, spec.entity);
  return spec.actions ? (and(entity, inArray(auditLog.action, [...spec.actions])) as SQL) : entity;
}

/**
 * Each row's content must hash to its seal, and its seal must be the payload hash of the audit entry
 * at `audit_seq` for this row (same entity, entity id and action set). This catches a row edited in
 * place (`UPDATE incidents SET severity = 'none'`) however the edit was made.
 */
async function checkRowSeals(
  db: Db,
  spec: SealedTable,
): Promise<{ rows: number; legacy: number; failure?: VerifyFailure }> {
  const id = columnOf(spec, "id");
  let after = "";
  let rows = 0;
  let legacy = 0;
  for (;;) {
    const page = (await db
      .select({
        row: spec.table,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        action: auditLog.action,
        payloadSha256: auditLog.payloadSha256,
      } as never)
      .from(spec.table)
      .leftJoin(auditLog, eq(auditLog.seq, columnOf(spec, "auditSeq")))
      .where(gt(id, after))
      .orderBy(asc(id))
      .limit(PAGE)) as unknown as {
      row: Row;
      entity: string | null;
      entityId: string | null;
      action: string | null;
      payloadSha256: string | null;
    }[];
    for (const { row, ...entry } of page) {
      rows += 1;
      const where = { table: spec.name, row_id: row.id };
      if (row.auditSeq === null || row.auditSha256 === null) {
        if (!(await isLegacyRow(db, spec, row.id)))
          return { rows, legacy, failure: { reason: "unsealed_row", ...where } };
        legacy += 1;
        continue;
      }
      const bad = { first_bad_seq: row.auditSeq, ...where };
      const sha = await sha256Hex(canonicalJson(sealedContent(spec.table, row)));
      if (sha !== row.auditSha256) return { rows, legacy, failure: { reason: "row_hash_mismatch", ...bad } };
      const matches =
        entry.entity === spec.entity &&
        entry.entityId === row[spec.entityIdKey] &&
        (!spec.actions || spec.actions.includes(entry.action ?? "")) &&
        entry.payloadSha256 === sha;
      if (!matches) return { rows, legacy, failure: { reason: "row_not_in_chain", ...bad } };
    }
    if (page.length < PAGE) return { rows, legacy };
    after = page[page.length - 1]?.row.id ?? after;
  }
}

/**
 * Rows gone from the table although the log recorded writing them (`DELETE FROM incident_reports`),
 * and, for tables updated in place, rows rolled back to an older sealed state.
 */
async function checkRowsPresent(db: Db, spec: SealedTable): Promise<VerifyFailure | undefined> {
  const table = spec.table;
  const present = spec.mutable
    ? sql`${auditLog.entityId} not in (select ${columnOf(spec, "id")} from ${table})`
    : // Entries from before seals existed (migration 0011's epoch) never sealed a row.
      sql`${auditLog.seq} > (select seq from audit_seal_epoch) and ${auditLog.seq} not in (select ${columnOf(spec, "auditSeq")} from ${table} where ${columnOf(spec, "auditSeq")} is not null)`;
  const [missing] = await db
    .select({ seq: auditLog.seq, entityId: auditLog.entityId })
    .from(auditLog)
    .where(and(entriesOf(spec), present))
    .orderBy(asc(auditLog.seq))
    .limit(1);
  if (missing) {
    return { reason: "row_missing", first_bad_seq: missing.seq, table: spec.name, row_id: missing.entityId };
  }
  if (!spec.mutable) return undefined;
  const latest = sql`(select max(a.seq) from ${auditLog} a where a.entity = ${spec.entity} and a.entity_id = ${columnOf(spec, "id")})`;
  const [stale] = await db
    .select({ id: columnOf(spec, "id"), seq: columnOf(spec, "auditSeq") })
    .from(table)
    .where(sql`${columnOf(spec, "auditSeq")} is not null and ${columnOf(spec, "auditSeq")} is not ${latest}`)
    .limit(1);
  if (!stale) return undefined;
  return {
    reason: "row_superseded",
    first_bad_seq: Number(stale.seq),
    table: spec.name,
    row_id: String(stale.id),
  };
}

/** Verifies every sealed table; the number of rows checked, or the first failure. */
export async function verifySealedRows(
  db: Db,
): Promise<{ rows: number; legacy: number; failure?: VerifyFailure }> {
  let rows = 0;
  let legacy = 0;
  for (const spec of SEALED_TABLES) {
    const sealed = await checkRowSeals(db, spec);
    rows += sealed.rows;
    legacy += sealed.legacy;
    if (sealed.failure) return { rows, legacy, failure: sealed.failure };
    const failure = await checkRowsPresent(db, spec);
    if (failure) return { rows, legacy, failure };
  }
  return { rows, legacy };
}
