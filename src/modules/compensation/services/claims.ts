import { asc, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { callerSub, type Principal } from "../../../platform/auth/principal";
import { sha256Hex } from "../../../platform/crypto/hash";
import { newId } from "../../../platform/crypto/ids";
import { openJson, randomToken, sealJson } from "../../../platform/crypto/jwe";
import { timingSafeEqual } from "../../../platform/crypto/timing-safe";
import type { Db } from "../../../platform/db/client";
import { commitSealedInserts } from "../../../platform/db/commit";
import { invalidField, notFound } from "../../../platform/errors";
import { checkInstants } from "../../../platform/http/instants";
import { incidentOfReporter } from "../../incidents";
import { readsFund } from "../access";
import type { LossKind, Relationship } from "../domain/types";
import * as t from "../schema";
import { CLAIM_SEAL } from "../seals";
import { loadFund, rulesInForce } from "./funds";

export type ClaimRow = typeof t.claims.$inferSelect;
export const CLAIM_RECEIPT_PREFIX = "clm_";
const DUMMY_HASH = "0".repeat(64);

export interface ClaimInput {
  fund_id: string;
  incident_id: string;
  claimant: { name: string; email?: string | undefined; phone?: string | undefined };
  relationship: Relationship;
  losses: {
    kind: LossKind;
    amount_minor: number;
    evidence?: { sha256: string; media_type: string }[] | undefined;
  }[];
  discovered_at: string;
  interaction_at: string;
}

export interface FiledClaim {
  id: string;
  receipt_token: string;
}

/**
 * Files a claim for the harmed person (or their carer or estate), who proves the incident is theirs with
 * its receipt token or a reporter token. The claim is judged under the fund's rules in force now; the
 * claimant's identity is stored only as a JWE, and their claim receipt token only as a hash.
 */
export async function fileClaim(
  deps: Deps,
  principal: Principal,
  input: ClaimInput,
  incidentToken: string | undefined,
  record: (stored: FiledClaim) => Promise<BatchItem<"sqlite">[]>,
): Promise<FiledClaim> {
  const { incident, via } = await incidentOfReporter(deps.db, input.incident_id, principal, incidentToken);
  const fund = await loadFund(deps.db, input.fund_id).catch(() => {
    throw invalidField("body", "fund_id", "is not a registered fund");
  });
  const now = deps.clock.now();
  checkInstants(
    now,
    "body",
    { discovered_at: input.discovered_at, interaction_at: input.interaction_at },
    { notFuture: true },
  );
  if (Date.parse(input.discovered_at) < Date.parse(input.interaction_at)) {
    throw invalidField(
      "body",
      "discovered_at",
      "must not be before interaction_at (a harm is discovered after the AI interaction)",
    );
  }
  const filedAt = now.toISOString();
  const rules = await rulesInForce(deps.db, fund.id, filedAt);
  const receiptToken = randomToken(CLAIM_RECEIPT_PREFIX);
  const row = {
    id: newId(),
    fundId: fund.id,
    rulesVersion: rules.version,
    incidentId: incident.id,
    relationship: input.relationship,
    losses: input.losses.map((l) => ({
      kind: l.kind,
      amount_minor: l.amount_minor,
      evidence: l.evidence ?? [],
    })),
    claimedMinor: input.losses.reduce((n, l) => n + l.amount_minor, 0),
    claimantJwe: await sealJson(await deps.dataKey(), input.claimant),
    receiptTokenHash: await sha256Hex(receiptToken),
    discoveredAt: input.discovered_at,
    interactionAt: input.interaction_at,
    filedAt,
    filedVia: via,
    filedBySub: callerSub(principal),
  };
  if (!Number.isSafeInteger(row.claimedMinor)) throw invalidField("body", "losses", "the total is too large");
  const stored = { id: row.id, receipt_token: receiptToken };
  await commitSealedInserts(deps, principal, [{ seal: CLAIM_SEAL, row, action: "claim.file" }], {
    after: await record(stored),
  });
  return stored;
}

export const loadClaim = async (db: Db, id: string): Promise<ClaimRow | undefined> =>
  (await db.select().from(t.claims).where(eq(t.claims.id, id)))[0];

/**
 * The claim as its caller may see it: the fund's administrators and regulators as staff, the claimant
 * through the claim's receipt token. An unknown claim and a wrong token are the same 404, reached by the
 * same work (one lookup, one hash, one constant-time comparison); actors never get a claim at all.
 */
export async function claimForCaller(
  db: Db,
  principal: Principal,
  claimId: string,
  token: string | undefined,
): Promise<{ claim: ClaimRow; staff: boolean }> {
  const claim = await loadClaim(db, claimId);
  if (claim && readsFund(principal, claim.fundId)) return { claim, staff: true };
  const hash = await sha256Hex(token ?? "");
  const matches = timingSafeEqual(claim?.receiptTokenHash ?? DUMMY_HASH, hash);
  if (!claim || !token || !matches) throw notFound("Claim or claim receipt");
  return { claim, staff: false };
}

export const claimantOf = async (deps: Pick<Deps, "dataKey">, claim: ClaimRow) =>
  openJson<ClaimInput["claimant"]>(await deps.dataKey(), claim.claimantJwe);

export const decisionsOf = (db: Db, claimId: string) =>
  db
    .select()
    .from(t.claimDecisions)
    .where(eq(t.claimDecisions.claimId, claimId))
    .orderBy(asc(t.claimDecisions.decidedAt), asc(t.claimDecisions.id));

export const appealsOf = (db: Db, claimId: string) =>
  db
    .select()
    .from(t.claimAppeals)
    .where(eq(t.claimAppeals.claimId, claimId))
    .orderBy(asc(t.claimAppeals.filedAt));

export const otherClaimsOn = (db: Db, incidentId: string) =>
  db.select().from(t.claims).where(eq(t.claims.incidentId, incidentId));

export const claimsOfFund = (db: Db, fundId: string) =>
  db
    .select()
    .from(t.claims)
    .where(eq(t.claims.fundId, fundId))
    .orderBy(asc(t.claims.filedAt), asc(t.claims.id));
