import { and, asc, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import type { Principal } from "../../../platform/auth/principal";
import type { Db } from "../../../platform/db/client";
import { commitSealedInserts } from "../../../platform/db/commit";
import { invalidField, notFound } from "../../../platform/errors";
import { actorRoles } from "../../registry";
import { assertManages } from "../access";
import { contributionLines } from "../domain/ledger";
import * as t from "../schema";
import { loadFund } from "./funds";
import { transactionWrites } from "./ledger";

const LEVIED_ROLES = ["developer", "provider", "deployer"];

/** A levy paid into the fund by an actor of the value chain (cash in, levy income recognised). */
export async function recordContribution(
  deps: Deps,
  principal: Principal,
  fundId: string,
  input: { actor_id: string; amount_minor: number; reference: string },
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  await loadFund(deps.db, fundId);
  assertManages(principal, fundId);
  const roles = await actorRoles(deps.db, input.actor_id);
  if (!roles) throw invalidField("body", "actor_id", "is not a registered actor");
  if (!roles.some((r) => LEVIED_ROLES.includes(r))) {
    throw invalidField("body", "actor_id", "levies come from developers, providers and deployers");
  }
  const at = deps.clock.now().toISOString();
  const tx = transactionWrites(principal, fundId, at, contributionLines(input.amount_minor), {
    kind: "contribution",
    actorId: input.actor_id,
    reference: input.reference,
  });
  await commitSealedInserts(deps, principal, tx.writes, { after: await record(tx.transactionId) });
  return tx.transactionId;
}

/** One contribution, by its transaction id. */
export async function contributionById(db: Db, fundId: string, transactionId: string) {
  const [row] = await contributionsOf(db, fundId, transactionId);
  if (!row) throw notFound("Contribution");
  return row;
}

/** The contributions of a fund, one per transaction (its cash line), oldest first. */
export async function contributionsOf(db: Db, fundId: string, transactionId?: string) {
  const L = t.ledgerEntries;
  const rows = await db
    .select()
    .from(L)
    .where(
      and(
        eq(L.fundId, fundId),
        eq(L.kind, "contribution"),
        eq(L.account, "cash"),
        transactionId ? eq(L.transactionId, transactionId) : undefined,
      ),
    )
    .orderBy(asc(L.at), asc(L.id));
  return rows.map((r) => ({
    id: r.transactionId,
    fund_id: r.fundId,
    actor_id: r.actorId,
    amount_minor: r.debitMinor,
    reference: r.reference,
    received_at: r.at,
  }));
}
