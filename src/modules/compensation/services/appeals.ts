import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import type { Db } from "../../../platform/db/client";
import { commitSealedInserts, precondition } from "../../../platform/db/commit";
import { conflict, invalidField, notFound } from "../../../platform/errors";
import { assertManages } from "../access";
import type { FundRules } from "../domain/types";
import * as t from "../schema";
import { APPEAL_SEAL, DETERMINATION_SEAL } from "../seals";
import { claimForCaller, decisionsOf, loadClaim } from "./claims";
import { loadFund, rulesVersion } from "./funds";

const DAY_MS = 86_400_000;

/**
 * The claimant appeals the fund's decision, through the claim receipt token, within the appeal window of
 * the rules the claim was filed under (counted from the decision). The decision on an appeal is final
 * within the fund: what remains is the courts.
 */
export async function fileAppeal(
  deps: Deps,
  principal: Principal,
  claimId: string,
  token: string | undefined,
  grounds: string,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
) {
  const { claim } = await claimForCaller(deps.db, { kind: "anonymous" }, claimId, token);
  const decisions = await decisionsOf(deps.db, claim.id);
  const first = decisions.find((d) => d.appealId === null);
  if (!first) throw conflict("The claim has no decision to appeal yet");
  if (decisions.length > 1 || (await appealOf(deps, first.id))) {
    throw conflict("The decision was already appealed; the appeal decision is final within the fund");
  }
  const rules = (await rulesVersion(deps.db, claim.fundId, claim.rulesVersion)).rules as FundRules;
  const now = deps.clock.now();
  const closes = new Date(Date.parse(first.decidedAt) + rules.appeals.window_days * DAY_MS).toISOString();
  if (now.toISOString() > closes) {
    throw conflict(`The appeal window closed at ${closes}`, {
      appeal_window_closed_at: closes,
      citation: rules.appeals.citation,
    });
  }
  const row = { id: newId(), claimId: claim.id, decisionId: first.id, grounds, filedAt: now.toISOString() };
  const A = t.claimAppeals;
  const unappealed = sql`(select 1 where not exists (select 1 from ${A} where ${eq(A.decisionId, first.id)}))`;
  await commitSealedInserts(deps, principal, [{ seal: APPEAL_SEAL, row, action: "claim.appeal" }], {
    before: [precondition(deps, unappealed)],
    after: await record(row.id),
  });
  return row.id;
}

const appealOf = async (deps: Pick<Deps, "db">, decisionId: string) =>
  (await deps.db.select().from(t.claimAppeals).where(eq(t.claimAppeals.decisionId, decisionId)))[0];

export interface DeterminationInput {
  rule: string;
  applies: boolean;
  reason: string;
  decided_by?: { kind: "fund" | "regulator" | "court"; body: string } | undefined;
}

/**
 * A fact the rules leave to a person (whether an exclusion applies), recorded with who decided it: the
 * fund itself by default, or a regulator or court whose decision the fund administrator records.
 */
export async function recordDetermination(
  deps: Deps,
  principal: Principal,
  claimId: string,
  input: DeterminationInput,
) {
  const claim = await loadClaim(deps.db, claimId);
  if (!claim) throw notFound("Claim");
  assertManages(principal, claim.fundId);
  const rules = (await rulesVersion(deps.db, claim.fundId, claim.rulesVersion)).rules as FundRules;
  const codes = rules.exclusions.map((x) => `exclusion:${x.code}`);
  if (!codes.includes(input.rule)) {
    throw invalidField(
      "body",
      "rule",
      `must be one of the claim's rules that need a determination: ${codes.join(", ") || "none"}`,
    );
  }
  const fund = await loadFund(deps.db, claim.fundId);
  const row = {
    id: newId(),
    claimId: claim.id,
    rule: input.rule,
    applies: input.applies,
    reason: input.reason,
    decidedBy: input.decided_by ?? { kind: "fund", body: fund.name },
    recordedAt: deps.clock.now().toISOString(),
    recordedBySub: callerSub(principal),
  };
  // A decision keeps the eligibility it was taken on; a later determination counts for an appeal.
  await commitSealedInserts(deps, principal, [{ seal: DETERMINATION_SEAL, row, action: "claim.determine" }]);
  return row;
}

export async function appealView(db: Db, id: string) {
  const [a] = await db.select().from(t.claimAppeals).where(eq(t.claimAppeals.id, id));
  if (!a) throw notFound("Appeal");
  return { id: a.id, claim_id: a.claimId, decision_id: a.decisionId, filed_at: a.filedAt };
}
