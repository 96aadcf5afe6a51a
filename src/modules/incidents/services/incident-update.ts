import { and, eq } from "drizzle-orm";
import { sealedContentOf } from "../../../platform/audit/seal";
import type { Principal } from "../../../platform/auth/principal";
import { type CommitDeps, commitWithAudit, precondition } from "../../../platform/db/commit";
import { INCIDENT_SEAL, stillSealedAs } from "../incident-seal";
import * as t from "../schema";
import { eventInsert } from "./events";
import { type IncidentRow, incidentRowsWhere } from "./repo";

/**
 * Writes a regulator's edit of `incident` (the columns in `set`), its history event and its audit entry.
 * `productChanged` names the event: matching to a new product starts the actors' clocks.
 */
export async function commitIncidentUpdate(
  deps: CommitDeps,
  principal: Principal,
  incident: IncidentRow,
  set: Partial<IncidentRow> & { updatedAt: string },
  productChanged: boolean,
  fields: string[],
): Promise<void> {
  await commitWithAudit(
    deps,
    principal,
    ([seal]) => [
      // Guarded on the row version we read, so two regulators' edits cannot silently interleave.
      precondition(
        deps,
        incidentRowsWhere(
          deps.db,
          and(
            eq(t.incidents.id, incident.id),
            eq(t.incidents.updatedAt, incident.updatedAt),
            stillSealedAs(incident),
          ),
        ),
      ),
      deps.db
        .update(t.incidents)
        .set({ ...set, ...seal })
        .where(eq(t.incidents.id, incident.id)),
      eventInsert(
        deps,
        principal,
        incident.id,
        productChanged ? "product_matched" : "updated",
        set.updatedAt,
        {
          detail: { fields },
        },
      ),
    ],
    [
      {
        action: "incident.update",
        entity: "incident",
        entityId: incident.id,
        payload: sealedContentOf(INCIDENT_SEAL, { ...incident, ...set }),
      },
    ],
  );
}
