import { eq } from "drizzle-orm";
import type { Deps } from "../../../deps";
import type { Db } from "../../../platform/db/client";
import * as t from "../schema";
import { appealsOf, type ClaimRow, claimantOf, decisionsOf } from "./claims";
import { decisionView } from "./decisions";
import { loadFund } from "./funds";
import { claimAwarded, claimPayable, readBalance } from "./ledger";

/** Where a claim stands, from its decisions, appeals and the ledger (never stored, so never stale). */
function statusOf(latest: string | undefined, pendingAppeal: boolean, awarded: number, paid: number) {
  if (pendingAppeal) return "under_appeal";
  if (latest === undefined) return "received";
  if (latest === "denied") return "denied";
  if (awarded > 0 && paid >= awarded) return "paid";
  if (paid > 0) return "partially_paid";
  return latest;
}

async function paymentsOf(db: Db, claimId: string) {
  const L = t.ledgerEntries;
  const lines = await db.select().from(L).where(eq(L.claimId, claimId));
  return lines
    .filter((l) => l.kind === "payment" && l.account === "cash")
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .map((l) => ({ id: l.transactionId, amount_minor: l.creditMinor, paid_at: l.at }));
}

/**
 * A claim as the claimant and the fund's staff see it. Only staff (the fund's administrators and
 * regulators) get the claimant's identity, decrypted here and nowhere else.
 */
export async function claimView(
  deps: Pick<Deps, "db" | "config" | "dataKey">,
  claim: ClaimRow,
  staff: boolean,
) {
  const { db } = deps;
  const [fund, decisions, appeals, payments, awarded, owed] = await Promise.all([
    loadFund(db, claim.fundId),
    decisionsOf(db, claim.id),
    appealsOf(db, claim.id),
    paymentsOf(db, claim.id),
    readBalance(db, claimAwarded(claim.id)),
    readBalance(db, claimPayable(claim.id)),
  ]);
  const decidedAppeals = new Set(decisions.map((d) => d.appealId).filter(Boolean));
  const pending = appeals.some((a) => !decidedAppeals.has(a.id));
  const latest = decisions.at(-1);
  return {
    id: claim.id,
    fund_id: claim.fundId,
    incident_id: claim.incidentId,
    rules_version: claim.rulesVersion,
    relationship: claim.relationship,
    currency: fund.currency,
    losses: claim.losses,
    claimed_minor: claim.claimedMinor,
    discovered_at: claim.discoveredAt,
    interaction_at: claim.interactionAt,
    filed_at: claim.filedAt,
    filed_via: claim.filedVia,
    status: statusOf(latest?.decision, pending, awarded, awarded - owed),
    decision: latest ? decisionView(latest) : null,
    decisions: decisions.map(decisionView),
    appeals: appeals.map((a) => ({
      id: a.id,
      decision_id: a.decisionId,
      grounds: a.grounds,
      filed_at: a.filedAt,
      decided: decidedAppeals.has(a.id),
    })),
    awarded_minor: awarded,
    paid_minor: awarded - owed,
    payments,
    ...(staff ? { claimant: await claimantOf(deps, claim) } : {}),
  };
}
