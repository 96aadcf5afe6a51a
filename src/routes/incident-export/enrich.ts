import { inArray } from "drizzle-orm";
import type { IncidentRow } from "../../db/incident-query";
import * as t from "../../db/schema";
import type { FrozenAssessment } from "../../domain/fhir/registry-causality";
import { byIdChunks } from "../../platform/db/chunks";
import type { Db } from "../../platform/db/client";

/** An incident with what every export format needs beside its own row, looked up per batch. */
export interface ExportRecord {
  row: IncidentRow;
  riskCodes: string[];
  product: { registrationNumber: string; name: string; manufacturer: string | null } | null;
  version: string | null;
  /** The latest frozen causality assessment of the incident, if a regulator or fund froze one. */
  frozen: FrozenAssessment | undefined;
}

/**
 * Four IN (…) look-ups per batch (risks, products, versions, manufacturers) instead of joins that would
 * repeat each incident per risk code; the batch size bounds memory, whatever the export size.
 */
export async function enrichBatch(db: Db, rows: IncidentRow[]): Promise<ExportRecord[]> {
  const ids = rows.map((r) => r.id);
  const productIds = [...new Set(rows.flatMap((r) => (r.productId ? [r.productId] : [])))];
  const versionIds = [...new Set(rows.flatMap((r) => (r.productVersionId ? [r.productVersionId] : [])))];
  const [risks, products, versions, assessments] = await Promise.all([
    byIdChunks(ids, (part) =>
      db.select().from(t.incidentRisks).where(inArray(t.incidentRisks.incidentId, part)),
    ),
    byIdChunks(productIds, (part) => db.select().from(t.products).where(inArray(t.products.id, part))),
    byIdChunks(versionIds, (part) =>
      db.select().from(t.productVersions).where(inArray(t.productVersions.id, part)),
    ),
    byIdChunks(ids, (part) =>
      db.select().from(t.causalityAssessments).where(inArray(t.causalityAssessments.incidentId, part)),
    ),
  ]);
  assessments.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
  // Ordered oldest first, so the map keeps each incident's latest assessment.
  const frozen = new Map(
    assessments.map((a) => [
      a.incidentId,
      {
        ruleset_id: a.rulesetId,
        ruleset_version: a.rulesetVersion,
        recorded_at: a.recordedAt,
        result: a.result as FrozenAssessment["result"],
      },
    ]),
  );
  const developerIds = [...new Set(products.map((p) => p.developerActorId))];
  const actors = await byIdChunks(developerIds, (part) =>
    db.select().from(t.actors).where(inArray(t.actors.id, part)),
  );
  const riskMap = new Map<string, string[]>();
  for (const r of risks) riskMap.set(r.incidentId, [...(riskMap.get(r.incidentId) ?? []), r.riskCode].sort());
  const productMap = new Map(products.map((p) => [p.id, p]));
  const versionMap = new Map(versions.map((v) => [v.id, v.version]));
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  return rows.map((row) => {
    const p = row.productId ? productMap.get(row.productId) : undefined;
    return {
      row,
      riskCodes: riskMap.get(row.id) ?? [],
      product: p
        ? {
            registrationNumber: p.registrationNumber,
            name: p.name,
            manufacturer: actorNames.get(p.developerActorId) ?? null,
          }
        : null,
      version: row.productVersionId ? (versionMap.get(row.productVersionId) ?? null) : null,
      frozen: frozen.get(row.id),
    };
  });
}

/** Catalog risk names for FHIR displays; the catalog is small and fixed, so it is read once per export. */
export async function riskNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ code: t.risks.code, name: t.risks.name }).from(t.risks);
  return new Map(rows.map((r) => [r.code, r.name]));
}
