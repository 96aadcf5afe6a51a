import { type SQL, sql } from "drizzle-orm";
import { chainNodeCte } from "./lineage-sql";
import { NONE } from "./types";

/** A group_by key in a chain count: a chain dimension, or the i-th other key carried by the starts. */
export type ChainKey = "product" | "actor" | "foundation_model" | { other: number };

/**
 * Counts by value chain (group_by actor / foundation_model, and product with them), exact: an
 * incident's chain depends only on where its walk starts (product, version, deployment), so the
 * incidents are first counted per start (`starts`), the few thousand distinct starts are walked once,
 * and each start's count is added to every value its chain reaches. Chains are sets (UNION), so an
 * incident still counts once per value, as count(distinct incident) over a per-incident walk did;
 * that walk made a temp table of every (incident, node) pair first: ~20 s at 1M.
 *
 * `starts` selects (sp, sv, sd, o0…, b, n): product, version and deployment ('' when not set), the
 * other group_by keys, the period and the incident count of that cell.
 */
export function chainCountQuery(starts: SQL, keys: readonly ChainKey[]): SQL {
  const actor = keys.includes("actor");
  const fm = keys.includes("foundation_model");
  const ctes = [sql`starts as materialized (${starts})`];
  if (actor || fm)
    ctes.push(
      sql`start_node(sp, sv, sd) as (select distinct sp, sv, sd from starts)`,
      chainNodeCte(sql`select sp as product_id, sv as version_key from start_node where sp <> ''`),
    );
  // Every product on the walk contributes its developer and its provider (the developer when there is
  // no separate provider); the deployment adds its deployer (lineage-sql.ts, involvesActorSql).
  if (actor)
    ctes.push(sql`start_actor(sp, sv, sd, actor_id) as (
      select s.sp, s.sv, s.sd, p.developer_actor_id from start_node s
        join chain_node n on n.product_id = s.sp and n.version_key = s.sv join products p on p.id = n.at_product
      union
      select s.sp, s.sv, s.sd, coalesce(p.provider_actor_id, p.developer_actor_id) from start_node s
        join chain_node n on n.product_id = s.sp and n.version_key = s.sv join products p on p.id = n.at_product
      union
      select s.sp, s.sv, s.sd, d.deployer_actor_id from start_node s join deployments d on d.id = s.sd
    )`);
  // The harming product itself counts when it is a foundation model.
  if (fm)
    ctes.push(sql`start_fm(sp, sv, fm_id) as (
      select distinct n.product_id, n.version_key, n.at_product from chain_node n
        join products p on p.id = n.at_product where p.kind = 'foundation_model'
    )`);
  const exprs = keys.map((k) =>
    k === "product"
      ? sql`nullif(s.sp, '')`
      : k === "actor"
        ? sql`a.actor_id`
        : k === "foundation_model"
          ? sql`f.fm_id`
          : sql.raw(`s.o${k.other}`),
  );
  return sql`with recursive ${sql.join(ctes, sql`, `)}
    select ${sql.join(
      exprs.map((e, i) => sql`coalesce(${e}, ${NONE}) as ${sql.raw(`k${i}`)}`),
      sql`, `,
    )}, s.b as b, sum(s.n) as n
    from starts s
    ${actor ? sql`left join start_actor a on a.sp = s.sp and a.sv = s.sv and a.sd = s.sd` : sql``}
    ${fm ? sql`left join start_fm f on f.sp = s.sp and f.sv = s.sv` : sql``}
    group by ${sql.join([...exprs, sql`s.b`], sql`, `)}`;
}
