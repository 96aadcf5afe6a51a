import { inArray } from "drizzle-orm";
import { byIdChunks } from "../../../platform/db/chunks";
import type { Db } from "../../../platform/db/client";
import * as catalogTables from "../../catalog";
import * as registry from "../../registry";
import type { FrozenAssessment } from "../domain/fhir/registry-causality";

/**
 * The latest frozen causality assessment of each incident. Assessments are the liability module's; it
 * provides this look-up (wired in deps.ts), so the export needs no liability code.
 */
export type FrozenAssessmentsOf = (db: Db, incidentIds: string[]) => Promise<Map<string, FrozenAssessment>>;

import type { IncidentRow } from "../queries";
import * as t from "../schema";

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
export async function enrichBatch(
  db: Db,
  rows: IncidentRow[],
  frozenOf: FrozenAssessmentsOf,
): Promise<ExportRecord[]> {
  const ids = rows.map((r) => r.id);
  const productIds = [...new Set(rows.flatMap((r) => (r.productId ? [r.productId] : [])))];
  const versionIds = [...new Set(rows.flatMap((r) => (r.productVersionId ? [r.productVersionId] : [])))];
  const [risks, products, versions, frozen] = await Promise.all([
    byIdChunks(ids, (part) =>
      db.select().from(t.incidentRisks).where(inArray(t.incidentRisks.incidentId, part)),
    ),
    byIdChunks(productIds, (part) =>
      db.select().from(registry.products).where(inArray(registry.products.id, part)),
    ),
    byIdChunks(versionIds, (part) =>
      db.select().from(registry.productVersions).where(inArray(registry.productVersions.id, part)),
    ),
    frozenOf(db, ids),
  ]);
  const developerIds = [...new Set(products.map((p) => p.developerActorId))];
  const actors = await byIdChunks(developerIds, (part) =>
    db.select().from(registry.actors).where(inArray(registry.actors.id, part)),
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
  const rows = await db
    .select({ code: catalogTables.risks.code, name: catalogTables.risks.name })
    .from(catalogTables.risks);
  return new Map(rows.map((r) => [r.code, r.name]));
}
