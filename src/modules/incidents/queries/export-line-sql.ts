import { type SQL, sql } from "drizzle-orm";
import * as registry from "../../registry";
import { EXPORT_FIELDS, type ExportFieldName } from "../domain/export/fields";
import * as t from "../schema";
import { asRead, rendered } from "./sql-text";

/**
 * The SQL expressions that build an export line in the database (export-lines.ts runs them per
 * batch): each field of EXPORT_FIELDS from its source, encoded as the JS reference encodes it. The
 * NDJSON line is here; the CSV record, with its quoting rules, in export-csv-sql.ts.
 */

const i = t.incidents;
const { products, productVersions } = registry;

// The risk codes of the row, sorted (a correlated read of the incident_risks primary key, which is in
// code order anyway; the ORDER BY makes it a guarantee rather than a plan detail).
export const RISK_CODES = sql`select r.risk_code as code from ${t.incidentRisks} r where r.incident_id = ${i.id} order by r.risk_code`;

/** Where each field of the flat record comes from (all joined in the one batch statement). */
export const SOURCES: Record<Exclude<ExportFieldName, "risk_codes">, SQL | { getSQL(): SQL }> = {
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

/** The NDJSON line of a batch row, as one SELECT expression over the joined tables. */
export const NDJSON_LINE = rendered(ndjsonLine());
