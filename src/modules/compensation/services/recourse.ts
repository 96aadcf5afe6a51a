import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { actingActorId, callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import type { Db } from "../../../platform/db/client";
import { commitSealedInserts, precondition } from "../../../platform/db/commit";
import { conflict, invalidField, notFound } from "../../../platform/errors";
import { frozenLiability } from "../../liability";
import { assertManages, readsFund } from "../access";
import { recourseClosedLines, recourseOpenedLines } from "../domain/ledger";
import * as t from "../schema";
import { RECOURSE_OUTCOME_SEAL, RECOURSE_SEAL } from "../seals";
import { loadClaim } from "./claims";
import { claimAwarded, readBalance, transactionWrites } from "./ledger";

type RecourseRow = typeof t.recourseClaims.$inferSelect;

/**
 * The fund, having compensated the claimant, claims from an actor the incident's frozen causality
 * assessment finds liable (or jointly and severally liable). It can claim no more than it awarded.
 * Opening it recognises the receivable; settling brings cash in and writes off any remainder.
 */
export async function openRecourse(
  deps: Deps,
  principal: Principal,
  claimId: string,
  input: { actor_id: string; amount_minor: number; causality_assessment_id: string },
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  const claim = await loadClaim(deps.db, claimId);
  if (!claim) throw notFound("Claim");
  assertManages(principal, claim.fundId);
  const frozen = await frozenLiability(deps.db, { assessmentId: input.causality_assessment_id });
  if (!frozen || frozen.incident_id !== claim.incidentId) {
    throw invalidField(
      "body",
      "causality_assessment_id",
      "is not a frozen causality assessment of the claim's incident",
    );
  }
  const basis = frozen.jointly_and_severally_liable.includes(input.actor_id)
    ? "jointly_and_severally_liable"
    : frozen.liable.includes(input.actor_id)
      ? "liable"
      : undefined;
  if (!basis) throw invalidField("body", "actor_id", `is not found liable by assessment ${frozen.id}`);
  const awarded = await readBalance(deps.db, claimAwarded(claim.id));
  if (input.amount_minor > awarded) {
    throw invalidField("body", "amount_minor", `exceeds the ${awarded} the fund awarded on this claim`);
  }
  const at = deps.clock.now().toISOString();
  const row = {
    id: newId(),
    claimId: claim.id,
    fundId: claim.fundId,
    actorId: input.actor_id,
    amountMinor: input.amount_minor,
    causalityAssessmentId: frozen.id,
    basis,
    openedAt: at,
    openedBySub: callerSub(principal),
  };
  const tx = transactionWrites(principal, claim.fundId, at, recourseOpenedLines(input.amount_minor), {
    kind: "recourse_opened",
    claimId: claim.id,
    recourseId: row.id,
    actorId: input.actor_id,
  });
  await commitSealedInserts(
    deps,
    principal,
    [{ seal: RECOURSE_SEAL, row, action: "recourse.open" }, ...tx.writes],
    {
      after: await record(row.id),
    },
  );
  return row.id;
}

export async function closeRecourse(
  deps: Deps,
  principal: Principal,
  recourseId: string,
  input: { status: "settled" | "dismissed"; recovered_minor?: number | undefined; note: string },
) {
  const recourse = await loadRecourse(deps.db, recourseId);
  assertManages(principal, recourse.fundId);
  if (await outcomeOf(deps.db, recourse.id)) throw conflict("The recourse claim is already closed");
  const recovered = input.status === "dismissed" ? 0 : (input.recovered_minor ?? recourse.amountMinor);
  if (input.status === "dismissed" && (input.recovered_minor ?? 0) !== 0) {
    throw invalidField(
      "body",
      "recovered_minor",
      "must be 0 (or absent) when the claim is dismissed",
      "input",
    );
  }
  if (recovered > recourse.amountMinor) {
    throw invalidField(
      "body",
      "recovered_minor",
      `exceeds the ${recourse.amountMinor} claimed from the actor`,
    );
  }
  const at = deps.clock.now().toISOString();
  const row = {
    id: newId(),
    recourseId: recourse.id,
    status: input.status,
    recoveredMinor: recovered,
    note: input.note,
    decidedAt: at,
    recordedBySub: callerSub(principal),
  };
  const lines = recourseClosedLines(recourse.amountMinor, recovered);
  const meta = { claimId: recourse.claimId, recourseId: recourse.id, actorId: recourse.actorId };
  const got = transactionWrites(principal, recourse.fundId, at, lines.recovered, {
    ...meta,
    kind: "recourse_recovered",
  });
  const lost = transactionWrites(principal, recourse.fundId, at, lines.written_off, {
    ...meta,
    kind: "recourse_written_off",
  });
  const O = t.recourseOutcomes;
  await commitSealedInserts(
    deps,
    principal,
    [{ seal: RECOURSE_OUTCOME_SEAL, row, action: `recourse.${input.status}` }, ...got.writes, ...lost.writes],
    {
      // A concurrent close of the same claim loses here and answers 409, writing nothing.
      before: [
        precondition(
          deps,
          sql`(select 1 where not exists (select 1 from ${O} where ${eq(O.recourseId, recourse.id)}))`,
        ),
      ],
    },
  );
  return row;
}

async function loadRecourse(db: Db, id: string): Promise<RecourseRow> {
  const [row] = await db.select().from(t.recourseClaims).where(eq(t.recourseClaims.id, id));
  if (!row) throw notFound("Recourse claim");
  return row;
}

const outcomeOf = async (db: Db, recourseId: string) =>
  (await db.select().from(t.recourseOutcomes).where(eq(t.recourseOutcomes.recourseId, recourseId)))[0];

/** The fund's staff and the actor claimed against see a recourse claim; nobody sees the claimant through it. */
export async function recourseFor(db: Db, principal: Principal, id: string) {
  const recourse = await loadRecourse(db, id).catch(() => undefined);
  const visible =
    recourse && (readsFund(principal, recourse.fundId) || actingActorId(principal) === recourse.actorId);
  if (!recourse || !visible) throw notFound("Recourse claim");
  const outcome = await outcomeOf(db, recourse.id);
  return {
    id: recourse.id,
    claim_id: recourse.claimId,
    fund_id: recourse.fundId,
    actor_id: recourse.actorId,
    amount_minor: recourse.amountMinor,
    causality_assessment_id: recourse.causalityAssessmentId,
    basis: recourse.basis,
    opened_at: recourse.openedAt,
    status: outcome?.status ?? "open",
    recovered_minor: outcome?.recoveredMinor ?? 0,
    note: outcome?.note ?? null,
    closed_at: outcome?.decidedAt ?? null,
  };
}
