/**
 * The flat export record (CSV and NDJSON), as data: its fields in output order, each with the kind of
 * value it holds. Two serialisers read this one list, so they cannot drift apart: the SQL that builds
 * each line inside the database (queries/export-lines.ts, the export's production path) and the JS
 * reference (`exportView` + csvRow/ndjsonLine, routes/export/formats.ts) the tests hold it to, byte
 * for byte.
 *
 * Kinds: `text` is a string or null; `boolean` a 0/1 column shown as true/false; `list` the sorted
 * risk codes (a JSON array in NDJSON, `;`-joined in CSV).
 *
 * `csv: "code"` marks a text field whose values are ids, references, timestamps or codes that the
 * registry generates or restricts to its vocabularies, so they practically never need CSV quoting or
 * the formula guard. The SQL line builder checks those fields of a row together, in one pass, and writes
 * them bare when none of them needs either; otherwise it encodes each like any other field. The check
 * is exact for any stored value, so nothing rests on the app's validation: no column of `incidents`
 * has a CHECK constraint, and received_at's trigger (migration 0018) covers only rows written since
 * (issue 14). Unmarked text is free text (narratives, names, self-described ethnicity), often holding
 * commas and quotes: always encoded field by field.
 */
export const EXPORT_FIELDS = [
  { name: "id", kind: "text", csv: "code" }, // a UUIDv7 the registry generates
  { name: "reference", kind: "text", csv: "code" }, // INC-<year>-<n>, allocated by the registry
  { name: "status", kind: "text", csv: "code" }, // a workflow state
  { name: "closure", kind: "text", csv: "code" }, // a closure code
  { name: "merged_into_id", kind: "text", csv: "code" }, // an incident id
  { name: "product_id", kind: "text", csv: "code" }, // a registry id (foreign key)
  { name: "registration_number", kind: "text", csv: "code" }, // allocated by the registry
  { name: "product_name", kind: "text" },
  { name: "product_name_text", kind: "text" },
  { name: "product_version_id", kind: "text", csv: "code" }, // a registry id
  { name: "product_version", kind: "text" }, // the developer's own label
  { name: "deployment_id", kind: "text", csv: "code" }, // a registry id
  { name: "occurred_at", kind: "text", csv: "code" }, // an ISO 8601 instant, checked at filing
  { name: "aware_at", kind: "text", csv: "code" }, // an ISO 8601 instant
  { name: "received_at", kind: "text", csv: "code" }, // toISOString() at filing, kept so by 0018
  { name: "country", kind: "text", csv: "code" }, // an ISO 3166-1 code
  { name: "setting", kind: "text", csv: "code" }, // a vocabulary code
  { name: "use_area", kind: "text", csv: "code" }, // a catalog code
  { name: "event_type", kind: "text", csv: "code" }, // a vocabulary code
  { name: "severity", kind: "text", csv: "code" }, // a vocabulary code
  { name: "outcome", kind: "text", csv: "code" }, // a vocabulary code
  // Catalog codes, but encoded on their own: the batch reads them with a subquery, which the codes' check
  // (built in the same SELECT) would run a second time.
  { name: "risk_codes", kind: "list" },
  { name: "age_band", kind: "text", csv: "code" }, // a vocabulary code
  { name: "sex", kind: "text", csv: "code" }, // a vocabulary code
  { name: "language", kind: "text", csv: "code" }, // a BCP 47 tag
  { name: "disability", kind: "text", csv: "code" }, // a vocabulary code
  { name: "ethnicity", kind: "text" },
  { name: "patient_knew_ai_was_used", kind: "text", csv: "code" }, // a vocabulary code
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
