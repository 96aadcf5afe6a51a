/** The one query layer for incident search, statistics, exports and signals (issue 6). */
export { incidentConditions } from "./conditions";
export { FTS_WINDOW, ftsPageQuery, ftsPageRows } from "./fts-page";
export {
  descendsFromFoundationModelSql,
  incidentActorsCte,
  incidentFoundationModelsCte,
  involvesActorSql,
  withCtes,
} from "./lineage-sql";
export {
  afterCursor,
  type IncidentRow,
  incidentBatches,
  incidentCursor,
  incidentOrder,
  type PageRequest,
  pageIncidents,
  pageQuery,
} from "./page";
export { pageStrategy, WALK_THRESHOLD } from "./strategy";
export { type IncidentFilters, type IncidentSort, type QueryOptions, type QueryScope, SORTS } from "./types";
