import { type SQL, sql } from "drizzle-orm";
import * as t from "../schema";

/**
 * Value-chain and lineage SQL shared by filters, grouping and signal detection, so "involves actor X"
 * and "descends from foundation model F" mean the same thing in a listing, a count and a signal.
 */

/** Products the actor develops or provides, and every product built on them (transitively). */
export const actorProductIdsSql = (actorId: string): SQL => sql`
  with recursive own(id) as (
    select id from products where developer_actor_id = ${actorId} or provider_actor_id = ${actorId}
    union
    select l.product_id from product_lineage l join own on l.parent_product_id = own.id
  ) select id from own`;

/** Condition on `incidents`: the actor is in the incident's chain (same reach as incident involvement). */
export const involvesActorSql = (actorId: string): SQL => sql`(
  ${t.incidents.productId} in (${actorProductIdsSql(actorId)})
  or ${t.incidents.deploymentId} in (select id from deployments where deployer_actor_id = ${actorId}))`;

/**
 * Condition on `incidents`: the incident's product descends from foundation model `fmId`.
 * Lineage at the time of the harm wins: when the harming version declares its base versions
 * (version_bases), the version DAG decides; only when it does not (version unknown or undeclared) does
 * the product-level lineage decide. An app that moved to another model is then not blamed on the old one.
 */
export const descendsFromFoundationModelSql = (fmId: string): SQL => sql`(
  ${t.incidents.productVersionId} in (
    with recursive down(id) as (
      select id from product_versions where product_id = ${fmId}
      union
      select vb.version_id from version_bases vb join down on vb.base_version_id = down.id
    ) select id from down)
  or (${t.incidents.productId} in (
        with recursive down(id) as (
          select ${fmId}
          union
          select l.product_id from product_lineage l join down on l.parent_product_id = down.id
        ) select id from down)
      and not exists (select 1 from version_bases vb where vb.version_id = ${t.incidents.productVersionId})))`;

/**
 * CTE bodies for `with recursive …`: productUpCte (each product with itself and all its ancestors) must
 * come first; the other two build on it. See withCtes for the composition.
 */
export const productUpCte = sql`product_up(product_id, ancestor_id) as (
    select id, id from products
    union
    select pu.product_id, l.parent_product_id from product_up pu join product_lineage l on l.product_id = pu.ancestor_id
  )`;

/** (incident_id, actor_id): developers/providers along the product's lineage, and the deployer. */
export const incidentActorsCte = sql`  incident_actor(incident_id, actor_id) as (
    select i.id, p.developer_actor_id from incidents i
      join product_up pu on pu.product_id = i.product_id join products p on p.id = pu.ancestor_id
    union
    select i.id, coalesce(p.provider_actor_id, p.developer_actor_id) from incidents i
      join product_up pu on pu.product_id = i.product_id join products p on p.id = pu.ancestor_id
    union
    select i.id, d.deployer_actor_id from incidents i join deployments d on d.id = i.deployment_id
  )`;

/**
 * (incident_id, fm_id): the foundation models (products of kind foundation_model, the product itself
 * included) under an incident, by the same version-first rule as descendsFromFoundationModelSql.
 */
export const incidentFoundationModelsCte = sql`  version_up(incident_id, version_id) as (
    select i.id, i.product_version_id from incidents i
      where exists (select 1 from version_bases vb where vb.version_id = i.product_version_id)
    union
    select vu.incident_id, vb.base_version_id from version_up vu join version_bases vb on vb.version_id = vu.version_id
  ),
  incident_fm(incident_id, fm_id) as (
    select vu.incident_id, pv.product_id from version_up vu
      join product_versions pv on pv.id = vu.version_id join products p on p.id = pv.product_id
      where p.kind = 'foundation_model'
    union
    select i.id, pu.ancestor_id from incidents i
      join product_up pu on pu.product_id = i.product_id join products p on p.id = pu.ancestor_id
      where p.kind = 'foundation_model'
        and not exists (select 1 from version_bases vb where vb.version_id = i.product_version_id)
  )`;

/** `with recursive` prefix holding exactly the CTEs a query needs (none: empty SQL). */
export function withCtes(needs: { actor: boolean; foundationModel: boolean }): SQL {
  if (!needs.actor && !needs.foundationModel) return sql``;
  const parts = [productUpCte];
  if (needs.actor) parts.push(incidentActorsCte);
  if (needs.foundationModel) parts.push(incidentFoundationModelsCte);
  return sql`with recursive ${sql.join(parts, sql`, `)} `;
}
