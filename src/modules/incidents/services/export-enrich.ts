import type { Db } from "../../../platform/db/client";
import type { RowReader } from "../../../platform/db/row-reader";
import * as catalogTables from "../../catalog";
import { causalityOf } from "../domain/fhir/adverse-event";
import { type FrozenAssessment, registryCausality } from "../domain/fhir/registry-causality";
import {
  type ExportRowWith,
  exportFhirEntryBatches,
  FHIR_ENTRY_CLOSE,
  type FrozenExist,
  type IncidentFilters,
  type LineRow,
  type QueryOptions,
} from "../queries";

/**
 * The latest frozen causality assessment of each incident. Assessments are the liability module's; it
 * provides this look-up (wired in deps.ts), so the export needs no liability code.
 */
export type FrozenAssessmentsOf = (db: Db, incidentIds: string[]) => Promise<Map<string, FrozenAssessment>>;

/** The frozen assessments as the FHIR export reads them (the liability module's, wired in deps.ts). */
export interface FrozenAssessments {
  /** The latest frozen assessment of each of these incidents. */
  latest: FrozenAssessmentsOf;
  /**
   * SQL: whether the incident whose id is `incidentId` has any. The export's batch statement reads it
   * per row (an index probe), so only those few incidents are looked up: a look-up of every batch's
   * ids cost ~2 µs per row, a tenth of the export, for assessments that exist for a handful.
   */
  exist: FrozenExist;
}

/** An incident with what every export format needs beside its own row. */
export interface ExportRecord extends ExportRowWith {
  /** The latest frozen causality assessment of the incident, if a regulator or fund froze one. */
  frozen: FrozenAssessment | undefined;
}

/**
 * Adds each incident's frozen assessment to the decoded row batches of the JS reference, one look-up
 * per batch (the batch read itself already carries risks, product, manufacturer and version:
 * queries/export-rows.ts).
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

/**
 * Catalog risk names for the JS reference's FHIR displays (the tests), read once per export
 * as the catalog is small and fixed; the SQL-built entries join catalog_risks instead.
 */
export async function riskNames(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ code: catalogTables.risks.code, name: catalogTables.risks.name })
    .from(catalogTables.risks);
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * The finished FHIR Bundle entries of a batch built by the database (queries/fhir-entry-sql.ts): each
 * incident's causality, from its latest frozen assessment (one look-up per batch, of the incidents the
 * batch marks as having one) or from its closure, spliced in where the reference puts it, the end of
 * the suspect entity. Most incidents have none and pass as they are.
 */
async function withFrozenCausality(
  db: Db,
  rows: LineRow[],
  frozenOf: FrozenAssessmentsOf,
): Promise<string[]> {
  const assessed = rows.filter((r) => r[4]).map((r) => r[1]);
  const frozen = assessed.length > 0 ? await frozenOf(db, assessed) : new Map<string, FrozenAssessment>();
  // Indexed reads: libSQL's client rows are array-like objects, not iterable arrays.
  return rows.map((r) => {
    const entry = r[2];
    const causality = registryCausality(frozen.get(r[1]), r[3] ?? null);
    if (!causality) return entry;
    // The member as JSON.stringify writes it inside the suspect entity: `"causality":[{…}]`.
    const member = JSON.stringify({ causality: [causalityOf(causality)] }).slice(1, -1);
    return `${entry.slice(0, -FHIR_ENTRY_CLOSE.length)},${member}${FHIR_ENTRY_CLOSE}`;
  });
}

/** Every matching incident's finished FHIR Bundle entry, in the line batches of the database. */
export async function* fhirEntryBatches(
  db: Db,
  readRows: RowReader,
  filters: IncidentFilters,
  options: QueryOptions,
  targetChars: number,
  frozen: FrozenAssessments,
): AsyncGenerator<string[]> {
  const batches = exportFhirEntryBatches(db, readRows, filters, options, targetChars, frozen.exist);
  for await (const rows of batches) yield await withFrozenCausality(db, rows, frozen.latest);
}
