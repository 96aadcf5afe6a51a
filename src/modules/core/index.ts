/**
 * The core module's public surface: liveness, the audit log and its signed checkpoints, and the
 * verification of the whole registry's stored state (hash chain, checkpoints, every module's row
 * seals). It sits on top: it knows every module's sealed tables.
 */

export { type MonitorReport, monitorDb, monitorHttp, type SavedCheckpoints } from "./audit/monitor";
export type { Fetch } from "./audit/monitor-http";
export { sealedContent } from "./audit/sealed-tables";
export { auditRoutes } from "./routes/audit";
export { auditCheckpointRoutes } from "./routes/audit-checkpoints";
export { healthRoutes } from "./routes/health";
