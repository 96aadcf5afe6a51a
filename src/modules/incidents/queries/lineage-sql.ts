import { type SQL, sql } from "drizzle-orm";
import { MAX_CHAIN_DEPTH } from "../../registry";
import * as t from "../schema";

/**
 * The value-chain walk of domain/value-chain.ts in SQL, for listings, counts, exports and signals, so
 * "involves actor X" and "descends from foundation model F" give the same answer here as the
 * per-incident access policy (routes/incidents/access.ts) gives for one incident.
 *
 * The walk starts at the harming (product, version). A version that pins base versions goes to those
 * versions; any other node (version not known, or pinning nothing) goes to its product's lineage
 * parents. Every product reached contributes its developer and its provider (the developer when there
 * is no separate provider); the deployment adds its deployer.
 *
 * It runs in two directions. A filter runs backwards from the products it asks about (reachingSql):
 * "which incidents reach these products" is then a few IN (…) conditions SQLite answers from indexes.
 * group_by needs each incident's own nodes, so it runs forwards (chainNodeCte), once per distinct
 * (product, version) rather than once per incident.
 *
 * Filing and matching (resolveProductRefs) always set the product when a version or deployment is set,
 * and the version when a deployment is; the walk relies on that and starts from the incident's columns.
 */

const DEPTH = sql.raw(String(MAX_CHAIN_DEPTH));

/** Products whose unversioned node reaches `seeds`: the seeds and everything built on them. */
const reachingProductsSql = (seeds: SQL): SQL => sql`
  with recursive reach(id, depth) as (
    select id, 0 from (${seeds})
    union
    select l.product_id, r.depth + 1 from product_lineage l join reach r on l.parent_product_id = r.id
      where r.depth < ${DEPTH}
  ) select id from reach`;

/**
 * Versions whose node reaches `seeds`: every version of a seed product; a version pinning nothing
 * when its product's node does (it walks on by product lineage); a version pinning one that does.
 */
const reachingVersionsSql = (seeds: SQL): SQL => sql`
  with recursive reach_product(id, depth) as (
    select id, 0 from (${seeds})
    union
    select l.product_id, r.depth + 1 from product_lineage l join reach_product r on l.parent_product_id = r.id
      where r.depth < ${DEPTH}
  ), reach_version(id, depth) as (
    select pv.id, 0 from product_versions pv where pv.product_id in (select id from (${seeds}))
    union
    select pv.id, r.depth from product_versions pv join reach_product r on r.id = pv.product_id
      where not exists (select 1 from version_bases vb where vb.version_id = pv.id)
    union
    select vb.version_id, r.depth + 1 from version_bases vb join reach_version r on vb.base_version_id = r.id
      where r.depth < ${DEPTH}
  ) select id from reach_version`;

/**
 * Condition on `incidents`: the incident's chain walk reaches one of `seeds` (a select of product ids).
 * A harming version that pins nothing walks exactly as its product does, so the second branch answers
 * for it (and for no version) through incidents_product_received_idx; the first covers pinned versions.
 */
const reachingSql = (seeds: SQL, walk = false): SQL => {
  // Walking (a common seed): the unary + hides both columns from the planner, so the page walks its
  // sort index and checks each row against the two reach sets (each built once), stopping after a page.
  // The `is not null` guard builds the version set only once a walked row names a version (most
  // incidents name none; building it cost ~5 ms at 1M).
  const [version, product] = walk
    ? [
        sql`${t.incidents.productVersionId} is not null and +${t.incidents.productVersionId}`,
        sql`+${t.incidents.productId}`,
      ]
    : [sql`${t.incidents.productVersionId}`, sql`${t.incidents.productId}`];
  return sql`(
  (${version} in (${reachingVersionsSql(seeds)}))
  or (${product} in (${reachingProductsSql(seeds)})
    and not exists (select 1 from version_bases vb where vb.version_id = ${t.incidents.productVersionId})))`;
};

/** Condition on `incidents`: the actor is in the incident's value chain (the access policy's rule). */
export const involvesActorSql = (actorId: string): SQL => sql`(
  ${reachingSql(sql`select id from products where developer_actor_id = ${actorId} or provider_actor_id = ${actorId}`)}
  or ${t.incidents.deploymentId} in (select id from deployments where deployer_actor_id = ${actorId}))`;

/** The products built on foundation model `fmId` by product lineage (the model itself included). */
export const productsBuiltOnSql = (fmId: string): SQL => reachingProductsSql(sql`select ${fmId} as id`);

/**
 * Condition on `incidents`: foundation model `fmId` is in the incident's chain. An app whose harming
 * version pins another model is then not blamed on the one it no longer uses.
 */
export const descendsFromFoundationModelSql = (fmId: string, walk = false): SQL =>
  reachingSql(sql`select ${fmId} as id`, walk);

/**
 * (product_id, version_key, at_product, at_version): the nodes of the walk from each distinct start,
 * version_key being the start version or '' (so incidents join on plain equality). incident_node may
 * repeat a product (reached at two depths): the CTEs built on it use UNION, and counts are distinct.
 */
export const chainNodeCte = sql`chain_node(product_id, version_key, at_product, at_version, depth) as (
    select distinct product_id, coalesce(product_version_id, ''), product_id, product_version_id, 0
      from incidents where product_id is not null
    union
    select n.product_id, n.version_key, bv.product_id, vb.base_version_id, n.depth + 1 from chain_node n
      join version_bases vb on vb.version_id = n.at_version join product_versions bv on bv.id = vb.base_version_id
      where n.depth < ${DEPTH}
    union
    select n.product_id, n.version_key, l.parent_product_id, null, n.depth + 1 from chain_node n
      join product_lineage l on l.product_id = n.at_product
      where n.depth < ${DEPTH}
        and not exists (select 1 from version_bases vb where vb.version_id = n.at_version)
  ),
  incident_node(incident_id, product_id) as (
    select i.id, n.at_product from incidents i join chain_node n
      on n.product_id = i.product_id and n.version_key = coalesce(i.product_version_id, '')
  )`;

/** (incident_id, actor_id): the makers of every product on the walk, and the deployer. */
export const incidentActorsCte = sql`  incident_actor(incident_id, actor_id) as (
    select n.incident_id, p.developer_actor_id from incident_node n join products p on p.id = n.product_id
    union
    select n.incident_id, coalesce(p.provider_actor_id, p.developer_actor_id) from incident_node n
      join products p on p.id = n.product_id
    union
    select i.id, d.deployer_actor_id from incidents i join deployments d on d.id = i.deployment_id
  )`;

/** (incident_id, fm_id): the foundation models on the walk (the harming product itself included). */
export const incidentFoundationModelsCte = sql`  incident_fm(incident_id, fm_id) as (
    select n.incident_id, n.product_id from incident_node n join products p on p.id = n.product_id
      where p.kind = 'foundation_model'
  )`;

/** `with recursive` prefix holding exactly the CTEs a query needs (none: empty SQL). */
export function withCtes(needs: { actor: boolean; foundationModel: boolean }): SQL {
  if (!needs.actor && !needs.foundationModel) return sql``;
  const parts = [chainNodeCte];
  if (needs.actor) parts.push(incidentActorsCte);
  if (needs.foundationModel) parts.push(incidentFoundationModelsCte);
  return sql`with recursive ${sql.join(parts, sql`, `)} `;
}
