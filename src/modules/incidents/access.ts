import { actingActorId, hasRole, type Principal } from "../../platform/auth/principal";
import type { Db } from "../../platform/db/client";
import { forbidden, notFound } from "../../platform/errors";
import type { ChainMember } from "../registry";
import { loadIncidentChain } from "../registry";
import type { QueryScope } from "./queries";
import { type IncidentRow, loadIncident } from "./services/repo";

/**
 * The one object-level access policy for incidents. Every route under /v1/incidents/{id} asks it
 * (detail, deadlines, reports, responses, similar, obligations and links, causality, legal facts,
 * rebuttals, disclosure orders), and the list, stats and export scope is the same rule in SQL
 * (queries/lineage-sql.ts, involvesActorSql). Route `access` lists still decide which roles
 * may call a route at all; this decides which incidents a caller may see through it, and how much.
 *
 * Who is involved: the incident's value chain resolved at the harming version (domain/value-chain.ts).
 * When the harming version is known and pins base versions, those pins decide which foundation models
 * were in the product that did the harm; when the incident names no version, or the version pins
 * nothing, product-level lineage is the only evidence and decides. The same rule applies at each step
 * upstream.
 *
 * Why the version level: the WHO guidance (2024, section 7) puts liability along the value chain, on
 * each actor to the extent its contribution is in the harming product. An app registered as built on
 * models F and G whose harming version pins only G was not made from F: F's developer carries no duty
 * for this harm (no deadline, presumption, obligation or rebuttal), so it has no need to read a
 * patient's harm report either. Product-level lineage, which the detail route once used, showed it the
 * incident while every liability route answered 404. Where the version is unknown, informing a
 * possibly-involved upstream developer is better than hiding a harm from one that is involved.
 */

/**
 * Who may read one incident and what hangs off it (detail, deadlines, obligations, causality, legal
 * facts): the roles `incidentAudience` gives a view to. Declared once so the incident's sub-routes
 * cannot drift apart again; the object-level decision is still `incidentAudience`'s.
 */
export const INCIDENT_READERS = [
  "regulator",
  "developer",
  "provider",
  "deployer",
  "admin",
  "fund_admin",
] as const;

/** Which view of an incident a caller gets. */
export type Audience =
  /** The supervisory authority: every incident, reporter contact, patient attributes, every text. */
  | { kind: "regulator" }
  /**
   * The shared view without reporter identity or text flagged as identifying: an accountable actor
   * (`actorId`, for incidents in its chain) or a claim handler or admin (every incident, no actor).
   */
  | { kind: "restricted"; actorId: string | undefined };

export interface IncidentAccess {
  incident: IncidentRow;
  /** The chain the decision was made on: callers reuse it rather than resolving it again. */
  chain: ChainMember[];
  audience: Audience;
}

/** The view `principal` gets of an incident with this chain; undefined means none (the route says 404). */
export function incidentAudience(principal: Principal, chain: readonly ChainMember[]): Audience | undefined {
  if (hasRole(principal, "regulator")) return { kind: "regulator" };
  const actorId = actingActorId(principal);
  if (actorId !== undefined) {
    return chain.some((m) => m.actor_id === actorId) ? { kind: "restricted", actorId } : undefined;
  }
  if (hasRole(principal, "admin", "fund_admin")) return { kind: "restricted", actorId: undefined };
  return undefined;
}

/**
 * Loads an incident (by id or reference) for `principal`. An incident the caller may not see is 404,
 * exactly like an unknown one, so incident ids cannot be probed.
 */
export async function incidentAccess(
  db: Db,
  principal: Principal,
  idOrReference: string,
): Promise<IncidentAccess> {
  const incident = await loadIncident(db, idOrReference);
  const chain = await loadIncidentChain(db, incident);
  const audience = incidentAudience(principal, chain);
  if (audience === undefined) throw notFound("Incident");
  return { incident, chain, audience };
}

/**
 * The same policy over many incidents, for the list, stats and export: all of them for the roles that
 * see every incident, the incidents whose chain includes the actor for an actor, none otherwise.
 */
export function incidentScope(principal: Principal): QueryScope | undefined {
  if (hasRole(principal, "regulator", "admin", "fund_admin")) return { kind: "all" };
  const actorId = actingActorId(principal);
  return actorId === undefined ? undefined : { kind: "actor", actorId };
}

/** incidentScope for a route whose callers must see some incidents (its `access` list makes sure). */
export function requireIncidentScope(principal: Principal): QueryScope {
  const scope = incidentScope(principal);
  if (scope === undefined) throw forbidden("This role sees no incidents");
  return scope;
}
