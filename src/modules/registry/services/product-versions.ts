import type { z } from "@hono/zod-openapi";
import { and, eq, inArray } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import type { Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import { commitWithAudit } from "../../../platform/db/commit";
import { conflict, invalidField } from "../../../platform/errors";
import { checkInstants } from "../../../platform/http/instants";
import { walkLineage } from "../lineage";
import { type ProductRow, versionView } from "../queries/products";
import type { VersionCreate } from "../routes/products/schemas";
import * as t from "../schema";

/**
 * A new version of `product`, pinning the foundation-model versions it was built on (only versions
 * of products it descends from), written atomically with its audit entry. Returns the new id.
 */
export async function createVersion(
  deps: Deps,
  principal: Principal,
  product: ProductRow,
  input: z.infer<typeof VersionCreate>,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  const [clash] = await deps.db
    .select({ id: t.productVersions.id })
    .from(t.productVersions)
    .where(and(eq(t.productVersions.productId, product.id), eq(t.productVersions.version, input.version)));
  if (clash) throw conflict(`Version ${input.version} already exists for this product`);
  // A version may only pin versions of products it is built on (any ancestor in the lineage).
  if (input.base_versions.length > 0) {
    const ancestors = new Set((await walkLineage(deps.db, product.id, "up")).map((e) => e.product_id));
    const bases = await deps.db
      .select()
      .from(t.productVersions)
      .where(inArray(t.productVersions.id, input.base_versions));
    input.base_versions.forEach((id, i) => {
      const base = bases.find((b) => b.id === id);
      if (!base) throw invalidField("body", `base_versions.${i}`, `no product version ${id}`);
      if (!ancestors.has(base.productId)) {
        throw invalidField(
          "body",
          `base_versions.${i}`,
          "is a version of a product this one is not built on",
        );
      }
    });
  }
  checkInstants(deps.clock.now(), "body", { released_at: input.released_at });
  const row = {
    id: newId(),
    productId: product.id,
    version: input.version,
    releasedAt: input.released_at ?? null,
    changelog: input.changelog,
    substantialModification: input.substantial_modification,
    recordedAt: deps.clock.now().toISOString(),
  };
  const recorded = await record(row.id);
  await commitWithAudit(
    deps,
    principal,
    () => [
      ...recorded,
      deps.db.insert(t.productVersions).values(row),
      ...input.base_versions.map((baseVersionId) =>
        deps.db.insert(t.versionBases).values({ versionId: row.id, baseVersionId }),
      ),
    ],
    [
      {
        action: "product.version.create",
        entity: "product_version",
        entityId: row.id,
        payload: { ...input, product_id: product.id },
      },
    ],
  );
  return row.id;
}

export async function loadVersionView(deps: Pick<Deps, "db">, id: string) {
  const row = await rowById(deps.db, t.productVersions, id, "Product version");
  const bases = await deps.db.select().from(t.versionBases).where(eq(t.versionBases.versionId, id));
  return versionView(
    row,
    bases.map((b) => b.baseVersionId),
  );
}
