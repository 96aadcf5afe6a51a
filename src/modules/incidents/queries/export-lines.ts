import { fillPlaceholders, type Placeholder, type SQL, sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Db } from "../../../platform/db/client";
import type { RowReader } from "../../../platform/db/row-reader";
import * as registry from "../../registry";
import {
  CSV_FORMULA_STARTS,
  CSV_LIST_SEPARATOR,
  CSV_QUOTE_TRIGGERS,
  EXPORT_FIELDS,
  type ExportFieldName,
} from "../domain/export/fields";
import * as t from "../schema";
import { afterKey, exportBatchSelect, keysetBatches, pinnedExportWhere } from "./export-rows";
import type { IncidentFilters, QueryOptions } from "./types";

const i = t.incidents;
const { products, productVersions } = registry;

/** The formats whose whole line the database builds. */
export type LineFormat = "ndjson" | "csv";

// The risk codes of the row, sorted (a correlated read of the incident_risks primary key, which is in
// code order anyway; the ORDER BY makes it a guarantee rather than a plan detail).
const RISK_CODES = sql`select r.risk_code as code from ${t.incidentRisks} r where r.incident_id = ${i.id} order by r.risk_code`;

/** Where each field of the flat record comes from (all joined in the one batch statement). */
const SOURCES: Record<Exclude<ExportFieldName, "risk_codes">, SQL | { getSQL(): SQL }> = {
  id: i.id,
  reference: i.reference,
  status: i.status,
  closure: i.closure,
  merged_into_id: i.mergedIntoId,
  product_id: i.productId,
  registration_number: products.registrationNumber,
  product_name: products.name,
  product_name_text: i.productNameText,
  product_version_id: i.productVersionId,
  product_version: productVersions.version,
  deployment_id: i.deploymentId,
  occurred_at: i.occurredAt,
  aware_at: i.awareAt,
  received_at: i.receivedAt,
  country: i.country,
  setting: i.setting,
  use_area: i.useArea,
  event_type: i.eventType,
  severity: i.severity,
  outcome: i.outcome,
  age_band: i.ageBand,
  sex: i.sex,
  language: i.language,
  disability: i.disability,
  ethnicity: i.ethnicity,
  patient_knew_ai_was_used: i.patientKnewAiWasUsed,
  widespread_infringement: i.widespreadInfringement,
  critical_infrastructure_disruption: i.criticalInfrastructureDisruption,
  fundamental_rights_infringement: i.fundamentalRightsInfringement,
  property_or_environment_harm: i.propertyOrEnvironmentHarm,
  serious_public_health_threat: i.seriousPublicHealthThreat,
  unanticipated_deterioration: i.unanticipatedDeterioration,
  provider_unreachable: i.providerUnreachable,
  description_identifying: i.descriptionIdentifying,
  description: i.description,
};

/**
 * A text value as the drivers return it: they read text up to its first NUL character, so the JS
 * reference (and every other read of the app) sees only that prefix. length() counts the characters
 * before the first NUL, so this keeps exactly that prefix. In a line built in SQL a NUL would otherwise
 * end the whole line early for the driver (in CSV, where it is not escaped, merging records).
 */
const asRead = (value: SQL | { getSQL(): SQL }) => sql`substr(${value}, 1, length(${value}))`;

/** A character as an SQL expression: char(n) keeps control characters out of the statement text. */
const sqlChar = (c: string) => sql.raw(`char(${c.charCodeAt(0)})`);

/**
 * One JSON object per line, as JSON.stringify writes the reference view: keys in list order, SQLite's
 * json escaping (the same short forms \b \f \n \r \t, lowercase \u00xx for other control characters,
 * nothing else escaped), booleans as json true/false, the risk codes as a JSON array.
 */
function ndjsonLine(): SQL {
  const members = EXPORT_FIELDS.map((f) => {
    const value =
      f.kind === "list"
        ? sql`(select json_group_array(code) from (${RISK_CODES}))`
        : f.kind === "boolean"
          ? sql`iif(${SOURCES[f.name]}, json('true'), json('false'))`
          : asRead(SOURCES[f.name]);
    return sql`${sql.raw(`'${f.name}'`)}, ${value}`;
  });
  return sql`${jsonObject(members)} || char(10)`;
}

/** D1 allows 32 arguments per SQL function: json_object takes at most 16 members at a time. */
const MEMBERS_PER_CALL = 16;

/**
 * One JSON object of `members` (key, value pairs) in their order, made of json_object calls of at
 * most MEMBERS_PER_CALL members spliced as text: the first without its closing brace, the last
 * without its opening one. Trimming is exact because no value is an object (text, booleans, arrays):
 * each part starts with `{"` and its last value ends in `"`, `]`, a letter or a digit.
 */
function jsonObject(members: SQL[]): SQL {
  const parts: SQL[] = [];
  for (let k = 0; k < members.length; k += MEMBERS_PER_CALL) {
    parts.push(sql`json_object(${sql.join(members.slice(k, k + MEMBERS_PER_CALL), sql`, `)})`);
  }
  const spliced = parts.map((part, k) => {
    const open = k === 0 ? part : sql`ltrim(${part}, '{')`;
    return k === parts.length - 1 ? open : sql`rtrim(${open}, '}')`;
  });
  return sql.join(spliced, sql` || ',' || `);
}

/**
 * csv.ts's csvField for a text value, in SQL: null → empty; a formula start gets a leading quote;
 * a field with a quote, comma, CR or LF is quoted with inner quotes doubled. `value` is referenced
 * several times, so it must be a plain column (of the materialised batch, below).
 */
function csvText(value: SQL): SQL {
  const formula = sql`${value} glob ${globClass(CSV_FORMULA_STARTS, "")}`;
  const guarded = sql`(case when ${formula} then '''' || ${value} else ${value} end)`;
  const needsQuotes = sql`${value} glob ${globClass(CSV_QUOTE_TRIGGERS, "*")}`;
  return sql`(case when ${value} is null then '' when ${needsQuotes} then '"' || replace(${guarded}, '"', '""') || '"' else ${guarded} end)`;
}

/**
 * A GLOB pattern matching text that has one of `chars` (after `prefix`): one scan, where a test per
 * character (instr, or substr … in (…)) cost several. The pattern is constant, so SQLite builds it
 * once per statement. In a GLOB class `-` is literal only last, and `]` or `^` would need care.
 */
function globClass(chars: readonly string[], prefix: "" | "*"): SQL {
  if (chars.some((c) => c === "]" || c === "^")) throw new Error("globClass: ] and ^ are not supported");
  const ordered = [...chars.filter((c) => c !== "-"), ...chars.filter((c) => c === "-")];
  const members = ordered.map((c) => (c < " " ? sqlChar(c) : sql.raw(`'${c.replaceAll("'", "''")}'`)));
  return sql`(${sql.raw(`'${prefix}['`)} || ${sql.join(members, sql` || `)} || ']*')`;
}

/** One RFC 4180 record per line over the batch's columns, as csvRow writes the reference view. */
function csvLine(): SQL {
  const fields = EXPORT_FIELDS.map((f) => {
    const column = sql.raw(`b."${f.name}"`);
    return f.kind === "boolean" ? sql`iif(${column}, 'true', 'false')` : csvText(column);
  });
  // A plain || chain: printf (parsing its format per row) cost a quarter of the statement, concat_ws
  // skips empty fields, and concat needs SQLite 3.44.
  return sql`${sql.join(fields, sql` || ',' || `)} || char(13, 10)`;
}

/** The batch's fields, each computed once, under their names (what csvLine reads). */
function csvFields(): Record<string, SQL.Aliased> {
  const separator = sql.raw(`'${CSV_LIST_SEPARATOR}'`);
  return Object.fromEntries(
    EXPORT_FIELDS.map((f) => [
      f.name,
      (f.kind === "list"
        ? sql`(select group_concat(code, ${separator}) from (${RISK_CODES}))`
        : f.kind === "boolean"
          ? sql`${SOURCES[f.name]}`
          : asRead(SOURCES[f.name])
      ).as(f.name),
    ]),
  );
}

/**
 * Rendered once: the expressions are constant (no parameters), and drizzle walking a few hundred SQL
 * chunks per batch cost ~0.7 ms, as much as the database's work on a 60-row batch.
 */
function rendered(expression: SQL): SQL {
  const { sql: text, params } = new SQLiteAsyncDialect().sqlToQuery(expression);
  if (params.length > 0) throw new Error("a line expression must not take parameters");
  return sql.raw(text);
}
const NDJSON_LINE = rendered(ndjsonLine());
const CSV_LINE = rendered(csvLine());

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
function lineQuery(db: Db, format: LineFormat, where: SQL[], limit: Placeholder): SQL {
  if (format === "ndjson") return batchSelect(db, { line: NDJSON_LINE }, where, limit);
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
  const where = await pinnedExportWhere(db, filters, options);
  // Rendered once per export, the first batch's and every later one's, then only their parameters
  // change (drizzle rendering the statement cost ~0.6 ms per batch).
  const limit = sql.placeholder("limit");
  const after = [sql.placeholder("receivedAt"), sql.placeholder("id")] as const;
  const dialect = new SQLiteAsyncDialect();
  const first = dialect.sqlToQuery(lineQuery(db, format, where, limit));
  const next = dialect.sqlToQuery(lineQuery(db, format, [...where, afterKey([...after])], limit));
  let rows = MIN_ROWS;
  const batches = keysetBatches(
    async (key, limit) => {
      const query = key ? next : first;
      const values = { limit, receivedAt: key?.[0], id: key?.[1] };
      const params = fillPlaceholders(query.params, values);
      return (await readRows({ sql: query.sql, params })) as [string, string, string][];
    },
    (r) => [r[0], r[1]],
    () => rows,
  );
  for await (const batch of batches) {
    let chars = 0;
    const lines = batch.map((r) => {
      chars += r[2].length;
      return r[2];
    });
    rows = Math.min(
      LINE_BATCH_MAX_ROWS,
      Math.max(MIN_ROWS, Math.floor(targetChars / (chars / batch.length))),
    );
    yield lines;
  }
}
