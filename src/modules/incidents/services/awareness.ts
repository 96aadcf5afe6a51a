import { asc, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { actingActorId, callerSub, hasRole, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { createSealed } from "../../../platform/db/commit";
import { forbidden, invalidField } from "../../../platform/errors";
import { checkInstants } from "../../../platform/http/instants";
import type { ChainMember } from "../../registry";
import type { AwarenessFact } from "../domain/deadlines";
import { AWARENESS_SEAL } from "../incident-seal";
import * as t from "../schema";
import type { IncidentRow, ReportRow } from "./repo";

export type AwarenessRow = typeof t.incidentActorAwareness.$inferSelect;

export interface AwarenessInput {
  aware_at: string;
  actor_id?: string | undefined;
  evidence?: string | undefined;
}

/**
 * Records when an actor became aware. An actor acknowledges for itself; a regulator records it for any
 * actor of the chain, with its evidence (e.g. the actor's complaint log). Awareness cannot precede the
 * harm nor lie in the future.
 */
export async function recordAwareness(
  deps: Deps,
  principal: Principal,
  incident: IncidentRow,
  chain: readonly ChainMember[],
  input: AwarenessInput,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  const regulator = hasRole(principal, "regulator");
  const own = actingActorId(principal);
  if (!regulator && input.actor_id !== undefined && input.actor_id !== own) {
    throw forbidden("An actor records only its own awareness");
  }
  const actorId = regulator ? input.actor_id : own;
  if (actorId === undefined)
    throw invalidField("body", "actor_id", "is required for a regulator's record", "input");
  if (regulator && input.evidence === undefined) {
    throw invalidField("body", "evidence", "is required for a regulator's record", "input");
  }
  if (!chain.some((m) => m.actor_id === actorId)) {
    throw invalidField("body", "actor_id", "is not an actor in this incident's value chain");
  }
  const now = deps.clock.now();
  checkInstants(now, "body", { aware_at: input.aware_at }, { notFuture: true });
  if (input.aware_at < incident.occurredAt) {
    throw invalidField("body", "aware_at", "must not precede the incident's occurred_at", "input");
  }
  const row = {
    id: newId(),
    incidentId: incident.id,
    actorId,
    awareAt: input.aware_at,
    source: regulator ? "regulator_record" : "acknowledgement",
    evidence: input.evidence ?? null,
    recordedAt: now.toISOString(),
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, AWARENESS_SEAL, row, "incident.awareness.record", record);
}

export const awarenessById = (db: Db, id: string) =>
  rowById(db, t.incidentActorAwareness, id, "Awareness record");

/** A stored row as the fact it evidences. */
export const storedFact = (r: AwarenessRow): AwarenessFact => ({
  source: r.source as AwarenessFact["source"],
  aware_at: r.awareAt,
  id: r.id,
});

export const awarenessRowsOf = (db: Db, incidentId: string) =>
  db
    .select()
    .from(t.incidentActorAwareness)
    .where(eq(t.incidentActorAwareness.incidentId, incidentId))
    .orderBy(asc(t.incidentActorAwareness.awareAt), asc(t.incidentActorAwareness.id));

/** The aware_at an actor's own report states, else its submission time (it knew by then at the latest). */
function reportAwareAt(r: ReportRow): string {
  const stated = (r.body as { aware_at?: unknown } | null)?.aware_at;
  return typeof stated === "string" && stated <= r.submittedAt ? stated : r.submittedAt;
}

/**
 * Every awareness fact of one actor: the registry's notification (the incident tied to its product:
 * from then it is in the actor's queue), its own reports, and the stored acknowledgements and records.
 */
export function awarenessFacts(
  actorId: string,
  incident: IncidentRow,
  reports: readonly ReportRow[],
  stored: readonly AwarenessRow[],
): AwarenessFact[] {
  const facts: AwarenessFact[] = [];
  if (incident.productMatchedAt) {
    facts.push({ source: "registry_notification", aware_at: incident.productMatchedAt, id: null });
  }
  for (const r of reports) {
    if (r.actorId === actorId) facts.push({ source: "own_report", aware_at: reportAwareAt(r), id: r.id });
  }
  for (const s of stored) {
    if (s.actorId === actorId) facts.push(storedFact(s));
  }
  return facts;
}

export const awarenessView = (actorId: string, f: AwarenessFact) => ({ actor_id: actorId, ...f });
