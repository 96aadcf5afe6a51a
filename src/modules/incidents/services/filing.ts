import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { sealedContentOf } from "../../../platform/audit/seal";
import { actingActorId, callerSub, type Principal } from "../../../platform/auth/principal";
import { sha256Hex } from "../../../platform/crypto/hash";
import { newId } from "../../../platform/crypto/ids";
import { randomToken, sealJson } from "../../../platform/crypto/jwe";
import { type AuditStamp, commitWithAudit, NUMBER_EXPRESSION, nextNumber } from "../../../platform/db/commit";
import type { InsertShape } from "../../../platform/db/prepared-statements";
import { checkInstants } from "../../../platform/http/instants";
import type { KeySecret } from "../../../platform/idempotency";
import { flagValues } from "../domain/flags";
import { type IncidentCreateInput, SEVERITIES } from "../incident-schemas";
import { INCIDENT_SEAL, REPORT_SEAL } from "../incident-seal";
import * as t from "../schema";
import { eventInsert } from "./events";
import { assertIncidentCodes, resolveProductRefs } from "./repo";

export const RECEIPT_PREFIX = "rcpt_";

/**
 * A filing's inserts, each rendered once per app (platform/db/prepared-statements.ts): the incident's
 * reference is the number its batch allocates (nextNumber), read back by SQL inside the batch.
 */
const INCIDENT: InsertShape<typeof t.incidents> = {
  table: t.incidents,
  expressions: { reference: NUMBER_EXPRESSION },
};
const RISK: InsertShape<typeof t.incidentRisks> = { table: t.incidentRisks };
const REPORT: InsertShape<typeof t.reports> = { table: t.reports };

/** The purpose under which a keyed filing derives its receipt token (platform/idempotency KeySecret). */
const RECEIPT_SECRET = "receipt-token";

/**
 * The receipt token of a filing sent with an Idempotency-Key, derived from that key: a replay
 * recomputes it, nothing stores it. Undefined without a key.
 */
export function keyedReceiptToken(secret: KeySecret): string | undefined {
  const derived = secret(RECEIPT_SECRET);
  return derived === undefined ? undefined : `${RECEIPT_PREFIX}${derived}`;
}

/**
 * What an idempotent replay needs to rebuild the first response (platform/idempotency). A filing sent
 * with an Idempotency-Key derives its receipt token from that key (RECEIPT_SECRET), so the record
 * holds no secret and is stored unsealed; `receipt_token` is there only in records of filings whose
 * token was random (stored sealed before tokens were derived).
 */
export interface StoredFiling {
  id: string;
  receipt_token?: string;
  /**
   * Known when the filing was just committed (its batch allocated it); a replay reads it back, as the
   * stored value never held it.
   */
  reference?: string;
}

/** Actors' own filings count towards their reporting deadlines; everyone else's are plain reports. */
export const filingKind = (principal: Principal, reportType: "initial" | "complete" | undefined) =>
  actingActorId(principal) ? (reportType ?? "complete") : null;

/** Contact data leaves the request only as a JWE; anonymous reports have none to store. */
export async function sealContact(deps: Deps, contact: unknown): Promise<string | null> {
  return contact ? sealJson(await deps.dataKey(), contact) : null;
}

function assertNotFuture(now: Date, input: IncidentCreateInput) {
  checkInstants(
    now,
    "body",
    { occurred_at: input.occurred_at, aware_at: input.aware_at },
    { notFuture: true },
  );
}

/** Stores the incident, its original report, risks and history in one audited batch. */
export async function fileIncident(
  deps: Deps,
  principal: Principal,
  input: IncidentCreateInput,
  record: (stored: StoredFiling) => Promise<BatchItem<"sqlite">[]>,
  secret: KeySecret,
): Promise<StoredFiling & { receipt_token: string }> {
  const now = deps.clock.now();
  assertNotFuture(now, input);
  const refs = await resolveProductRefs(deps.db, input);
  await assertIncidentCodes(deps, input.use_area, input.risk_codes);

  const at = now.toISOString();
  const id = newId();
  const year = now.getUTCFullYear();
  const number = nextNumber(deps, `incident:${year}`, `INC-${year}-`);
  const receiptToken = keyedReceiptToken(secret) ?? randomToken(RECEIPT_PREFIX);
  const { contact, ...reporter } = input.reporter;
  const body = { ...input, reporter };
  const report = {
    id: newId(),
    incidentId: id,
    kind: "original",
    reporterRole: reporter.role,
    anonymous: reporter.anonymous,
    submittedBySub: callerSub(principal),
    actorId: actingActorId(principal) ?? null,
    contactJwe: await sealContact(deps, contact),
    body,
    identifyingText: input.description_identifying,
    filing: filingKind(principal, input.report_type),
    receiptTokenHash: await sha256Hex(receiptToken),
    supersedesReportId: null,
    submittedAt: at,
  };
  const recordIdempotency = await record({ id });
  // The reference is allocated by SQL inside the batch, so it is the one column the seal leaves out.
  const incident = {
    id,
    status: "received",
    productId: refs.productId,
    productVersionId: refs.versionId,
    deploymentId: refs.deploymentId,
    productNameText: input.product_name ?? null,
    productMatchedAt: refs.productId ? at : null,
    occurredAt: input.occurred_at,
    awareAt: input.aware_at ?? null,
    receivedAt: at,
    country: input.country,
    setting: input.setting,
    useArea: input.use_area ?? null,
    description: input.description,
    descriptionIdentifying: input.description_identifying,
    eventType: input.event_type,
    severity: input.severity,
    severityRank: SEVERITIES.indexOf(input.severity),
    outcome: input.outcome,
    ageBand: input.patient.age_band ?? null,
    sex: input.patient.sex ?? null,
    language: input.patient.language ?? null,
    disability: input.patient.disability ?? null,
    ethnicity: input.patient.ethnicity ?? null,
    patientKnewAiWasUsed: input.patient.patient_knew_ai_was_used ?? null,
    // Every flag is written (not left to the column default) because the seal covers the row as sent.
    ...flagValues({ ...input, provider_unreachable: false }),
    updatedAt: at,
  };
  const statements = ([incidentSeal, reportSeal]: AuditStamp[]): BatchItem<"sqlite">[] => [
    number.bump,
    deps.prepared.insert(deps.db, INCIDENT, { ...incident, ...incidentSeal }, number.params),
    ...input.risk_codes.map((riskCode) => deps.prepared.insert(deps.db, RISK, { incidentId: id, riskCode })),
    deps.prepared.insert(deps.db, REPORT, { ...report, ...reportSeal }),
    eventInsert(deps, principal, id, "received", at, { to: "received" }),
    ...recordIdempotency,
  ];
  const [bumped] = await commitWithAudit(deps, principal, statements, [
    // Each payload is the row's sealed content (the contact only as its ciphertext): the log vouches for the rows.
    {
      action: "incident.file",
      entity: "incident",
      entityId: id,
      payload: sealedContentOf(INCIDENT_SEAL, incident),
    },
    {
      action: "incident.report.create",
      entity: "incident_report",
      entityId: report.id,
      payload: sealedContentOf(REPORT_SEAL, report),
    },
  ]);
  return { id, receipt_token: receiptToken, reference: number.allocated(bumped) };
}
