import { asc, count, eq, inArray, or } from "drizzle-orm";
import { hasRole, type Principal } from "../../../platform/auth/principal";
import type { Db } from "../../../platform/db/client";
import { forbidden, notFound } from "../../../platform/errors";
import { versionBasesOf, walkLineage } from "../lineage";
import type { ProductIncidentCounts } from "../routes/products/schemas";
import * as t from "../schema";

export type ProductRow = typeof t.products.$inferSelect;

export async function loadProduct(db: Db, idOrNumber: string): Promise<ProductRow> {
  const [row] = await db
    .select()
    .from(t.products)
    .where(or(eq(t.products.id, idOrNumber), eq(t.products.registrationNumber, idOrNumber.toUpperCase())));
  if (!row) throw notFound("Product");
  return row;
}

/** The developer and the provider of a product are the actors who may write to its record. */
export const isProductOwner = (p: Principal, product: ProductRow) =>
  p.kind === "user" &&
  (p.role === "developer" || p.role === "provider") &&
  p.actorId !== undefined &&
  (p.actorId === product.developerActorId || p.actorId === product.providerActorId);

/** Products are public records, so a non-owner gets 403 (not 404) when it tries to change one. */
export function assertProductOwner(p: Principal, product: ProductRow, orRegulator = false) {
  if (isProductOwner(p, product)) return;
  if (orRegulator && hasRole(p, "regulator", "admin")) return;
  throw forbidden("Only the product's developer or provider may change it");
}

const summaryOf = (rows: ProductRow[]) =>
  new Map(
    rows.map((r) => [
      r.id,
      { product_id: r.id, registration_number: r.registrationNumber, name: r.name, kind: r.kind },
    ]),
  );

export async function productSummaries(db: Db, ids: string[]) {
  if (ids.length === 0)
    return new Map<string, ReturnType<typeof summaryOf> extends Map<string, infer V> ? V : never>();
  return summaryOf(await db.select().from(t.products).where(inArray(t.products.id, ids)));
}

export function productCore(row: ProductRow) {
  return {
    id: row.id,
    registration_number: row.registrationNumber,
    name: row.name,
    kind: row.kind,
    intended_purpose: row.intendedPurpose,
    use_areas: row.useAreas,
    modalities: row.modalities,
    languages: row.languages,
    developer_actor_id: row.developerActorId,
    provider_actor_id: row.providerActorId,
    stage: row.stage,
    registered_at: row.registeredAt,
  };
}

export function versionView(v: typeof t.productVersions.$inferSelect, bases: string[]) {
  return {
    id: v.id,
    product_id: v.productId,
    version: v.version,
    released_at: v.releasedAt,
    changelog: v.changelog,
    substantial_modification: v.substantialModification,
    base_versions: bases,
    recorded_at: v.recordedAt,
  };
}

export function disclosureView(d: typeof t.disclosures.$inferSelect) {
  return {
    id: d.id,
    product_id: d.productId,
    actor_id: d.actorId,
    kind: d.kind,
    title: d.title,
    uri: d.uri,
    sha256: d.sha256,
    published: d.published,
    summary: d.summary,
    recorded_at: d.recordedAt,
  };
}

/** The public record of a product; unpublished disclosures only for its owners and regulators. */
export async function productDetail(
  db: Db,
  row: ProductRow,
  principal: Principal,
  incidentCounts: (productId: string) => Promise<ProductIncidentCounts>,
) {
  const [up, down, versions, history, disclosures, [deployed]] = await Promise.all([
    walkLineage(db, row.id, "up"),
    walkLineage(db, row.id, "down"),
    db
      .select()
      .from(t.productVersions)
      .where(eq(t.productVersions.productId, row.id))
      .orderBy(asc(t.productVersions.recordedAt)),
    db
      .select()
      .from(t.stageTransitions)
      .where(eq(t.stageTransitions.productId, row.id))
      .orderBy(asc(t.stageTransitions.at)),
    db
      .select()
      .from(t.disclosures)
      .where(eq(t.disclosures.productId, row.id))
      .orderBy(asc(t.disclosures.recordedAt)),
    db.select({ n: count() }).from(t.deployments).where(eq(t.deployments.productId, row.id)),
  ]);
  const bases = await versionBasesOf(
    db,
    versions.map((v) => v.id),
  );
  const names = await productSummaries(
    db,
    [...up, ...down].map((e) => e.product_id),
  );
  const seesPrivate = isProductOwner(principal, row) || hasRole(principal, "regulator", "admin");
  const edge = (e: (typeof up)[number]) => ({
    ...names.get(e.product_id),
    relation: e.relation,
    depth: e.depth,
    via: e.via,
  });
  return {
    ...productCore(row),
    lineage: { ancestors: up.map(edge), descendants: down.map(edge) },
    versions: versions.map((v) =>
      versionView(
        v,
        bases.filter((b) => b.versionId === v.id).map((b) => b.baseVersionId),
      ),
    ),
    stage_history: history.map((h) => ({
      from: h.fromStage,
      to: h.toStage,
      reason: h.reason,
      at: h.at,
      by_role: h.byRole,
    })),
    disclosures: disclosures.filter((d) => d.published || seesPrivate).map(disclosureView),
    deployments_count: deployed?.n ?? 0,
    // Issue 6 (public transparency): counts suppressed for every reader, as in /v1/public/stats.
    incident_counts: await incidentCounts(row.id),
  };
}
