import type { Db } from "../../../platform/db/client";
import * as catalogTables from "../../catalog";
import type { FrozenAssessment } from "../domain/fhir/registry-causality";
import type { ExportRowWith } from "../queries";

/**
 * The latest frozen causality assessment of each incident. Assessments are the liability module's; it
 * provides this look-up (wired in deps.ts), so the export needs no liability code.
 */
export type FrozenAssessmentsOf = (db: Db, incidentIds: string[]) => Promise<Map<string, FrozenAssessment>>;

/** An incident with what every export format needs beside its own row. */
export interface ExportRecord extends ExportRowWith {
  /** The latest frozen causality assessment of the incident, if a regulator or fund froze one. */
  frozen: FrozenAssessment | undefined;
}

/**
 * Adds each incident's frozen assessment, one look-up per batch (the batch read itself already
 * carries risks, product, manufacturer and version: queries/export-rows.ts).
 */
export async function withFrozenAssessments(
  db: Db,
  batch: ExportRowWith[],
  frozenOf: FrozenAssessmentsOf,
): Promise<ExportRecord[]> {
  const frozen = await frozenOf(
    db,
    batch.map((r) => r.row.id),
  );
  return batch.map((r) => ({ ...r, frozen: frozen.get(r.row.id) }));
}

/** Catalog risk names for FHIR displays; the catalog is small and fixed, so it is read once per export. */
export async function riskNames(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ code: catalogTables.risks.code, name: catalogTables.risks.name })
    .from(catalogTables.risks);
  return new Map(rows.map((r) => [r.code, r.name]));
}
