import type { BatchItem } from "drizzle-orm/batch";
import { sealedContentOf } from "../../../platform/audit/seal";
import type { Principal } from "../../../platform/auth/principal";
import {
  type AuditEvent,
  type AuditStamp,
  type CommitDeps,
  commitWithAudit,
} from "../../../platform/db/commit";
import { RESPONSE_SEAL } from "../incident-seal";
import * as t from "../schema";
import { eventInsert } from "./events";

type ResponseRow = Omit<typeof t.incidentResponses.$inferInsert, keyof AuditStamp> & { id: string };

/**
 * Writes an actor's response, its history event and its audit entry; a corrective product move
 * (`move`) rides in the same batch so the response and the lifecycle change land together or not at all.
 */
export async function commitResponse(
  deps: CommitDeps,
  principal: Principal,
  row: ResponseRow,
  move: { statements: BatchItem<"sqlite">[]; audit: AuditEvent } | undefined,
  at: string,
): Promise<void> {
  await commitWithAudit(
    deps,
    principal,
    ([seal]) => [
      deps.db.insert(t.incidentResponses).values({ ...row, ...seal }),
      eventInsert(deps, principal, row.incidentId, "response_added", at, {
        detail: { response_kind: row.kind, response_id: row.id },
      }),
      ...(move?.statements ?? []),
    ],
    [
      {
        action: "incident.response",
        entity: "incident_response",
        entityId: row.id,
        payload: sealedContentOf(RESPONSE_SEAL, row),
      },
      ...(move ? [move.audit] : []),
    ],
  );
}
