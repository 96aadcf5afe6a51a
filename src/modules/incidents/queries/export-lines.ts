import { fillPlaceholders, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import type { RowReader } from "../../../platform/db/row-reader";
import * as t from "../schema";
import { CSV_LINE, csvFields } from "./export-csv-sql";
import { NDJSON_LINE } from "./export-line-sql";
import { afterKey, exportBatchSelect, keysetBatches, pinnedExportWhere } from "./export-rows";
import { FHIR_ENTRY } from "./fhir-entry-sql";
import { dialect } from "./sql-text";
import type { IncidentFilters, QueryOptions } from "./types";

const i = t.incidents;

/** The formats whose whole line the database builds. */
export type LineFormat = "ndjson" | "csv";
/**
 * …and FHIR, whose Bundle entries the database builds all but the causality of (fhir-entry-sql.ts),
 * with whether each incident has a frozen assessment (`frozen`, SQL over the batch's incident).
 */
type SqlBuilt = { format: LineFormat } | { format: "fhir"; frozen: SQL };

/**
 * A row of a line batch: the keyset, the line, and for FHIR what the causality needs beside the
 * frozen assessments: the incident's closure as read, and whether it has a frozen assessment (0/1).
 */
export type LineRow = [
  receivedAt: string,
  id: string,
  line: string,
  closure?: string | null,
  frozen?: number,
];

/** SQL: whether the incident whose id is `incidentId` has a frozen assessment (the liability module's). */
export type FrozenExist = (incidentId: SQL) => SQL;

const batchSelect = (db: Db, fields: Record<string, SQL | SQL.Aliased>, where: SQL[], limit: Placeholder) =>
  exportBatchSelect(
    db,
    { kAt: sql`${i.receivedAt}`.as("k_at"), kId: sql`${i.id}`.as("k_id"), ...fields },
    where,
    limit,
  );

/**
 * One batch of [received_at, id, line]. NDJSON: json_object evaluates each argument once, so the line
 * is built in the batch SELECT itself. CSV: quoting reads each value several times, so the batch is
 * materialised first (each field, the risk-code look-up above all, computed once per row) and the
 * lines are built over its columns, in the batch's order.
 */
function lineQuery(db: Db, built: SqlBuilt, where: SQL[], limit: Placeholder): SQL {
  if (built.format === "ndjson") return batchSelect(db, { line: NDJSON_LINE }, where, limit);
  if (built.format === "fhir") {
    const fields = { line: FHIR_ENTRY, closure: sql`${i.closure}`, frozen: built.frozen };
    return batchSelect(db, fields, where, limit);
  }
  const batch = batchSelect(db, csvFields(), where, limit);
  return sql`with b as materialized (${batch}) select b."k_at", b."k_id", ${CSV_LINE} from b order by b."k_at", b."k_id"`;
}

/** Bounds on rows per read: a tiny batch costs a statement per few rows, a huge one holds the loop. */
const MIN_ROWS = 16;
export const LINE_BATCH_MAX_ROWS = 1_000;

/**
 * Every matching incident as finished CSV or NDJSON lines, built by the database: each read returns
 * three values per row (the keyset and the line) instead of ~40 columns to decode and serialise in JS,
 * which was the ceiling. Batches are sized by text length: each aims at `targetChars` from the average
 * line of the previous batch, so a read stays near one size whatever the format or row (the route
 * streams it as chunks of bounded size). Same consistency rule as exportRowBatches (pinned set,
 * keyset order).
 */
export async function* exportLineBatches(
  db: Db,
  readRows: RowReader,
  filters: IncidentFilters,
  options: QueryOptions,
  format: LineFormat,
  targetChars: number,
): AsyncGenerator<string[]> {
  for await (const rows of lineRows(db, readRows, filters, options, { format }, targetChars)) {
    yield rows.map((r) => r[2]);
  }
}

/** The FHIR Bundle entries of every matching incident, without causality: see exportLineBatches. */
export function exportFhirEntryBatches(
  db: Db,
  readRows: RowReader,
  filters: IncidentFilters,
  options: QueryOptions,
  targetChars: number,
  exist: FrozenExist,
): AsyncGenerator<LineRow[]> {
  const built = { format: "fhir", frozen: exist(sql`${i.id}`) } as const;
  return lineRows(db, readRows, filters, options, built, targetChars);
}

async function* lineRows(
  db: Db,
  readRows: RowReader,
  filters: IncidentFilters,
  options: QueryOptions,
  built: SqlBuilt,
  targetChars: number,
): AsyncGenerator<LineRow[]> {
  const where = await pinnedExportWhere(db, filters, options);
  // Rendered once per export, the first batch's and every later one's, then only their parameters
  // change (drizzle rendering the statement cost ~0.6 ms per batch).
  const limit = sql.placeholder("limit");
  const after = [sql.placeholder("receivedAt"), sql.placeholder("id")] as const;
  const first = dialect.sqlToQuery(lineQuery(db, built, where, limit));
  const next = dialect.sqlToQuery(lineQuery(db, built, [...where, afterKey([...after])], limit));
  let rows = MIN_ROWS;
  const batches = keysetBatches(
    async (key, limit) => {
      const query = key ? next : first;
      const values = { limit, receivedAt: key?.[0], id: key?.[1] };
      const params = fillPlaceholders(query.params, values);
      return (await readRows({ sql: query.sql, params })) as LineRow[];
    },
    (r) => [r[0], r[1]],
    () => rows,
  );
  for await (const batch of batches) {
    let chars = 0;
    for (const r of batch) chars += r[2].length;
    rows = Math.min(
      LINE_BATCH_MAX_ROWS,
      Math.max(MIN_ROWS, Math.floor(targetChars / (chars / batch.length))),
    );
    yield batch;
  }
}
