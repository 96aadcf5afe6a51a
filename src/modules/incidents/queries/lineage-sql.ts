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
 * chain_node(product_id, version_key, at_product, at_version, depth): the nodes of the walk from each
 * start (product_id, version_key) that `starts` selects, version_key being the start version or ''
 * (so starts join on plain equality). A product may repeat (reached at two depths): whatever is built
 * on this CTE uses UNION or DISTINCT. Counting walks it from the few thousand distinct starts of the
 * counted incidents (queries/chain-counts.ts), never once per incident.
 */
export const chainNodeCte = (
  starts: SQL,
): SQL => sql`chain_node(product_id, version_key, at_product, at_version, depth) as (
    select distinct product_id, version_key, product_id, nullif(version_key, ''), 0 from (${starts})
    union
    select n.product_id, n.version_key, bv.product_id, vb.base_version_id, n.depth + 1 from chain_node n
      join version_bases vb on vb.version_id = n.at_version join product_versions bv on bv.id = vb.base_version_id
      where n.depth < ${DEPTH}
    union
    select n.product_id, n.version_key, l.parent_product_id, null, n.depth + 1 from chain_node n
      join product_lineage l on l.product_id = n.at_product
      where n.depth < ${DEPTH}
        and not exists (select 1 from version_bases vb where vb.version_id = n.at_version)
  )`;
