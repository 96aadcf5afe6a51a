import { eq, isNull, type SQL } from "drizzle-orm";
import type { SealedTable } from "../../platform/audit/seal";
import * as t from "./schema";

/**
 * Guard for an in-place update of a sealed incident: the row still carries the seal that was read.
 * The new seal is computed from the row as read plus the change, so a row changed meanwhile (by any
 * route) must make this write fail (409) rather than seal content the row does not have.
 */
export const stillSealedAs = (incident: { auditSeq: number | null }): SQL =>
  incident.auditSeq === null ? isNull(t.incidents.auditSeq) : eq(t.incidents.auditSeq, incident.auditSeq);

/**
 * The incidents module's sealed tables (see platform/audit/seal.ts). `reference` (INC-YYYY-NNNNNN) is
 * allocated from a counter inside the filing batch, so the writer cannot know it: it is left out of
 * the seal (and unique-indexed).
 */
export const INCIDENT_SEAL: SealedTable = {
  name: "incidents",
  table: t.incidents,
  entity: "incident",
  entityIdKey: "id",
  mutable: true,
  exclude: ["reference"],
  // Issue 11 flags (migration 0012).
  addedLater: [
    "fundamentalRightsInfringement",
    "propertyOrEnvironmentHarm",
    "seriousPublicHealthThreat",
    "unanticipatedDeterioration",
    "providerUnreachable",
  ],
};
export const REPORT_SEAL: SealedTable = {
  name: "incident_reports",
  table: t.reports,
  entity: "incident_report",
  entityIdKey: "id",
};
export const RESPONSE_SEAL: SealedTable = {
  name: "incident_responses",
  table: t.incidentResponses,
  entity: "incident_response",
  entityIdKey: "id",
};
export const AWARENESS_SEAL: SealedTable = {
  name: "incident_actor_awareness",
  table: t.incidentActorAwareness,
  entity: "incident_awareness",
  entityIdKey: "id",
};
