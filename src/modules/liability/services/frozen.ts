import { inArray } from "drizzle-orm";
import { byIdChunks } from "../../../platform/db/chunks";
import type { FrozenAssessment, FrozenAssessmentsOf } from "../../incidents";
import * as t from "../schema";

/**
 * The latest frozen causality assessment of each incident, for the incidents module's exports (FHIR
 * suspectEntity.causality). Ordered oldest first, so the map keeps each incident's latest one.
 */
export const latestFrozenAssessments: FrozenAssessmentsOf = async (db, incidentIds) => {
  const assessments = await byIdChunks(incidentIds, (part) =>
    db.select().from(t.causalityAssessments).where(inArray(t.causalityAssessments.incidentId, part)),
  );
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
