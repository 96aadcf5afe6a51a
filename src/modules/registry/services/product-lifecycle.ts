import { and, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import type { Principal } from "../../../platform/auth/principal";
import { callerRole, callerSub } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { type AuditEvent, commitWithAudit, precondition } from "../../../platform/db/commit";
import { conflict, invalidField } from "../../../platform/errors";
import { catalog } from "../../catalog";
import { buildTransitionTable } from "../domain/lifecycle";
import type { ProductRow } from "../queries/products";
import * as t from "../schema";

/** The lifecycle transition table comes from the catalog's stages (WHO guidance data, not code). */
const stageTransitions = buildTransitionTable(catalog.lifecycle_stages);

/**
 * The one way a product changes lifecycle stage (owner/regulator transitions and incident corrective
 * actions): checked against the catalog's transition table, guarded on the stage that was read, and
 * recorded in the stage history and the audit log.
 */
export function productTransition(
  deps: Pick<Deps, "db">,
  principal: Principal,
  product: ProductRow,
  to: string,
  reason: string,
  at: string,
) {
  if (!stageTransitions.stages.has(to)) throw invalidField("body", "to", `unknown lifecycle stage ${to}`);
  if (!stageTransitions.canTransition(product.stage, to)) {
    throw conflict(`A product cannot move from ${product.stage} to ${to}`, {
      from: product.stage,
      allowed: stageTransitions.allowed(product.stage),
    });
  }
  const entry = {
    id: newId(),
    productId: product.id,
    fromStage: product.stage,
    toStage: to,
    reason,
    at,
    bySub: callerSub(principal),
    byRole: callerRole(principal),
  };
  const statements: BatchItem<"sqlite">[] = [
    precondition(
      deps,
      deps.db
        .select({ id: t.products.id })
        .from(t.products)
        .where(and(eq(t.products.id, product.id), eq(t.products.stage, product.stage))),
    ),
    deps.db.update(t.products).set({ stage: to }).where(eq(t.products.id, product.id)),
    deps.db.insert(t.stageTransitions).values(entry),
  ];
  const audit: AuditEvent = {
    action: "product.transition",
    entity: "product",
    entityId: product.id,
    payload: { from: product.stage, to, reason },
  };
  return { entry, statements, audit };
}

/** An owner's or regulator's stage change, committed with its audit entry; returns the history entry. */
export async function transitionProduct(
  deps: Deps,
  principal: Principal,
  product: ProductRow,
  to: string,
  reason: string,
) {
  const move = productTransition(deps, principal, product, to, reason, deps.clock.now().toISOString());
  await commitWithAudit(deps, principal, () => move.statements, [move.audit]);
  return move.entry;
}
