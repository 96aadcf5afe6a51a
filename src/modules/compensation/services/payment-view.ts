import { and, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import { notFound } from "../../../platform/errors";
import * as t from "../schema";
import { claimAwarded, claimPayable, readBalance } from "./ledger";

/** A payment (its cash line) with the claim's award and what is paid so far. */
export async function paymentView(db: Db, claimId: string, transactionId: string) {
  const L = t.ledgerEntries;
  const [line] = await db
    .select()
    .from(L)
    .where(and(eq(L.transactionId, transactionId), eq(L.account, "cash"), eq(L.kind, "payment")));
  if (!line || line.claimId !== claimId) throw notFound("Payment");
  const [awarded, owed] = await Promise.all([
    readBalance(db, claimAwarded(claimId)),
    readBalance(db, claimPayable(claimId)),
  ]);
  return {
    id: transactionId,
    claim_id: claimId,
    amount_minor: line.creditMinor,
    awarded_minor: awarded,
    paid_minor: awarded - owed,
    paid_at: line.at,
  };
}
