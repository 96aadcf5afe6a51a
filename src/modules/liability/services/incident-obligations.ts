import { asc, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { type CommitDeps, createSealed } from "../../../platform/db/commit";
import { invalidField } from "../../../platform/errors";
import { assertCatalogCodes } from "../../catalog";
import * as t from "../schema";
import { OBLIGATION_LINK_SEAL } from "../seals";
import { loadLiabilityIncident } from "./incident";

export const obligationLinkById = (db: Db, id: string) =>
  rowById(db, t.obligationLinks, id, "Obligation link");

/** An incident's obligation links, oldest first. */
export const obligationLinksOf = (db: Db, incidentId: string) =>
  db
    .select()
    .from(t.obligationLinks)
    .where(eq(t.obligationLinks.incidentId, incidentId))
    .orderBy(asc(t.obligationLinks.recordedAt));

/** Links an obligation to a chain actor inside an idempotent creation; `record` adds its statements. */
export async function createObligationLink(
  deps: CommitDeps,
  principal: Principal,
  incidentId: string,
  input: { actor_id: string; obligation_code: string; rationale: string },
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
) {
  const li = await loadLiabilityIncident(deps.db, principal, incidentId);
  if (!li.chain.some((m) => m.actor_id === input.actor_id)) {
    throw invalidField("body", "actor_id", "is not an actor in this incident's value chain");
  }
  await assertCatalogCodes(deps, "obligation", [input.obligation_code], () => "obligation_code");
  const row = {
    id: newId(),
    incidentId: li.incident.id,
    actorId: input.actor_id,
    obligationCode: input.obligation_code,
    rationale: input.rationale,
    recordedAt: deps.clock.now().toISOString(),
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, OBLIGATION_LINK_SEAL, row, "obligation_link.create", record);
}
