import { eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { byIdChunks } from "../../db/chunks";
import type { Db } from "../../db/client";
import { walkLineage } from "../../db/lineage";
import * as t from "../../db/schema";

/** How an actor stands in an incident's value chain. */
export type ChainRole = "provider" | "developer" | "deployer" | "upstream_provider" | "upstream_developer";

export interface AccountableActor {
  actor_id: string;
  roles_in_chain: ChainRole[];
  /** Products through which the actor is involved (the harming product, or a foundation model under it). */
  product_ids: string[];
}

type IncidentRefs = Pick<typeof t.incidents.$inferSelect, "productId" | "deploymentId">;

/**
 * The value chain of an incident: the product's developer and provider (a product without a separate
 * provider is placed on the market by its developer, who then carries the provider duties), the
 * developers/providers of every product it is built on (foundation models), and the deployer.
 */
export async function accountableActors(db: Db, incident: IncidentRefs): Promise<AccountableActor[]> {
  const byActor = new Map<string, AccountableActor>();
  const add = (actorId: string | null, role: ChainRole, productId: string) => {
    if (!actorId) return;
    const entry = byActor.get(actorId) ?? { actor_id: actorId, roles_in_chain: [], product_ids: [] };
    if (!entry.roles_in_chain.includes(role)) entry.roles_in_chain.push(role);
    if (!entry.product_ids.includes(productId)) entry.product_ids.push(productId);
    byActor.set(actorId, entry);
  };
  const [[product], ancestors, [deployment]] = await Promise.all([
    incident.productId
      ? db.select().from(t.products).where(eq(t.products.id, incident.productId))
      : Promise.resolve([]),
    incident.productId ? walkLineage(db, incident.productId, "up") : Promise.resolve([]),
    incident.deploymentId
      ? db.select().from(t.deployments).where(eq(t.deployments.id, incident.deploymentId))
      : Promise.resolve([]),
  ]);
  if (product) {
    add(product.developerActorId, "developer", product.id);
    add(product.providerActorId ?? product.developerActorId, "provider", product.id);
  }
  // One look-up for every product upstream, in lineage order (nearest first).
  const upstream = await byIdChunks(
    ancestors.map((e) => e.product_id),
    (part) => db.select().from(t.products).where(inArray(t.products.id, part)),
  );
  const upstreamById = new Map(upstream.map((p) => [p.id, p]));
  for (const edge of ancestors) {
    const up = upstreamById.get(edge.product_id);
    if (!up) continue;
    add(up.developerActorId, "upstream_developer", up.id);
    if (up.providerActorId) add(up.providerActorId, "upstream_provider", up.id);
  }
  if (deployment) add(deployment.deployerActorId, "deployer", deployment.productId);
  return [...byActor.values()];
}

export async function isAccountable(db: Db, actorId: string, incident: IncidentRefs): Promise<boolean> {
  return (await accountableActors(db, incident)).some((a) => a.actor_id === actorId);
}

/** SQL: ids of products the actor develops or provides, and of every product built on them. */
export const accountableProductIdsSql = (actorId: string) => sql`
  with recursive own(id) as (
    select id from products where developer_actor_id = ${actorId} or provider_actor_id = ${actorId}
    union
    select l.product_id from product_lineage l join own on l.parent_product_id = own.id
  ) select id from own`;

/** SQL condition on `incidents`: the incident involves the actor (same reach as accountableActors). */
export function involvingActor(actorId: string): SQL {
  return or(
    sql`${t.incidents.productId} in (${accountableProductIdsSql(actorId)})`,
    sql`${t.incidents.deploymentId} in (select id from deployments where deployer_actor_id = ${actorId})`,
  ) as SQL;
}
