import { asc, eq, inArray } from "drizzle-orm";
import { callerSub, hasRole, type Principal } from "../../../platform/auth/principal";
import { sha256Hex } from "../../../platform/crypto/hash";
import { timingSafeEqual } from "../../../platform/crypto/timing-safe";
import type { Db } from "../../../platform/db/client";
import { AppError, notFound } from "../../../platform/errors";
import * as t from "../schema";
import { RECEIPT_DETAIL_KEYS, RECEIPT_EVENT_TYPES } from "./events";
import { familyIds, type IncidentRow, loadIncident, type ReportRow, reportForReceipt } from "./repo";

/** Looked up when the incident is unknown: no incident has this id, so the same queries find nothing. */
const NO_INCIDENT = "00000000-0000-0000-0000-000000000000";
/** Compared against when no report matched, so that path still does one full hash comparison. */
const DUMMY_RECEIPT_HASH = "0".repeat(64);

async function findIncident(db: Db, incidentId: string): Promise<IncidentRow | undefined> {
  try {
    return await loadIncident(db, incidentId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return undefined;
    throw error;
  }
}

/**
 * A receipt token proves authorship of one report. A wrong token and an unknown incident answer the
 * same 404, so neither incident ids nor tokens can be probed, and they do the same work to get there
 * (hash the token, run the family and report queries, one constant-time comparison), so neither can
 * be told apart by how long the answer takes either.
 */
export async function reportByReceipt(
  db: Db,
  incidentId: string,
  token: string | undefined,
): Promise<{ incident: IncidentRow; report: ReportRow }> {
  const tokenHash = await sha256Hex(token ?? "");
  const incident = await findIncident(db, incidentId);
  const report = await reportForReceipt(db, incident?.id ?? NO_INCIDENT, tokenHash);
  const matches = timingSafeEqual(report?.receiptTokenHash ?? DUMMY_RECEIPT_HASH, tokenHash);
  if (!token || !incident || !report || !matches) throw notFound("Incident or receipt");
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

/**
 * The incident a harmed person may claim compensation for, and how they proved it is theirs: the receipt
 * token of a report on it, or a reporter token that filed one. Anything else is the same 404 as above.
 */
export async function incidentOfReporter(
  db: Db,
  incidentId: string,
  principal: Principal,
  token: string | undefined,
): Promise<{ incident: IncidentRow; via: "receipt_token" | "reporter_token" }> {
  if (token !== undefined || !hasRole(principal, "reporter")) {
    return { incident: (await reportByReceipt(db, incidentId, token)).incident, via: "receipt_token" };
  }
  const incident = await findIncident(db, incidentId);
  const reports = await db
    .select({ sub: t.reports.submittedBySub })
    .from(t.reports)
    .where(inArray(t.reports.incidentId, incident ? await familyIds(db, incident.id) : [NO_INCIDENT]));
  if (!incident || !reports.some((r) => r.sub === callerSub(principal)))
    throw notFound("Incident or receipt");
  return { incident, via: "reporter_token" };
}
