import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { type ChainMember, type ChainSnapshot, incidentChain, productChain } from "./domain/value-chain";
import { versionBasesOf, walkLineage } from "./lineage";
import * as t from "./schema";

/**
 * Loads the few registry rows the pure value-chain resolver needs. Version bases may only pin
 * versions of ancestor products (checked when a version is registered), so the product and its
 * lineage ancestors bound everything that can be reached.
 */
async function snapshot(db: Db, productId: string, deployments: ChainSnapshot["deployments"]) {
  const ids = [productId, ...(await walkLineage(db, productId, "up")).map((e) => e.product_id)];
  const [products, versions, lineage] = await Promise.all([
    db.select().from(t.products).where(inArray(t.products.id, ids)),
    db.select().from(t.productVersions).where(inArray(t.productVersions.productId, ids)),
    db.select().from(t.productLineage).where(inArray(t.productLineage.productId, ids)),
  ]);
  const bases = await versionBasesOf(
    db,
    versions.map((v) => v.id),
  );
  const snap: ChainSnapshot = {
    products: products.map((p) => ({
      id: p.id,
      developer_actor_id: p.developerActorId,
      provider_actor_id: p.providerActorId,
    })),
    versions: versions.map((v) => ({
      id: v.id,
      product_id: v.productId,
      substantial_modification: v.substantialModification,
    })),
    version_bases: bases.map((b) => ({ version_id: b.versionId, base_version_id: b.baseVersionId })),
    lineage: lineage.map((l) => ({
      product_id: l.productId,
      parent_product_id: l.parentProductId,
      relation: l.relation,
    })),
    deployments,
  };
  return snap;
}

const deploymentFact = (d: typeof t.deployments.$inferSelect) => ({
  id: d.id,
  product_id: d.productId,
  product_version_id: d.productVersionId,
  deployer_actor_id: d.deployerActorId,
});

export interface IncidentChainRefs {
  productId: string | null;
  productVersionId: string | null;
  deploymentId: string | null;
}

/** Value chain of a harm, resolved at the version the harm involved (see domain/value-chain). */
export async function loadIncidentChain(db: Db, incident: IncidentChainRefs): Promise<ChainMember[]> {
  const [deployment] = incident.deploymentId
    ? await db.select().from(t.deployments).where(eq(t.deployments.id, incident.deploymentId))
    : [];
  let productId = incident.productId ?? deployment?.productId ?? null;
  if (!productId && incident.productVersionId) {
    const [v] = await db
      .select()
      .from(t.productVersions)
      .where(eq(t.productVersions.id, incident.productVersionId));
    productId = v?.productId ?? null;
  }
  const deployments = deployment ? [deploymentFact(deployment)] : [];
  if (!productId) {
    return incidentChain(
      { products: [], versions: [], version_bases: [], lineage: [], deployments },
      {
        product_id: null,
        product_version_id: null,
        deployment_id: incident.deploymentId,
      },
    );
  }
  return incidentChain(await snapshot(db, productId, deployments), {
    product_id: productId,
    product_version_id: incident.productVersionId,
    deployment_id: incident.deploymentId,
  });
}

/** Value chain of a product as it stands: makers, ancestor models' makers, all deployers. */
export async function loadProductChain(db: Db, productId: string): Promise<ChainMember[]> {
  const deployments = await db.select().from(t.deployments).where(eq(t.deployments.productId, productId));
  return productChain(await snapshot(db, productId, deployments.map(deploymentFact)), productId);
}
