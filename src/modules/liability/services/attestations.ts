import type { z } from "@hono/zod-openapi";
import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { actingActorId, callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { type CommitDeps, createSealed } from "../../../platform/db/commit";
import { afterKey } from "../../../platform/db/keyset";
import { forbidden, invalidField } from "../../../platform/errors";
import { CursorKey } from "../../../platform/http/cursor";
import { checkInstants } from "../../../platform/http/instants";
import * as catalogTables from "../../catalog";
import { assertCatalogCodes } from "../../catalog";
import * as registry from "../../registry";
import { loadProduct, loadProductChain } from "../../registry";
import * as t from "../schema";
import type { AttestationCreate, AttestationQuery } from "../schemas/attestations";
import { ATTESTATION_SEAL } from "../seals";

export const attestationById = (db: Db, id: string) => rowById(db, t.attestations, id, "Attestation");

/**
 * Records the caller's own attestation inside an idempotent creation (`record` adds the idempotency
 * statements): the caller must be in the product's chain and owe the obligation in that role.
 */
export async function recordAttestation(
  deps: CommitDeps,
  principal: Principal,
  input: z.infer<typeof AttestationCreate>,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
) {
  const own = actingActorId(principal);
  const product = await loadProduct(deps.db, input.product_id).catch(() => {
    throw invalidField("body", "product_id", `no registered product ${input.product_id}`);
  });
  const roles = (await loadProductChain(deps.db, product.id))
    .filter((m) => m.actor_id === own && !m.via_lineage)
    .map((m) => m.role.toUpperCase());
  if (!own || roles.length === 0)
    throw forbidden("Only an actor in the product's value chain may attest for it");
  await assertCatalogCodes(deps, "obligation", [input.obligation_code], () => "obligation_code");
  const owedBy = await deps.db
    .select({ actor: catalogTables.obligationActors.actorCode })
    .from(catalogTables.obligationActors)
    .where(eq(catalogTables.obligationActors.obligationCode, input.obligation_code));
  if (!owedBy.some((o) => roles.includes(o.actor))) {
    throw invalidField(
      "body",
      "obligation_code",
      `is not a duty of your role(s) ${roles.join(", ")} for this product`,
    );
  }
  const now = deps.clock.now().toISOString();
  checkInstants(new Date(now), "body", { effective_from: input.effective_from }, { notFuture: true });
  if (input.disclosure_ids.length > 0) {
    const found = await deps.db
      .select({ id: registry.disclosures.id })
      .from(registry.disclosures)
      .where(
        and(
          inArray(registry.disclosures.id, input.disclosure_ids),
          eq(registry.disclosures.productId, product.id),
        ),
      );
    const foundIds = new Set(found.map((f) => f.id));
    const bad = input.disclosure_ids.findIndex((id) => !foundIds.has(id));
    if (bad >= 0) throw invalidField("body", `disclosure_ids.${bad}`, "is not a disclosure of this product");
  }
  const row = {
    id: newId(),
    actorId: own,
    productId: product.id,
    obligationCode: input.obligation_code,
    status: input.status,
    disclosureIds: input.disclosure_ids,
    evidenceSha256: input.evidence_sha256 ?? null,
    statement: input.statement,
    effectiveFrom: input.effective_from,
    recordedAt: now,
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, ATTESTATION_SEAL, row, "attestation.create", record);
}

/** Newest recorded first; fetches one row beyond `limit` so the caller can tell there is more. */
export function listAttestations(db: Db, q: z.infer<typeof AttestationQuery>) {
  const { product_id, actor_id, obligation_code, limit, cursor } = q;
  const where: (SQL | undefined)[] = [];
  if (product_id) where.push(eq(t.attestations.productId, product_id));
  if (actor_id) where.push(eq(t.attestations.actorId, actor_id));
  if (obligation_code) where.push(eq(t.attestations.obligationCode, obligation_code));
  if (cursor) {
    where.push(afterKey(cursor, t.attestations.recordedAt, t.attestations.id, "desc", CursorKey.timeId));
  }
  return db
    .select()
    .from(t.attestations)
    .where(and(...where))
    .orderBy(desc(t.attestations.recordedAt), desc(t.attestations.id))
    .limit(limit + 1);
}
