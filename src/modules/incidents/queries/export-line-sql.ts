import { type SQL, sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import * as registry from "../../registry";
import {
  CSV_FORMULA_STARTS,
  CSV_LIST_SEPARATOR,
  CSV_QUOTE_TRIGGERS,
  EXPORT_FIELDS,
  type ExportFieldName,
} from "../domain/export/fields";
import * as t from "../schema";
import { asRead } from "./sql-text";

/**
 * The SQL expressions that build an export line in the database (export-lines.ts runs them per
 * batch): each field of EXPORT_FIELDS from its source, encoded as the JS reference encodes it.
 */

const i = t.incidents;
const { products, productVersions } = registry;

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
export function csvFields(): Record<string, SQL.Aliased> {
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
export function rendered(expression: SQL): SQL {
  const { sql: text, params } = new SQLiteAsyncDialect().sqlToQuery(expression);
  if (params.length > 0) throw new Error("a line expression must not take parameters");
  return sql.raw(text);
}
/** The NDJSON line of a batch row, as one SELECT expression over the joined tables. */
export const NDJSON_LINE = rendered(ndjsonLine());
/** The CSV record of a row of the materialised batch `b` (its columns named by csvFields). */
export const CSV_LINE = rendered(csvLine());
