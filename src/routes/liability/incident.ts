import { eq } from "drizzle-orm";
import { actingActorId, hasRole, type Principal } from "../../auth/principal";
import type { Db } from "../../db/client";
import * as t from "../../db/schema";
import type { ChainMember } from "../../domain/value-chain";
import { invalidField, notFound } from "../../lib/problem";
import { type IncidentRow, loadIncident } from "../incidents/repo";
import { loadIncidentChain } from "./chain";

export interface LiabilityIncident {
  incident: IncidentRow;
  chain: ChainMember[];
  riskCodes: string[];
  /** Set when the caller acts for a value-chain actor: it may see only what concerns itself. */
  viewerActorId: string | undefined;
}

/**
 * Incident plus its version-level value chain, with object-level access: regulators see every
 * incident, claim handlers (fund_admin) and admins too; an actor only incidents whose chain includes
 * it (404 otherwise, so incident ids cannot be probed).
 */
export async function loadLiabilityIncident(
  db: Db,
  principal: Principal,
  id: string,
): Promise<LiabilityIncident> {
  const incident = await loadIncident(db, id);
  const chain = await loadIncidentChain(db, incident);
  const viewerActorId = actingActorId(principal);
  if (!hasRole(principal, "regulator", "fund_admin", "admin")) {
    if (viewerActorId === undefined || !chain.some((m) => m.actor_id === viewerActorId))
      throw notFound("Incident");
  }
  const risks = await db
    .select({ code: t.incidentRisks.riskCode })
    .from(t.incidentRisks)
    .where(eq(t.incidentRisks.incidentId, incident.id));
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
