import { desc, eq, sql } from "drizzle-orm";
import { inIdList } from "../../../platform/db/chunks";
import type { Db } from "../../../platform/db/client";
import type { FrozenAssessment, FrozenAssessments, FrozenAssessmentsOf } from "../../incidents";
import {
  type ActorAssessment,
  type CausalityInput,
  incidentLiability,
  timeLimits,
} from "../domain/causality";
import * as t from "../schema";

/**
 * The latest frozen causality assessment of each incident, for the incidents module's exports (FHIR
 * suspectEntity.causality). Ordered oldest first, so the map keeps each incident's latest one.
 */
export const latestFrozenAssessments: FrozenAssessmentsOf = async (db, incidentIds) => {
  // One statement per export batch (1,000 ids), not one per 90: this runs for every batch of an export.
  if (incidentIds.length === 0) return new Map();
  const assessments = await db
    .select()
    .from(t.causalityAssessments)
    .where(inIdList(t.causalityAssessments.incidentId, incidentIds));
  assessments.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
  return new Map(
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
};

/** The frozen assessments as the incidents module's FHIR export reads them (wired in deps.ts). */
export const frozenAssessments: FrozenAssessments = {
  latest: latestFrozenAssessments,
  // An index probe (causality_assessments_incident_idx) per exported row.
  exist: (incidentId) =>
    sql`exists (select 1 from ${t.causalityAssessments} where ${t.causalityAssessments.incidentId} = ${incidentId})`,
};

/** Whom a frozen assessment finds liable: what compensation funds rely on for causation and recourse. */
export interface FrozenLiability {
  id: string;
  incident_id: string;
  ruleset: string;
  ruleset_version: number;
  recorded_at: string;
  liable: string[];
  jointly_and_severally_liable: string[];
  undecided: string[];
}

/**
 * The incident result of one frozen assessment (by id), or of an incident's latest one, recomputed from the
 * stored, hashed input and result exactly as its frozen view shows it.
 */
export async function frozenLiability(
  db: Db,
  by: { assessmentId: string } | { incidentId: string },
): Promise<FrozenLiability | undefined> {
  const A = t.causalityAssessments;
  const [row] = await db
    .select()
    .from(A)
    .where("assessmentId" in by ? eq(A.id, by.assessmentId) : eq(A.incidentId, by.incidentId))
    .orderBy(desc(A.recordedAt), desc(A.id))
    .limit(1);
  if (!row) return undefined;
  const input = row.input as CausalityInput;
  const result = row.result as ActorAssessment[];
  const r = incidentLiability(
    input.ruleset,
    result,
    timeLimits(input.ruleset, input.incident, row.evaluatedAt),
    input.allocations,
  );
  return {
    id: row.id,
    incident_id: row.incidentId,
    ruleset: row.rulesetId,
    ruleset_version: row.rulesetVersion,
    recorded_at: row.recordedAt,
    liable: r.liable,
    jointly_and_severally_liable: r.jointly_and_severally_liable,
    undecided: r.undecided,
  };
}
