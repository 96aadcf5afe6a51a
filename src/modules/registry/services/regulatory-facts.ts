import { and, asc, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { callerRole, callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { createSealed } from "../../../platform/db/commit";
import { forbidden, invalidField } from "../../../platform/errors";
import { checkInstants } from "../../../platform/http/instants";
import { type ProfileAt, type RegulatoryFactRow, regulatoryProfile } from "../domain/regulatory-profile";
import type { ProductRow } from "../queries/products";
import type { RegulatoryFactInput } from "../routes/regulatory-facts/schemas";
import * as t from "../schema";
import { REGULATORY_FACT_SEAL } from "./disclosure-seal";

type FactRow = typeof t.productRegulatoryFacts.$inferSelect;

/** Who decided: a regulator says whether it or a court did; an owner only ever declares. */
function deciderOf(principal: Principal, input: RegulatoryFactInput): string {
  const role = callerRole(principal);
  if (role === "regulator" || role === "admin") return input.decided_by ?? "regulator";
  if (input.decided_by !== undefined) {
    throw forbidden("Only a regulator records a regulator's or court's determination (decided_by)");
  }
  return role;
}

function columnsOf(input: RegulatoryFactInput) {
  switch (input.fact) {
    case "market":
      return { value: "placed", qualifier: null, territory: input.territory, effectiveFrom: input.placed_at };
    case "ai_act_risk_class":
      return {
        value: input.value,
        qualifier: input.basis ?? null,
        territory: null,
        effectiveFrom: input.effective_from,
      };
    case "medical_device":
    case "us_fda_device":
      return {
        value: String(input.value),
        qualifier: input.device_class ?? null,
        territory: null,
        effectiveFrom: input.effective_from,
      };
    default:
      return {
        value: String(input.value),
        qualifier: null,
        territory: null,
        effectiveFrom: input.effective_from,
      };
  }
}

export async function recordRegulatoryFact(
  deps: Deps,
  principal: Principal,
  product: ProductRow,
  input: RegulatoryFactInput,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  const now = deps.clock.now();
  const cols = columnsOf(input);
  // A planned launch is not a placement: facts are about what has happened.
  checkInstants(
    now,
    "body",
    { [input.fact === "market" ? "placed_at" : "effective_from"]: cols.effectiveFrom },
    {
      notFuture: true,
    },
  );
  if (input.version_id !== undefined) {
    const [version] = await deps.db
      .select({ id: t.productVersions.id })
      .from(t.productVersions)
      .where(and(eq(t.productVersions.id, input.version_id), eq(t.productVersions.productId, product.id)));
    if (!version) throw invalidField("body", "version_id", "is not a version of this product");
  }
  const row = {
    id: newId(),
    productId: product.id,
    versionId: input.version_id ?? null,
    fact: input.fact,
    ...cols,
    source: input.source,
    decidedBy: deciderOf(principal, input),
    recordedAt: now.toISOString(),
    recordedBySub: callerSub(principal),
  };
  return createSealed(deps, principal, REGULATORY_FACT_SEAL, row, "product.regulatory_fact.record", record);
}

export const regulatoryFactById = (db: Db, id: string) =>
  rowById(db, t.productRegulatoryFacts, id, "Regulatory fact");

export const regulatoryFactsOf = (db: Db, productId: string) =>
  db
    .select()
    .from(t.productRegulatoryFacts)
    .where(eq(t.productRegulatoryFacts.productId, productId))
    .orderBy(asc(t.productRegulatoryFacts.recordedAt), asc(t.productRegulatoryFacts.id));

const profileRow = (r: FactRow): RegulatoryFactRow => ({
  id: r.id,
  fact: r.fact,
  value: r.value,
  qualifier: r.qualifier,
  territory: r.territory,
  version_id: r.versionId,
  effective_from: r.effectiveFrom,
  decided_by: r.decidedBy,
  recorded_at: r.recordedAt,
});

/** The product's profile for the harming version at the harm, as known at `when.knownBy`. */
export async function loadRegulatoryProfile(db: Db, productId: string, when: ProfileAt) {
  return regulatoryProfile((await regulatoryFactsOf(db, productId)).map(profileRow), when);
}

export const regulatoryFactView = (r: FactRow) => ({
  id: r.id,
  product_id: r.productId,
  version_id: r.versionId,
  fact: r.fact,
  value: r.value,
  qualifier: r.qualifier,
  territory: r.territory,
  effective_from: r.effectiveFrom,
  source: r.source,
  decided_by: r.decidedBy as "developer" | "provider" | "regulator" | "court",
  recorded_at: r.recordedAt,
});
