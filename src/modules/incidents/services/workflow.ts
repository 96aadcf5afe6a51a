import { and, eq, isNull } from "drizzle-orm";
import { sealedContentOf } from "../../../platform/audit/seal";
import type { Principal } from "../../../platform/auth/principal";
import { type CommitDeps, commitWithAudit, precondition } from "../../../platform/db/commit";
import { INCIDENT_SEAL, stillSealedAs } from "../incident-seal";
import * as t from "../schema";
import { eventInsert } from "./events";
import { type IncidentRow, incidentRowsWhere } from "./repo";

export interface Transition {
  from: string;
  to: string;
  closure: string | null;
  reason: string | undefined;
  at: string;
}

/** Writes an already-checked status change, its history event and its audit entry in one batch. */
export async function commitTransition(
  deps: CommitDeps,
  principal: Principal,
  incident: IncidentRow,
  { from, to, closure, reason, at }: Transition,
): Promise<void> {
  const changes = { status: to, closure, updatedAt: at };
  await commitWithAudit(
    deps,
    principal,
    ([seal]) => [
      // Guarded on the status and seal we read: of two concurrent changes only one applies.
      precondition(
        deps,
        incidentRowsWhere(
          deps.db,
          and(eq(t.incidents.id, incident.id), eq(t.incidents.status, from), stillSealedAs(incident)),
        ),
      ),
      deps.db
        .update(t.incidents)
        .set({ ...changes, ...seal })
        .where(eq(t.incidents.id, incident.id)),
      eventInsert(deps, principal, incident.id, "status_changed", at, {
        from,
        to,
        closure,
        detail: { reason },
      }),
    ],
    [
      {
        action: "incident.transition",
        entity: "incident",
        entityId: incident.id,
        // The incident as it now is; the reason is in the incident's history (incident_events).
        payload: sealedContentOf(INCIDENT_SEAL, { ...incident, ...changes }),
      },
    ],
  );
}

/** Writes an already-checked merge of `source` into `target`: both guarded, both histories noted. */
export async function commitMerge(
  deps: CommitDeps,
  principal: Principal,
  source: IncidentRow,
  target: IncidentRow,
  reason: string | null,
  at: string,
): Promise<void> {
  const changes = { status: "closed", closure: "duplicate", mergedIntoId: target.id, updatedAt: at };
  await commitWithAudit(
    deps,
    principal,
    ([seal]) => [
      precondition(
        deps,
        incidentRowsWhere(
          deps.db,
          and(eq(t.incidents.id, source.id), isNull(t.incidents.mergedIntoId), stillSealedAs(source)),
        ),
      ),
      precondition(
        deps,
        incidentRowsWhere(deps.db, and(eq(t.incidents.id, target.id), isNull(t.incidents.mergedIntoId))),
      ),
      deps.db
        .update(t.incidents)
        .set({ ...changes, ...seal })
        .where(eq(t.incidents.id, source.id)),
      eventInsert(deps, principal, source.id, "merged_into", at, {
        from: source.status,
        to: "closed",
        closure: "duplicate",
        detail: { into_reference: target.reference, reason },
      }),
      eventInsert(deps, principal, target.id, "merged_from", at, {
        detail: { from_reference: source.reference },
      }),
    ],
    [
      {
        action: "incident.merge",
        entity: "incident",
        entityId: source.id,
        payload: sealedContentOf(INCIDENT_SEAL, { ...source, ...changes }),
      },
    ],
  );
}
