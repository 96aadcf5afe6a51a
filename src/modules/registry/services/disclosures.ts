import type { z } from "@hono/zod-openapi";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { actingActorId, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import { createSealed } from "../../../platform/db/commit";
import { disclosureView, type ProductRow } from "../queries/products";
import type { DisclosureCreate } from "../routes/products/schemas";
import * as t from "../schema";
import { DISCLOSURE_SEAL } from "./disclosure-seal";

/**
 * Files a disclosure of `product`; the row carries the seal of its audit entry (it is evidence), and
 * is written in the same batch as the idempotency record. Returns the new id.
 */
export async function createDisclosure(
  deps: Deps,
  principal: Principal,
  product: ProductRow,
  input: z.infer<typeof DisclosureCreate>,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  const row = {
    id: newId(),
    productId: product.id,
    actorId: actingActorId(principal) ?? null,
    kind: input.kind,
    title: input.title,
    uri: input.uri ?? null,
    sha256: input.sha256,
    published: input.published,
    summary: input.summary,
    recordedAt: deps.clock.now().toISOString(),
  };
  return createSealed(deps, principal, DISCLOSURE_SEAL, row, "product.disclosure.create", record);
}

export async function loadDisclosureView(deps: Pick<Deps, "db">, id: string) {
  return disclosureView(await rowById(deps.db, t.disclosures, id, "Disclosure"));
}
