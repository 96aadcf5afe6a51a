import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { actingActorId, callerRole, callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { commitWithAudit, nextNumber } from "../../../platform/db/commit";
import { INITIAL_STAGE } from "../domain/lifecycle";
import type { ProductCreateInput } from "../routes/products/schemas";
import * as t from "../schema";
import { assertActorExists, assertCallerActor, assertProductsExist, assertUseAreas } from "../validate";

/**
 * Early registration: checks every reference, then writes the product, its lineage, its first stage
 * entry, the allocated LMMR number and the audit entry in one atomic batch. Returns the new id.
 */
export async function registerProduct(
  deps: Deps,
  principal: Principal,
  input: ProductCreateInput,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  const own = actingActorId(principal) as string;
  await assertCallerActor(deps.db, own);
  const isDeveloper = principal.kind === "user" && principal.role === "developer";
  const developerId = isDeveloper ? own : (input.developer_actor_id ?? own);
  const providerId = isDeveloper ? (input.provider_actor_id ?? null) : own;
  if (isDeveloper && input.developer_actor_id && input.developer_actor_id !== own) {
    await assertActorExists(deps.db, input.developer_actor_id, "developer_actor_id");
  }
  if (!isDeveloper && input.developer_actor_id)
    await assertActorExists(deps.db, developerId, "developer_actor_id", "developer");
  if (isDeveloper && providerId)
    await assertActorExists(deps.db, providerId, "provider_actor_id", "provider");
  await assertUseAreas(deps, input.use_areas);
  await assertProductsExist(
    deps.db,
    input.builds_on.map((b) => b.product_id),
    (i) => `builds_on.${i}.product_id`,
  );

  const now = deps.clock.now();
  const id = newId();
  const year = now.getUTCFullYear();
  const number = nextNumber(deps, `product:${year}`, `LMMR-${year}-`);
  const row = {
    id,
    registrationNumber: number.value,
    name: input.name,
    kind: input.kind,
    intendedPurpose: input.intended_purpose,
    useAreas: input.use_areas,
    modalities: input.modalities,
    languages: input.languages,
    developerActorId: developerId,
    providerActorId: providerId,
    stage: INITIAL_STAGE,
    registeredAt: now.toISOString(),
  };
  const statements = (): BatchItem<"sqlite">[] => [
    number.bump,
    deps.db.insert(t.products).values(row),
    ...input.builds_on.map((b) =>
      deps.db.insert(t.productLineage).values({
        productId: id,
        parentProductId: b.product_id,
        relation: b.relation,
        createdAt: row.registeredAt,
      }),
    ),
    deps.db.insert(t.stageTransitions).values({
      id: newId(),
      productId: id,
      fromStage: null,
      toStage: INITIAL_STAGE,
      reason: "Early registration",
      at: row.registeredAt,
      bySub: callerSub(principal),
      byRole: callerRole(principal),
    }),
  ];
  const recorded = await record(id);
  await commitWithAudit(deps, principal, () => [...statements(), ...recorded], [
    { action: "product.register", entity: "product", entityId: id, payload: { ...input, id } },
  ]);
  return id;
}
