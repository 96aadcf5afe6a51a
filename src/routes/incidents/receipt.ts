import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import * as t from "../../db/schema";
import { sha256Hex } from "../../lib/hash";
import { notFound } from "../../lib/problem";
import { RECEIPT_DETAIL_KEYS, RECEIPT_EVENT_TYPES } from "./events";
import { familyIds, type IncidentRow, loadIncident, type ReportRow, reportForReceipt } from "./repo";

/**
 * A receipt token proves authorship of one report. A wrong token and an unknown incident answer the
 * same 404, so neither incident ids nor tokens can be probed.
 */
export async function reportByReceipt(
  db: Db,
  incidentId: string,
  token: string | undefined,
): Promise<{ incident: IncidentRow; report: ReportRow }> {
  if (!token) throw notFound("Incident or receipt");
  const incident = await loadIncident(db, incidentId).catch(() => {
    throw notFound("Incident or receipt");
  });
  const report = await reportForReceipt(db, incident.id, await sha256Hex(token));
  if (!report) throw notFound("Incident or receipt");
  return { incident, report };
}

/** What the reporter sees: status, a filtered history, and their own submissions, nothing about others. */
export async function receiptView(db: Db, incident: IncidentRow, own: ReportRow) {
  const [events, mine, target] = await Promise.all([
    db
      .select()
      .from(t.incidentEvents)
      .where(eq(t.incidentEvents.incidentId, incident.id))
      .orderBy(asc(t.incidentEvents.at), asc(t.incidentEvents.id)),
    db
      .select()
      .from(t.reports)
      .where(inArray(t.reports.incidentId, await familyIds(db, incident.id)))
      .orderBy(asc(t.reports.submittedAt), asc(t.reports.id)),
    incident.mergedIntoId ? loadIncident(db, incident.mergedIntoId) : Promise.resolve(undefined),
  ]);
  // Additions carry the same receipt-token hash as the report they add to: the token names an author.
  const ownIds = new Set(mine.filter((r) => r.receiptTokenHash === own.receiptTokenHash).map((r) => r.id));
  return {
    incident_id: incident.id,
    reference: incident.reference,
    status: incident.status,
    closure: incident.closure,
    received_at: incident.receivedAt,
    // A merged report is followed under the incident it duplicates; its status is what matters now.
    merged_into: target
      ? { reference: target.reference, status: target.status, closure: target.closure }
      : null,
    history: events
      .filter((e) => RECEIPT_EVENT_TYPES.has(e.type))
      .filter((e) => e.type !== "addition_added" || ownIds.has(String(e.detail.report_id)))
      .map((e) => ({
        type: e.type,
        status: e.toStatus,
        closure: e.closure,
        at: e.at,
        ...Object.fromEntries(RECEIPT_DETAIL_KEYS.filter((k) => k in e.detail).map((k) => [k, e.detail[k]])),
      })),
    your_submissions: mine
      .filter((r) => ownIds.has(r.id))
      .map((r) => ({ id: r.id, kind: r.kind, submitted_at: r.submittedAt })),
  };
}
