import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import type { Principal } from "../../../platform/auth/principal";
import { commitSealedInserts, precondition } from "../../../platform/db/commit";
import { conflict, notFound } from "../../../platform/errors";
import { assertManages } from "../access";
import { paymentLines } from "../domain/ledger";
import { loadClaim } from "./claims";
import { claimPayable, fundCash, readBalance, transactionWrites } from "./ledger";

/**
 * Pays (part of) an award out of the fund's cash. Paying more than is still owed on the claim, or more
 * than the fund holds, is refused. The same two conditions are guards inside the write batch, so two
 * concurrent payments can never both pass a check that only one of them may: the second sees the
 * first's lines and is refused, and debits keep equal to credits.
 */
export async function payClaim(
  deps: Deps,
  principal: Principal,
  claimId: string,
  amount: number,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  const claim = await loadClaim(deps.db, claimId);
  if (!claim) throw notFound("Claim");
  assertManages(principal, claim.fundId);
  const [owed, cash] = await Promise.all([
    readBalance(deps.db, claimPayable(claim.id)),
    readBalance(deps.db, fundCash(claim.fundId)),
  ]);
  if (amount > owed)
    throw conflict(`The payment exceeds what is still owed on the award (${owed})`, { owed_minor: owed });
  if (amount > cash)
    throw conflict(`The payment exceeds the fund's cash balance (${cash})`, { cash_minor: cash });
  const at = deps.clock.now().toISOString();
  const tx = transactionWrites(principal, claim.fundId, at, paymentLines(amount), {
    kind: "payment",
    claimId: claim.id,
  });
  await commitSealedInserts(deps, principal, tx.writes, {
    before: [
      precondition(
        deps,
        sql`(select 1 where ${claimPayable(claim.id)} >= ${amount} and ${fundCash(claim.fundId)} >= ${amount})`,
      ),
    ],
    after: await record(tx.transactionId),
  });
  return tx.transactionId;
}
