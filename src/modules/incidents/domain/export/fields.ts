/**
 * The flat export record (CSV and NDJSON), as data: its fields in output order, each with the kind of
 * value it holds. Two serialisers read this one list, so they cannot drift apart: the SQL that builds
 * each line inside the database (queries/export-lines.ts, the export's production path) and the JS
 * reference (`exportView` + csvRow/ndjsonLine, routes/export/formats.ts) the tests hold it to, byte
 * for byte.
 *
 * Kinds: `text` is a string or null; `boolean` a 0/1 column shown as true/false; `list` the sorted
 * risk codes (a JSON array in NDJSON, `;`-joined in CSV).
 */
export const EXPORT_FIELDS = [
  { name: "id", kind: "text" },
  { name: "reference", kind: "text" },
  { name: "status", kind: "text" },
  { name: "closure", kind: "text" },
  { name: "merged_into_id", kind: "text" },
  { name: "product_id", kind: "text" },
  { name: "registration_number", kind: "text" },
  { name: "product_name", kind: "text" },
  { name: "product_name_text", kind: "text" },
  { name: "product_version_id", kind: "text" },
  { name: "product_version", kind: "text" },
  { name: "deployment_id", kind: "text" },
  { name: "occurred_at", kind: "text" },
  { name: "aware_at", kind: "text" },
  { name: "received_at", kind: "text" },
  { name: "country", kind: "text" },
  { name: "setting", kind: "text" },
  { name: "use_area", kind: "text" },
  { name: "event_type", kind: "text" },
  { name: "severity", kind: "text" },
  { name: "outcome", kind: "text" },
  { name: "risk_codes", kind: "list" },
  { name: "age_band", kind: "text" },
  { name: "sex", kind: "text" },
  { name: "language", kind: "text" },
  { name: "disability", kind: "text" },
  { name: "ethnicity", kind: "text" },
  { name: "patient_knew_ai_was_used", kind: "text" },
  { name: "widespread_infringement", kind: "boolean" },
  { name: "critical_infrastructure_disruption", kind: "boolean" },
  { name: "fundamental_rights_infringement", kind: "boolean" },
  { name: "property_or_environment_harm", kind: "boolean" },
  { name: "serious_public_health_threat", kind: "boolean" },
  { name: "unanticipated_deterioration", kind: "boolean" },
  { name: "provider_unreachable", kind: "boolean" },
  { name: "description_identifying", kind: "boolean" },
  { name: "description", kind: "text" },
] as const;

export type ExportField = (typeof EXPORT_FIELDS)[number];
export type ExportFieldName = ExportField["name"];
export type ExportFieldKind = ExportField["kind"];

interface KindValue {
  text: string | null;
  boolean: boolean;
  list: string[];
}

/** The flat record, typed from the list: what NDJSON writes as one JSON object per line. */
export type ExportView = { [F in ExportField as F["name"]]: KindValue[F["kind"]] };

/** What the CSV formula guard (csv.ts) treats as a formula start, as characters (SQL needs them so). */
export const CSV_FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"] as const;
/** The characters that make csv.ts quote a field. */
export const CSV_QUOTE_TRIGGERS = ['"', ",", "\r", "\n"] as const;
/** How CSV joins a `list` field. */
export const CSV_LIST_SEPARATOR = ";";
