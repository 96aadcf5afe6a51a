import { and, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import type { AttestationRow, AttestationStatus, FindingResult, FindingRow } from "../domain/obligations";
import * as t from "../schema";

export type AttestationDb = typeof t.attestations.$inferSelect;
export type FindingDb = typeof t.findings.$inferSelect;

export const attestationRow = (a: AttestationDb): AttestationRow => ({
  id: a.id,
  status: a.status as AttestationStatus,
  effective_from: a.effectiveFrom,
  recorded_at: a.recordedAt,
  disclosure_ids: a.disclosureIds,
});

export const findingRow = (f: FindingDb): FindingRow => ({
  id: f.id,
  result: f.result as FindingResult,
  decided_at: f.decidedAt,
  period_from: f.periodFrom,
  period_to: f.periodTo,
  recorded_at: f.recordedAt,
});

/** Public view of an attestation: a compliance claim is public so patients and deployers can weigh it. */
export const attestationView = (a: AttestationDb) => ({
  id: a.id,
  actor_id: a.actorId,
  product_id: a.productId,
  obligation_code: a.obligationCode,
  status: a.status as AttestationStatus,
  disclosure_ids: a.disclosureIds,
  evidence_sha256: a.evidenceSha256,
  statement: a.statement,
  effective_from: a.effectiveFrom,
  recorded_at: a.recordedAt,
});

export const findingView = (f: FindingDb) => ({
  id: f.id,
  actor_id: f.actorId,
  product_id: f.productId,
  obligation_code: f.obligationCode,
  result: f.result as FindingResult,
  basis: f.basis,
  decided_at: f.decidedAt,
  period_from: f.periodFrom,
  period_to: f.periodTo,
  recorded_at: f.recordedAt,
});

/**
 * Attestations and findings of these actors about these products (a finding without a product is
 * about the actor's conduct in general, so it counts for every product).
 */
export async function loadEvidence(db: Db, actorIds: string[], productIds: string[]) {
  if (actorIds.length === 0) return { attestations: [], findings: [] };
  const [attestations, findings] = await Promise.all([
    db
      .select()
      .from(t.attestations)
      .where(and(inArray(t.attestations.actorId, actorIds), inArray(t.attestations.productId, productIds))),
    db
      .select()
      .from(t.findings)
      .where(inArray(t.findings.actorId, actorIds) as SQL),
  ]);
  return {
    attestations,
    findings: findings.filter((f) => f.productId === null || productIds.includes(f.productId)),
  };
}

/** Rows of one actor, one obligation, within the products through which it carries that duty. */
export function evidenceFor(
  all: { attestations: AttestationDb[]; findings: FindingDb[] },
  actorId: string,
  code: string,
  productIds: string[],
) {
  return {
    attestations: all.attestations
      .filter((a) => a.actorId === actorId && a.obligationCode === code && productIds.includes(a.productId))
      .map(attestationRow),
    findings: all.findings
      .filter(
        (f) =>
          f.actorId === actorId &&
          f.obligationCode === code &&
          (f.productId === null || productIds.includes(f.productId)),
      )
      .map(findingRow),
  };
}
