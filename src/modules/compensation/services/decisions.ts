import { and, eq, isNull, sql } from "drizzle-orm";
import type { Deps } from "../../../deps";
import type { Unsealed } from "../../../platform/audit/seal";
import { callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { commitSealedInserts, precondition } from "../../../platform/db/commit";
import { conflict, invalidField, notFound } from "../../../platform/errors";
import { assertManages } from "../access";
import { awardLines } from "../domain/ledger";
import * as t from "../schema";
import { DECISION_SEAL } from "../seals";
import { type ClaimRow, decisionsOf, loadClaim } from "./claims";
import { checkAnnualCap, checkDecision, type DecisionInput } from "./decision-checks";
import { awardedInYear, claimAwarded, claimPayable, readBalance, transactionWrites } from "./ledger";

type DecisionRow = typeof t.claimDecisions.$inferSelect;

/**
 * Records a decision (or an appeal's) with the ledger movement it causes, in one batch: the award (or its
 * change on appeal) becomes payable. Guards in the batch keep two racing decisions from both landing and
 * the annual cap from being overrun by concurrent awards.
 */
async function recordDecision(
  deps: Deps,
  principal: Principal,
  claim: ClaimRow,
  input: DecisionInput,
  appeal: { id: string; outcome: "allowed" | "dismissed" } | null,
  unique: ReturnType<typeof precondition>,
) {
  const at = deps.clock.now().toISOString();
  const checked = await checkDecision(deps.db, claim, input);
  const awarded = await readBalance(deps.db, claimAwarded(claim.id));
  const delta = input.award_minor - awarded;
  if (delta < 0) {
    const owed = await readBalance(deps.db, claimPayable(claim.id));
    if (-delta > owed) {
      throw invalidField("body", "award_minor", `is below the ${awarded - owed} already paid on this claim`);
    }
  }
  await checkAnnualCap(deps.db, claim, checked.rules, delta, at);
  const row = {
    id: newId(),
    claimId: claim.id,
    appealId: appeal?.id ?? null,
    appealOutcome: appeal?.outcome ?? null,
    decision: input.decision,
    awardMinor: input.award_minor,
    awardByKind: checked.awardByKind as Record<string, number>,
    reasons: input.reasons,
    overrideReason: input.override_reason ?? null,
    eligibility: checked.eligibility,
    decidedAt: at,
    decidedBySub: callerSub(principal),
  };
  const ledger = transactionWrites(principal, claim.fundId, at, awardLines(delta), {
    kind: appeal ? "award_adjustment" : "award",
    claimId: claim.id,
    reference: row.id,
  });
  const year = new Date(at).getUTCFullYear();
  const cap = checked.rules.caps.annual_fund_minor;
  await commitSealedInserts(
    deps,
    principal,
    [{ seal: DECISION_SEAL, row, action: appeal ? "claim.appeal_decide" : "claim.decide" }, ...ledger.writes],
    {
      before: [
        unique,
        // The award is still what was read: no other decision moved it meanwhile.
        precondition(deps, sql`(select 1 where ${claimAwarded(claim.id)} = ${awarded})`),
        precondition(
          deps,
          sql`(select 1 where ${awardedInYear(claim.fundId, year)} + ${Math.max(delta, 0)} <= ${cap})`,
        ),
      ],
    },
  );
  return row;
}

export async function decideClaim(deps: Deps, principal: Principal, claimId: string, input: DecisionInput) {
  const claim = await loadClaim(deps.db, claimId);
  if (!claim) throw notFound("Claim");
  assertManages(principal, claim.fundId);
  if ((await decisionsOf(deps.db, claim.id)).length > 0) {
    throw conflict("The claim is already decided; a change comes only through an appeal");
  }
  const D = t.claimDecisions;
  const none = sql`(select 1 where not exists (select 1 from ${D} where ${and(eq(D.claimId, claim.id), isNull(D.appealId))}))`;
  return recordDecision(deps, principal, claim, input, null, precondition(deps, none));
}

export interface AppealDecisionInput extends Partial<DecisionInput> {
  outcome: "allowed" | "dismissed";
  reasons: string;
}

/** An appeal is allowed (a new decision replaces the one appealed) or dismissed (that decision stands). */
export async function decideAppeal(
  deps: Deps,
  principal: Principal,
  appealId: string,
  input: AppealDecisionInput,
) {
  const [appeal] = await deps.db.select().from(t.claimAppeals).where(eq(t.claimAppeals.id, appealId));
  if (!appeal) throw notFound("Appeal");
  const claim = (await loadClaim(deps.db, appeal.claimId)) as ClaimRow;
  assertManages(principal, claim.fundId);
  const decisions = await decisionsOf(deps.db, claim.id);
  if (decisions.some((d) => d.appealId === appeal.id)) throw conflict("The appeal is already decided");
  const appealed = decisions.find((d) => d.id === appeal.decisionId) as DecisionRow;
  const D = t.claimDecisions;
  const unique = precondition(
    deps,
    sql`(select 1 where not exists (select 1 from ${D} where ${eq(D.appealId, appeal.id)}))`,
  );
  if (input.outcome === "dismissed") {
    const repeat: DecisionInput = {
      decision: appealed.decision as DecisionInput["decision"],
      award_minor: appealed.awardMinor,
      award_by_kind: appealed.awardByKind,
      reasons: input.reasons,
      override_reason: appealed.overrideReason ?? undefined,
    };
    return recordDecision(deps, principal, claim, repeat, { id: appeal.id, outcome: "dismissed" }, unique);
  }
  if (input.decision === undefined || input.award_minor === undefined) {
    throw invalidField(
      "body",
      input.decision === undefined ? "decision" : "award_minor",
      "is required when the appeal is allowed",
      "input",
    );
  }
  const replacement: DecisionInput = {
    decision: input.decision,
    award_minor: input.award_minor,
    award_by_kind: input.award_by_kind,
    reasons: input.reasons,
    override_reason: input.override_reason,
  };
  return recordDecision(deps, principal, claim, replacement, { id: appeal.id, outcome: "allowed" }, unique);
}

export const decisionView = (d: Unsealed<DecisionRow>) => ({
  id: d.id,
  appeal_id: d.appealId,
  appeal_outcome: d.appealOutcome,
  decision: d.decision,
  award_minor: d.awardMinor,
  award_by_kind: d.awardByKind,
  reasons: d.reasons,
  override_reason: d.overrideReason,
  decided_at: d.decidedAt,
});
