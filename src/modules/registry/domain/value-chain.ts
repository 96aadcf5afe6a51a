import { VALUE_CHAIN_ROLES, type ValueChainRole } from "../../../platform/auth/roles";
import transfers from "./duty-transfers.json" with { type: "json" };

/**
 * Who is in the value chain of a harm or of a product (WHO 2024 section 7: liability along the whole
 * chain). Pure: the caller loads a small snapshot of registry rows and this decides. Lineage is taken
 * at the version level when the harming version is known and pins its base versions (which model
 * version the app was really built on at the time), falling back to product lineage otherwise.
 */

/** The value chain's roles, in chain order: the one list tokens, actors, rulesets and analyses use. */
export const CHAIN_ROLES = VALUE_CHAIN_ROLES;
export type ChainRole = ValueChainRole;

/**
 * How far upstream a chain is followed. Lineage and version bases can only name rows that already
 * exist, so they are acyclic and this is a guard, not a rule; the SQL form of the walk
 * (the incidents module's queries/lineage-sql.ts) stops at the same depth so both answer alike.
 */
export const MAX_CHAIN_DEPTH = 32;
const ROLE_ORDER: readonly ChainRole[] = CHAIN_ROLES;

export interface ChainSnapshot {
  products: { id: string; developer_actor_id: string; provider_actor_id: string | null }[];
  versions: { id: string; product_id: string; substantial_modification: boolean }[];
  version_bases: { version_id: string; base_version_id: string }[];
  lineage: { product_id: string; parent_product_id: string; relation: string }[];
  deployments: { id: string; product_id: string; product_version_id: string; deployer_actor_id: string }[];
}

export interface DutyTransfer {
  rule_id: string;
  catalog: string[];
  why: string;
}

export interface ChainMember {
  actor_id: string;
  role: ChainRole;
  /** The product through which the actor carries this role. */
  product_id: string;
  /** Set for upstream products (foundation models): how far, and whether pinned by version or product. */
  via_lineage?: { product_id: string; depth: number; level: "version" | "product" };
  /** Set when the role is not nominal but taken on by modifying a model (duty-transfers.json). */
  acquired_by?: DutyTransfer;
}

interface TransferRule {
  id: string;
  trigger: { lineage_relation?: string; version_flag?: string };
  takes_on: string[];
  catalog: string[];
  why: string;
}
export const DUTY_TRANSFER_RULES: readonly TransferRule[] = transfers.rules;

export interface IncidentRefs {
  product_id: string | null;
  product_version_id: string | null;
  deployment_id: string | null;
}

interface Node {
  productId: string;
  versionId: string | null;
  depth: number;
  level: "version" | "product";
}

class Chain {
  private readonly members = new Map<string, ChainMember>();
  constructor(private readonly s: ChainSnapshot) {}

  add(member: ChainMember) {
    const key = `${member.actor_id}|${member.role}|${member.product_id}`;
    const prev = this.members.get(key);
    const depth = (m?: ChainMember) => m?.via_lineage?.depth ?? 0;
    // The nearest path wins; a nominal role beats the same role acquired by modification.
    if (!prev || depth(member) < depth(prev) || (prev.acquired_by && !member.acquired_by)) {
      this.members.set(key, member);
    }
  }

  /** Nominal developer and provider of one product (no separate provider = the developer provides). */
  addProduct(node: Node) {
    const p = this.s.products.find((x) => x.id === node.productId);
    if (!p) return;
    const via =
      node.depth > 0 ? { via_lineage: { product_id: p.id, depth: node.depth, level: node.level } } : {};
    const provider = p.provider_actor_id ?? p.developer_actor_id;
    this.add({ actor_id: p.developer_actor_id, role: "developer", product_id: p.id, ...via });
    this.add({ actor_id: provider, role: "provider", product_id: p.id, ...via });
    for (const rule of triggeredRules(this.s, node)) {
      for (const role of rule.takes_on as ChainRole[]) {
        const acquired_by = { rule_id: rule.id, catalog: rule.catalog, why: rule.why };
        this.add({ actor_id: provider, role, product_id: p.id, ...via, acquired_by });
      }
    }
  }

  list(): ChainMember[] {
    const depth = (m: ChainMember) => m.via_lineage?.depth ?? 0;
    return [...this.members.values()].sort(
      (a, b) =>
        depth(a) - depth(b) ||
        ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
        (a.actor_id < b.actor_id ? -1 : a.actor_id > b.actor_id ? 1 : 0) ||
        (a.product_id < b.product_id ? -1 : 1),
    );
  }
}

function triggeredRules(s: ChainSnapshot, node: Node): TransferRule[] {
  const relations = new Set(s.lineage.filter((e) => e.product_id === node.productId).map((e) => e.relation));
  // Unknown version (product-level view): any substantially modified version of the product counts.
  const modified = s.versions.some(
    (v) =>
      (node.versionId ? v.id === node.versionId : v.product_id === node.productId) &&
      v.substantial_modification,
  );
  return DUTY_TRANSFER_RULES.filter(
    (r) =>
      (r.trigger.lineage_relation !== undefined && relations.has(r.trigger.lineage_relation)) ||
      (r.trigger.version_flag === "substantial_modification" && modified),
  );
}

/** What a node is built on: pinned base versions if any, else the product lineage parents. */
function parents(s: ChainSnapshot, node: Node): Node[] {
  const bases = node.versionId ? s.version_bases.filter((b) => b.version_id === node.versionId) : [];
  if (bases.length > 0) {
    return bases.flatMap((b) => {
      const v = s.versions.find((x) => x.id === b.base_version_id);
      return v
        ? [{ productId: v.product_id, versionId: v.id, depth: node.depth + 1, level: "version" as const }]
        : [];
    });
  }
  return s.lineage
    .filter((e) => e.product_id === node.productId)
    .map((e) => ({
      productId: e.parent_product_id,
      versionId: null,
      depth: node.depth + 1,
      level: "product" as const,
    }));
}

function walk(s: ChainSnapshot, chain: Chain, start: Node) {
  const seen = new Set<string>();
  const queue = [start];
  // Breadth first, so each upstream product is reached at its smallest depth; `seen` stops cycles.
  for (let node = queue.shift(); node; node = queue.shift()) {
    const key = `${node.productId}|${node.versionId ?? ""}`;
    if (seen.has(key) || node.depth > MAX_CHAIN_DEPTH) continue;
    seen.add(key);
    chain.addProduct(node);
    queue.push(...parents(s, node));
  }
}

/** The chain of a harm: product, the model versions it was built on, and the deployer. */
export function incidentChain(s: ChainSnapshot, refs: IncidentRefs): ChainMember[] {
  const chain = new Chain(s);
  const deployment = s.deployments.find((d) => d.id === refs.deployment_id);
  const versionId = refs.product_version_id ?? deployment?.product_version_id ?? null;
  const version = s.versions.find((v) => v.id === versionId);
  const productId = refs.product_id ?? version?.product_id ?? deployment?.product_id ?? null;
  if (productId) walk(s, chain, { productId, versionId, depth: 0, level: "version" });
  if (deployment) {
    chain.add({
      actor_id: deployment.deployer_actor_id,
      role: "deployer",
      product_id: deployment.product_id,
    });
  }
  return chain.list();
}

/** The chain of a product: its makers, every ancestor model's makers, and all its deployers. */
export function productChain(s: ChainSnapshot, productId: string): ChainMember[] {
  const chain = new Chain(s);
  walk(s, chain, { productId, versionId: null, depth: 0, level: "product" });
  for (const d of s.deployments.filter((x) => x.product_id === productId)) {
    chain.add({ actor_id: d.deployer_actor_id, role: "deployer", product_id: productId });
  }
  return chain.list();
}
