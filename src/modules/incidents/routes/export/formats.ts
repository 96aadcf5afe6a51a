import { type CsvColumn, csvHeader, csvRow } from "../../domain/export/csv";
import {
  CSV_LIST_SEPARATOR,
  EXPORT_FIELDS,
  type ExportFieldName,
  type ExportView,
} from "../../domain/export/fields";
import { ndjsonLine } from "../../domain/export/ndjson";
import { PRODUCT_PLACEHOLDER, toAdverseEvent } from "../../domain/fhir/adverse-event";
import { bundleEntryJson, bundleEntryText, bundleHead, bundleTail } from "../../domain/fhir/bundle";
import type { CaseStatus, EventType, Outcome, PatientSex, Severity } from "../../domain/fhir/codes";
import { registryCausality } from "../../domain/fhir/registry-causality";
import { registrySystems } from "../../domain/fhir/systems";
import type { AdverseEvent } from "../../domain/fhir/types";
import { flagColumn, INCIDENT_FLAGS, type IncidentFlag } from "../../domain/flags";
import type { ExportRowWith, LineFormat } from "../../queries";
import type { ExportRecord } from "../../services/export-enrich";

/** Each flat field's value, by name: the JS reference for the SQL that builds the lines (export-lines.ts). */
const VALUES: { [F in ExportFieldName]: (e: ExportRowWith) => ExportView[F] } = {
  id: (e) => e.row.id,
  reference: (e) => e.row.reference,
  status: (e) => e.row.status,
  closure: (e) => e.row.closure,
  merged_into_id: (e) => e.row.mergedIntoId,
  product_id: (e) => e.row.productId,
  registration_number: (e) => e.product?.registrationNumber ?? null,
  product_name: (e) => e.product?.name ?? null,
  product_name_text: (e) => e.row.productNameText,
  product_version_id: (e) => e.row.productVersionId,
  product_version: (e) => e.version,
  deployment_id: (e) => e.row.deploymentId,
  occurred_at: (e) => e.row.occurredAt,
  aware_at: (e) => e.row.awareAt,
  received_at: (e) => e.row.receivedAt,
  country: (e) => e.row.country,
  setting: (e) => e.row.setting,
  use_area: (e) => e.row.useArea,
  event_type: (e) => e.row.eventType,
  severity: (e) => e.row.severity,
  outcome: (e) => e.row.outcome,
  risk_codes: (e) => e.riskCodes,
  age_band: (e) => e.row.ageBand,
  sex: (e) => e.row.sex,
  language: (e) => e.row.language,
  disability: (e) => e.row.disability,
  ethnicity: (e) => e.row.ethnicity,
  patient_knew_ai_was_used: (e) => e.row.patientKnewAiWasUsed,
  ...(Object.fromEntries(
    INCIDENT_FLAGS.map((f) => [f, (e: ExportRowWith) => e.row[flagColumn(f)]]),
  ) as Record<IncidentFlag, (e: ExportRowWith) => boolean>),
  description_identifying: (e) => e.row.descriptionIdentifying,
  description: (e) => e.row.description,
};

/**
 * The regulator's full record of an incident (exports are regulator-only), flat, fields in
 * EXPORT_FIELDS order. The production path builds the same lines in SQL (queries/export-lines.ts);
 * this is the reference the tests hold that SQL to, byte for byte.
 */
export function exportView(e: ExportRowWith): ExportView {
  const view: Record<string, unknown> = {};
  for (const f of EXPORT_FIELDS) view[f.name] = VALUES[f.name](e);
  return view as ExportView;
}

const CSV_COLUMNS: CsvColumn<ExportView>[] = EXPORT_FIELDS.map((f) =>
  f.kind === "list"
    ? { header: f.name, value: (v: ExportView) => (v[f.name] as string[]).join(CSV_LIST_SEPARATOR) }
    : f.name,
);

const sys = registrySystems();

/**
 * R4 AdverseEvent; the mapping's shape decisions are documented in domain/fhir/adverse-event.ts. The
 * production path builds the same entries in SQL (queries/fhir-entry-sql.ts); this is the reference
 * the tests hold that SQL to, byte for byte.
 */
export function fhirEvent(e: ExportRecord, names: Map<string, string>): AdverseEvent {
  const r = e.row;
  const event = toAdverseEvent({
    id: r.id,
    reference: r.reference,
    occurred_at: r.occurredAt,
    aware_at: r.awareAt,
    reported_at: r.receivedAt,
    country: r.country,
    setting: r.setting,
    use_area: r.useArea ?? "",
    event_type: r.eventType as EventType,
    severity: r.severity as Severity,
    outcome: r.outcome as Outcome,
    risks: e.riskCodes.map((code) => ({ code, name: names.get(code) ?? code })),
    status: r.status as CaseStatus,
    closure: r.closure ? { reason: r.closure } : null,
    patient: { age_band: r.ageBand, sex: r.sex as PatientSex | null, language: r.language },
    product: {
      product_id: r.productId ?? PRODUCT_PLACEHOLDER.productId,
      registration_number: e.product?.registrationNumber ?? PRODUCT_PLACEHOLDER.registrationNumber,
      name: e.product?.name ?? r.productNameText ?? PRODUCT_PLACEHOLDER.name,
      version_id: r.productVersionId,
      version: e.version,
      manufacturer_name: e.product?.manufacturer ?? null,
    },
    causality: registryCausality(e.frozen, r.closure),
  });
  // No use area or no registered product: drop the elements rather than export placeholder codes/ids.
  if (!r.useArea) event.extension = event.extension?.filter((x) => x.url !== sys.useAreaExtension);
  if (!r.productId) {
    for (const res of event.contained ?? []) if (res.resourceType === "Device") delete res.identifier;
  }
  return event;
}

export const FORMATS = ["csv", "ndjson", "fhir"] as const;
export type ExportFormat = (typeof FORMATS)[number];

export const LINE_FORMATS = ["csv", "ndjson"] as const satisfies readonly LineFormat[];
export const isLineFormat = (format: ExportFormat): format is LineFormat =>
  (LINE_FORMATS as readonly string[]).includes(format);

/**
 * What the route streams around the lines the database builds (queries/export-lines.ts): the head,
 * each line as written (a FHIR entry gets its separator), and the tail (the FHIR tail needs the count).
 */
export function streamFor(format: ExportFormat, timestamp: string) {
  if (format !== "fhir") {
    return { head: format === "csv" ? csvHeader(CSV_COLUMNS) : "", line: (l: string) => l, tail: () => "" };
  }
  let written = 0;
  const options = { type: "collection" as const, timestamp };
  return {
    head: bundleHead(options),
    line: (entryJson: string) => bundleEntryText(entryJson, written++ === 0),
    tail: () => bundleTail(written, options),
  };
}

/**
 * The JS reference writer per format, the same stream with each record serialised here from the
 * decoded row: what the tests hold the SQL-built lines and entries to, byte for byte.
 */
export function writerFor(format: ExportFormat, names: Map<string, string>, timestamp: string) {
  const stream = streamFor(format, timestamp);
  let serialise = (e: ExportRecord) =>
    bundleEntryJson(fhirEvent(e, names), { type: "collection", timestamp });
  if (format === "csv") serialise = (e) => csvRow(exportView(e), CSV_COLUMNS);
  if (format === "ndjson") serialise = (e) => ndjsonLine(exportView(e));
  return { ...stream, record: (e: ExportRecord) => stream.line(serialise(e)) };
}

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  ndjson: "application/x-ndjson",
  fhir: "application/fhir+json",
};
