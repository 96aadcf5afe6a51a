import { eq } from "drizzle-orm";
import type { Principal } from "../../../platform/auth/principal";
import type { Db } from "../../../platform/db/client";
import { invalidField } from "../../../platform/errors";
import type { IncidentRow } from "../../incidents";
import * as incidentTables from "../../incidents";
import { incidentAccess } from "../../incidents";
import type { ChainMember } from "../../registry";

export interface LiabilityIncident {
  incident: IncidentRow;
  chain: ChainMember[];
  riskCodes: string[];
  /** Set when the caller acts for a value-chain actor: it may see only what concerns itself. */
  viewerActorId: string | undefined;
}

/**
 * Incident plus its version-level value chain and risk codes, under the one incident access policy
 * (routes/incidents/access.ts): 404 for an incident the caller may not see.
 */
export async function loadLiabilityIncident(
  db: Db,
  principal: Principal,
  id: string,
): Promise<LiabilityIncident> {
  const { incident, chain, audience } = await incidentAccess(db, principal, id);
  const risks = await db
    .select({ code: incidentTables.incidentRisks.riskCode })
    .from(incidentTables.incidentRisks)
    .where(eq(incidentTables.incidentRisks.incidentId, incident.id));
  const viewerActorId = audience.kind === "restricted" ? audience.actorId : undefined;
  return { incident, chain, riskCodes: risks.map((r) => r.code).sort(), viewerActorId };
}

/** A named actor must be in the incident's value chain; the error names the body field. */
export function assertInChain(chain: ChainMember[], actorId: string, field = "actor_id") {
  if (!chain.some((m) => m.actor_id === actorId)) {
    throw invalidField("body", field, "is not an actor in this incident's value chain");
  }
}

/** Products through which an actor is in the chain (its attestations about them count). */
export const chainProducts = (chain: ChainMember[], actorId: string) => [
  ...new Set(chain.filter((m) => m.actor_id === actorId).map((m) => m.product_id)),
];
