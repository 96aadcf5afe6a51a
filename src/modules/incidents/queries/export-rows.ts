import { and, eq, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "../../../platform/db/client";
import type { RowReader } from "../../../platform/db/row-reader";
import * as registry from "../../registry";
import * as t from "../schema";
import { incidentConditions } from "./conditions";
import type { IncidentRow } from "./page";
import { pageStrategy } from "./strategy";
import type { IncidentFilters, QueryOptions } from "./types";

const i = t.incidents;

/** The incident columns the export formats show, under their IncidentRow names. */
const ROW_COLUMNS = {
  id: i.id,
  reference: i.reference,
  status: i.status,
  closure: i.closure,
  mergedIntoId: i.mergedIntoId,
  productId: i.productId,
  productNameText: i.productNameText,
  productVersionId: i.productVersionId,
  deploymentId: i.deploymentId,
  occurredAt: i.occurredAt,
  awareAt: i.awareAt,
  receivedAt: i.receivedAt,
  country: i.country,
  setting: i.setting,
  useArea: i.useArea,
  eventType: i.eventType,
  severity: i.severity,
  outcome: i.outcome,
  ageBand: i.ageBand,
  sex: i.sex,
  language: i.language,
  disability: i.disability,
  ethnicity: i.ethnicity,
  patientKnewAiWasUsed: i.patientKnewAiWasUsed,
  widespreadInfringement: i.widespreadInfringement,
  criticalInfrastructureDisruption: i.criticalInfrastructureDisruption,
  fundamentalRightsInfringement: i.fundamentalRightsInfringement,
  propertyOrEnvironmentHarm: i.propertyOrEnvironmentHarm,
  seriousPublicHealthThreat: i.seriousPublicHealthThreat,
  unanticipatedDeterioration: i.unanticipatedDeterioration,
  providerUnreachable: i.providerUnreachable,
  descriptionIdentifying: i.descriptionIdentifying,
  description: i.description,
} satisfies Partial<Record<keyof IncidentRow, SQLiteColumn>>;

export type ExportRow = { [K in keyof typeof ROW_COLUMNS]: IncidentRow[K] };

/** An incident with what every export format needs beside its own row. */
export interface ExportRowWith {
  row: ExportRow;
  riskCodes: string[];
  product: { registrationNumber: string; name: string; manufacturer: string | null } | null;
  version: string | null;
}

const KEYS = Object.keys(ROW_COLUMNS) as (keyof ExportRow)[];
const COLUMNS = Object.values(ROW_COLUMNS) as SQLiteColumn[];
// Text arrives as stored; only the other columns (the 0/1 booleans) go through drizzle's own mapping.
const DECODERS = COLUMNS.map((c) =>
  c.dataType === "string" ? undefined : (v: unknown) => c.mapFromDriverValue(v),
);
const RISKS = KEYS.length;

/**
 * An export batch's statement over `fields`: each incident with its product, manufacturer and version
 * by primary key (LEFT JOINs keep `incidents` the outer loop, so the received_at index still drives
 * the walk and no batch is sorted). Shared by the row batches here and the SQL-built lines.
 */
export function exportBatchSelect(
  db: Db,
  fields: Record<string, unknown>,
  where: SQL[],
  limit: number | Placeholder,
): SQL {
  const { products, actors, productVersions } = registry;
  return db
    .select(fields as Record<string, SQL>)
    .from(i)
    .leftJoin(products, eq(products.id, i.productId))
    .leftJoin(actors, eq(actors.id, products.developerActorId))
    .leftJoin(productVersions, eq(productVersions.id, i.productVersionId))
    .where(and(...where))
    .orderBy(i.receivedAt, i.id)
    .limit(limit)
    .getSQL();
}

/** One statement per batch: the row, its risk codes (a correlated look-up on the primary key) and its product's names. */
function batchQuery(db: Db, where: SQL[], limit: number): SQL {
  const { products, actors, productVersions } = registry;
  return exportBatchSelect(
    db,
    {
      ...ROW_COLUMNS,
      riskCodes: sql<string>`(select json_group_array(r.risk_code) from ${t.incidentRisks} r where r.incident_id = ${i.id})`,
      registrationNumber: products.registrationNumber,
      productName: products.name,
      manufacturer: actors.name,
      version: productVersions.version,
    },
    where,
    limit,
  );
}

function decode(values: unknown[]): ExportRowWith {
  const row: Record<string, unknown> = {};
  for (let k = 0; k < RISKS; k++) {
    const value = values[k] ?? null;
    const decoder = DECODERS[k];
    row[KEYS[k] as string] = value === null || !decoder ? value : decoder(value);
  }
  // Indexed reads only: libSQL's client rows are array-like objects, not arrays.
  const riskCodes = values[RISKS] as string;
  const registrationNumber = values[RISKS + 1] as string | null;
  const name = values[RISKS + 2] as string;
  const manufacturer = (values[RISKS + 3] ?? null) as string | null;
  const version = (values[RISKS + 4] ?? null) as string | null;
  return {
    row: row as ExportRow,
    riskCodes: (JSON.parse(riskCodes) as string[]).sort(),
    product: registrationNumber === null ? null : { registrationNumber, name, manufacturer },
    version,
  };
}

/**
 * The WHERE of an export: the filters and scope, pinned to the incidents that existed when it started
 * (rowid ≤ the max rowid then; incidents are never deleted and new ones get higher rowids).
 */
export async function pinnedExportWhere(
  db: Db,
  filters: IncidentFilters,
  options: QueryOptions,
): Promise<SQL[]> {
  const [{ maxRowid } = { maxRowid: 0 }] = await db.all<{ maxRowid: number | null }>(
    sql`select coalesce(max(rowid), 0) as maxRowid from incidents`,
  );
  const walk = options.walk ?? (await pageStrategy(db, filters));
  return [...incidentConditions(filters, { ...options, walk }), sql`${i}.rowid <= ${maxRowid ?? 0}`];
}

export type ExportKey = [receivedAt: string, id: string];

/** The keyset condition: rows after (received_at, id) = `after`, in the (received_at, id) index order. */
export const afterKey = (after: readonly [unknown, unknown]): SQL =>
  sql`(${i.receivedAt}, ${i.id}) > (${after[0]}, ${after[1]})`;

/**
 * Keyset batches, oldest received first: each read asks for `size()` rows after the last
 * (received_at, id) seen (none for the first), and runs only when the caller asks for the next batch
 * (so a slow consumer throttles the reads and memory holds one batch). The keyset, on values that
 * never change, yields every pinned row exactly once and in order whatever is written meanwhile; each
 * batch shows its rows as they are when it is read.
 */
export async function* keysetBatches<T>(
  read: (after: ExportKey | undefined, limit: number) => Promise<T[]>,
  keyOf: (item: T) => ExportKey,
  size: () => number,
): AsyncGenerator<T[]> {
  let after: ExportKey | undefined;
  for (;;) {
    const limit = size();
    const batch = await read(after, limit);
    const last = batch.at(-1);
    if (!last) return;
    yield batch;
    if (batch.length < limit) return;
    after = keyOf(last);
  }
}

/**
 * Every matching incident as decoded rows (the FHIR export and the JS reference serialisers), in
 * keyset batches of `batchSize`. Consistency rule: see pinnedExportWhere and keysetBatches.
 */
export async function* exportRowBatches(
  db: Db,
  readRows: RowReader,
  filters: IncidentFilters,
  options: QueryOptions,
  batchSize: number,
): AsyncGenerator<ExportRowWith[]> {
  const where = await pinnedExportWhere(db, filters, options);
  yield* keysetBatches(
    async (after, limit) =>
      (await readRows(batchQuery(db, after ? [...where, afterKey(after)] : where, limit))).map(decode),
    (r) => [r.row.receivedAt, r.row.id],
    () => batchSize,
  );
}
