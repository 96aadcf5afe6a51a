import { asc, eq, inArray } from "drizzle-orm";
import type { Unsealed } from "../../../platform/audit/seal";
import { openJson } from "../../../platform/crypto/jwe";
import { byIdChunks } from "../../../platform/db/chunks";
import type { Db } from "../../../platform/db/client";
import type { Audience } from "../access";
import { flagsOf } from "../domain/flags";
import * as t from "../schema";
import { familyIds, type IncidentRow, type ReportRow } from "./repo";

/**
 * Every view is built from an allow-list: each field below is copied on purpose, so a column added to
 * a table later stays private until someone decides who may see it. Only the regulator view carries
 * reporter identity, contact, patient attributes and text flagged as identifying.
 */
type Json = Record<string, unknown>;
type ResponseRow = typeof t.incidentResponses.$inferSelect;
type EventRow = typeof t.incidentEvents.$inferSelect;

/** Fields every audience may see: facts about the harm and the product, nothing about people. */
export function sharedFields(i: IncidentRow, riskCodes: string[], mergedIntoReference: string | null): Json {
  return {
    id: i.id,
    reference: i.reference,
    status: i.status,
    closure: i.closure,
    merged_into: i.mergedIntoId ? { id: i.mergedIntoId, reference: mergedIntoReference } : null,
    product_id: i.productId,
    product_version_id: i.productVersionId,
    deployment_id: i.deploymentId,
    occurred_at: i.occurredAt,
    aware_at: i.awareAt,
    received_at: i.receivedAt,
    country: i.country,
    setting: i.setting,
    use_area: i.useArea,
    event_type: i.eventType,
    severity: i.severity,
    outcome: i.outcome,
    risk_codes: riskCodes,
    ...flagsOf(i),
    patient_knew_ai_was_used: i.patientKnewAiWasUsed,
  };
}

/** Regulator-only incident fields: the unmatched product text, patient attributes, the raw narrative. */
function regulatorFields(i: IncidentRow): Json {
  return {
    product_name_text: i.productNameText,
    description: i.description,
    description_identifying: i.descriptionIdentifying,
    patient: {
      age_band: i.ageBand,
      sex: i.sex,
      language: i.language,
      disability: i.disability,
      ethnicity: i.ethnicity,
    },
  };
}

const reportText = (r: ReportRow): string | null => {
  const body = r.body as Json;
  return typeof body.text === "string"
    ? body.text
    : typeof body.description === "string"
      ? body.description
      : null;
};

async function regulatorReport(r: ReportRow, key: CryptoKey): Promise<Json> {
  return {
    id: r.id,
    incident_id: r.incidentId,
    kind: r.kind,
    reporter_role: r.reporterRole,
    anonymous: r.anonymous,
    actor_id: r.actorId,
    submitted_by_sub: r.submittedBySub,
    contact: r.contactJwe ? await openJson<Json>(key, r.contactJwe) : null,
    identifying_text: r.identifyingText,
    filing: r.filing,
    supersedes_report_id: r.supersedesReportId,
    body: r.body,
    submitted_at: r.submittedAt,
  };
}

/** A report as actors see it: no identity, no contact, no flagged text, no hashes that could be matched to logs. */
export function restrictedReport(r: ReportRow): Json {
  const body = r.body as { evidence?: { sha256: string; media_type: string }[] };
  const fromActor = r.actorId !== null;
  const withheld = r.identifyingText;
  return {
    id: r.id,
    incident_id: r.incidentId,
    kind: r.kind,
    reporter_role: r.reporterRole,
    from_actor_id: r.actorId,
    filing: r.filing,
    text: withheld ? null : reportText(r),
    text_withheld: withheld,
    evidence: (body.evidence ?? []).map((e) =>
      fromActor ? { sha256: e.sha256, media_type: e.media_type } : { media_type: e.media_type },
    ),
    submitted_at: r.submittedAt,
  };
}

export function responseView(r: Unsealed<ResponseRow>): Json {
  return {
    id: r.id,
    incident_id: r.incidentId,
    actor_id: r.actorId,
    kind: r.kind,
    text: r.text,
    evidence: r.evidence,
    product_action: r.stageTransitionId
      ? { product_id: r.productId, stage_transition_id: r.stageTransitionId }
      : null,
    submitted_at: r.submittedAt,
  };
}

export function eventView(e: EventRow): Json {
  return {
    type: e.type,
    from_status: e.fromStatus,
    to_status: e.toStatus,
    closure: e.closure,
    detail: e.detail,
    at: e.at,
    by_role: e.byRole,
  };
}

export async function riskCodesOf(db: Db, incidentIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const rows = await byIdChunks(incidentIds, (part) =>
    db.select().from(t.incidentRisks).where(inArray(t.incidentRisks.incidentId, part)),
  );
  for (const r of rows) out.set(r.incidentId, [...(out.get(r.incidentId) ?? []), r.riskCode].sort());
  return out;
}

export async function referenceOf(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db
    .select({ reference: t.incidents.reference })
    .from(t.incidents)
    .where(eq(t.incidents.id, id));
  return row?.reference ?? null;
}

/** The incident with its reports (including those of incidents merged into it), redacted per audience. */
export async function incidentDetail(
  db: Db,
  i: IncidentRow,
  audience: Audience,
  dataKey: () => Promise<CryptoKey>,
): Promise<Json> {
  const ids = await familyIds(db, i.id);
  const [risks, mergedRef, reports, responses, events] = await Promise.all([
    riskCodesOf(db, [i.id]),
    referenceOf(db, i.mergedIntoId),
    db
      .select()
      .from(t.reports)
      .where(inArray(t.reports.incidentId, ids))
      .orderBy(asc(t.reports.submittedAt), asc(t.reports.id)),
    db
      .select()
      .from(t.incidentResponses)
      .where(inArray(t.incidentResponses.incidentId, ids))
      .orderBy(asc(t.incidentResponses.submittedAt)),
    db
      .select()
      .from(t.incidentEvents)
      .where(eq(t.incidentEvents.incidentId, i.id))
      .orderBy(asc(t.incidentEvents.at), asc(t.incidentEvents.id)),
  ]);
  const shared = sharedFields(i, risks.get(i.id) ?? [], mergedRef);
  const merged_from = ids.filter((id) => id !== i.id);
  if (audience.kind === "regulator") {
    const key = await dataKey();
    return {
      ...shared,
      ...regulatorFields(i),
      merged_from,
      reports: await Promise.all(reports.map((r) => regulatorReport(r, key))),
      responses: responses.map(responseView),
      history: events.map(eventView),
    };
  }
  const withheld = i.descriptionIdentifying;
  return {
    ...shared,
    description: withheld ? null : i.description,
    description_withheld: withheld,
    merged_from,
    reports: reports.map(restrictedReport),
    // Actors see their own responses; other companies' root-cause analyses may be confidential.
    responses: responses
      .filter((r) => audience.actorId === undefined || r.actorId === audience.actorId)
      .map(responseView),
  };
}
