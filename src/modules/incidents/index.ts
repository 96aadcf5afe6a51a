/**
 * The incidents module's public surface: harm reports (filing, follow-ups, receipts, workflow,
 * responses, duplicates), the one incident access policy, queries, stats, public stats, signals,
 * exports (CSV, NDJSON, FHIR) and reporting deadlines, with their pure domain rules. Nothing else in
 * the module is imported from outside; only the drizzle schema files read ./schema directly.
 */

export { INCIDENT_READERS, incidentAccess } from "./access";
export {
  type ComputeDeadlinesInput,
  computeDeadlines,
  type DeadlineActor,
  type DeadlineIncident,
  DeadlineInputError,
} from "./domain/deadlines/compute";
export { parseReportingRuleset, type ReportingRuleset, rulesetsInForce } from "./domain/deadlines/ruleset";
export {
  DEFAULT_WEIGHTS,
  type DuplicateReport,
  rankCandidates,
  scoreSimilarity,
} from "./domain/duplicates/score";
export { normalizeText, textSimilarity } from "./domain/duplicates/text";
export { type CsvColumn, csvField, csvHeader, csvLine, csvRow, toCsv } from "./domain/export/csv";
export { ndjsonLine, toNdjson } from "./domain/export/ndjson";
export { type IncidentForFhir, toAdverseEvent } from "./domain/fhir/adverse-event";
export { type BundleOptions, bundleEntry, bundleHead, bundleTail, toBundle } from "./domain/fhir/bundle";
export { CASE_STATUSES, CAUSALITY_ASSESSMENTS, CAUSALITY_METHODS, PATIENT_SEXES } from "./domain/fhir/codes";
export { type FrozenAssessment, registryCausality } from "./domain/fhir/registry-causality";
export { registrySystems } from "./domain/fhir/systems";
export type { FhirResource } from "./domain/fhir/types";
export { REPORTING_RULESETS } from "./domain/reporting-rulesets";
export {
  type ContingencyRow,
  detectSignals,
  disproportionality,
  yatesChiSquare,
} from "./domain/stats/disproportionality";
export {
  type CountTableInput,
  CountTableInputError,
  figureAt,
  type PublishedFigure,
  type SuppressedTable,
  suppressSmallCells,
} from "./domain/stats/suppression";
export { EVENT_TYPES, OUTCOMES, SEVERITIES } from "./domain/vocabulary";
export { PATIENT_FIELD_AUDIENCE, REGULATOR_ONLY_ATTRIBUTES } from "./filters/access";
export { filterFields } from "./filters/filters-schema";
export { Evidence, Patient, REPORTER_ROLES, SETTINGS } from "./incident-schemas";
export { AWARENESS_SEAL, INCIDENT_SEAL, REPORT_SEAL, RESPONSE_SEAL } from "./incident-seal";
export {
  afterCursor,
  FTS_WINDOW,
  ftsPageQuery,
  ftsPageRows,
  type IncidentFilters,
  incidentConditions,
  incidentCursor,
  incidentOrder,
  pageQuery,
  pageStrategy,
  WALK_THRESHOLD,
} from "./queries";
export { countQuery, DIMENSIONS, exactCountQuery } from "./queries/counts";
export { rollupCountQuery } from "./queries/rollup";
export { COLUMN_DIMENSIONS } from "./queries/types";
export { incidentExportRoutes } from "./routes/export";
export { incidentRoutes } from "./routes/incidents";
export { IncidentDetail, Receipt, ResponseView, TransitionResult } from "./routes/incidents/schemas-views";
export { publicStatsRoutes } from "./routes/public-stats";
export { productIncidentCounts } from "./routes/public-stats/product-counts";
export { regulatoryReportRoutes } from "./routes/regulatory-reports";
export { signalRoutes } from "./routes/signals";
export { incidentStatsRoutes } from "./routes/stats";
export { incidentEvents, incidentResponses, incidentRisks, incidents, reports } from "./schema";
export type { FrozenAssessments, FrozenAssessmentsOf } from "./services/export-enrich";
export { incidentOfReporter } from "./services/receipt";
export { incidentProfile, incidentRegimes, type RegimeAnalysis, regimeAnalysis } from "./services/regimes";
export type { IncidentRow } from "./services/repo";
