import { type CsvColumn, csvHeader, csvRow } from "../../domain/export/csv";
import { ndjsonLine } from "../../domain/export/ndjson";
import { toAdverseEvent } from "../../domain/fhir/adverse-event";
import { bundleEntry, bundleHead, bundleTail } from "../../domain/fhir/bundle";
import type { CaseStatus, EventType, Outcome, PatientSex, Severity } from "../../domain/fhir/codes";
import { registryCausality } from "../../domain/fhir/registry-causality";
import { registrySystems } from "../../domain/fhir/systems";
import type { AdverseEvent } from "../../domain/fhir/types";
import { flagsOf } from "../../domain/flags";
import type { ExportRecord } from "../../services/export-enrich";

/** The regulator's full record of an incident (exports are regulator-only), flat for CSV and NDJSON. */
export function exportView(e: ExportRecord) {
  const r = e.row;
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    closure: r.closure,
    merged_into_id: r.mergedIntoId,
    product_id: r.productId,
    registration_number: e.product?.registrationNumber ?? null,
    product_name: e.product?.name ?? null,
    product_name_text: r.productNameText,
    product_version_id: r.productVersionId,
    product_version: e.version,
    deployment_id: r.deploymentId,
    occurred_at: r.occurredAt,
    aware_at: r.awareAt,
    received_at: r.receivedAt,
    country: r.country,
    setting: r.setting,
    use_area: r.useArea,
    event_type: r.eventType,
    severity: r.severity,
    outcome: r.outcome,
    risk_codes: e.riskCodes,
    age_band: r.ageBand,
    sex: r.sex,
    language: r.language,
    disability: r.disability,
    ethnicity: r.ethnicity,
    patient_knew_ai_was_used: r.patientKnewAiWasUsed,
    ...flagsOf(r),
    description_identifying: r.descriptionIdentifying,
    description: r.description,
  };
}
type ExportView = ReturnType<typeof exportView>;

// Columns = the view's keys, taken from the view function itself so CSV and NDJSON can never drift apart.
const CSV_COLUMNS: CsvColumn<ExportView>[] = (
  Object.keys(
    exportView({
      row: {} as ExportRecord["row"],
      riskCodes: [],
      product: null,
      version: null,
      frozen: undefined,
    }),
  ) as (keyof ExportView)[]
).map((key) =>
  key === "risk_codes" ? { header: key, value: (v: ExportView) => v.risk_codes.join(";") } : key,
);

const sys = registrySystems();

/** R4 AdverseEvent; the mapping's shape decisions are documented in domain/fhir/adverse-event.ts. */
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
      product_id: r.productId ?? "unmatched",
      registration_number: e.product?.registrationNumber ?? "unregistered",
      name: e.product?.name ?? r.productNameText ?? "Unidentified product",
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

/** Streaming writer per format: head, one chunk per record, tail (the FHIR tail needs the entry count). */
export function writerFor(format: ExportFormat, names: Map<string, string>, timestamp: string) {
  if (format === "csv") {
    return {
      head: csvHeader(CSV_COLUMNS),
      record: (e: ExportRecord) => csvRow(exportView(e), CSV_COLUMNS),
      tail: () => "",
    };
  }
  if (format === "ndjson") {
    return { head: "", record: (e: ExportRecord) => ndjsonLine(exportView(e)), tail: () => "" };
  }
  let written = 0;
  const options = { type: "collection" as const, timestamp };
  return {
    head: bundleHead(options),
    record: (e: ExportRecord) => bundleEntry(fhirEvent(e, names), written++ === 0, options),
    tail: () => bundleTail(written, options),
  };
}

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  ndjson: "application/x-ndjson",
  fhir: "application/fhir+json",
};
