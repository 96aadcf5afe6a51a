/** The one query layer for incident search, statistics, exports and signals (issue 6). */
export { incidentConditions } from "./conditions";
export {
  exportFhirEntryBatches,
  exportLineBatches,
  type FrozenExist,
  LINE_BATCH_MAX_ROWS,
  type LineFormat,
  type LineRow,
} from "./export-lines";
export { type ExportRow, type ExportRowWith, exportRowBatches } from "./export-rows";
export { FHIR_ENTRY_CLOSE } from "./fhir-entry-sql";
export { FTS_WINDOW, ftsPageQuery, ftsPageRows } from "./fts-page";
export { descendsFromFoundationModelSql, involvesActorSql } from "./lineage-sql";
export {
  afterCursor,
  type IncidentRow,
  incidentCursor,
  incidentOrder,
  type PageRequest,
  pageIncidents,
  pageQuery,
} from "./page";
export { pageStrategy, WALK_THRESHOLD } from "./strategy";
export { type IncidentFilters, type IncidentSort, type QueryOptions, type QueryScope, SORTS } from "./types";
