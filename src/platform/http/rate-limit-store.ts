import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { type CommitDeps, commitPlain } from "../db/commit";
import type { InsertShape } from "../db/prepared-statements";
import { rateLimitWindows } from "./rate-limit-schema";

/** A fixed window: at most `limit` units per `windowSeconds` (epoch-aligned, so UTC days for 86 400). */
export interface WindowPolicy {
  /** Bucket name, also the policy name in the RateLimit headers. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface WindowState {
  policy: WindowPolicy;
  /** Units used in the current window, including this request when it was counted. */
  used: number;
  allowed: boolean;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

const windowOf = (policy: WindowPolicy, nowMs: number) => {
  const now = Math.floor(nowMs / 1000);
  const start = now - (now % policy.windowSeconds);
  return { now, start, expiresAt: start + policy.windowSeconds };
};

/** Drops every finished window; run when a client opens a new one, so the table stays small. */
async function purgeExpired(db: Db, now: number) {
  await db.delete(rateLimitWindows).where(lt(rateLimitWindows.expiresAt, now + 1));
}

const windowKey = (policy: WindowPolicy, clientHash: string, start: number) =>
  and(
    eq(rateLimitWindows.bucket, policy.name),
    eq(rateLimitWindows.clientHash, clientHash),
    eq(rateLimitWindows.windowStart, start),
  );

const WINDOW = [rateLimitWindows.bucket, rateLimitWindows.clientHash, rateLimitWindows.windowStart];

/** One request more in the client's window, returning the count (an atomic upsert), rendered once. */
const HIT: InsertShape<typeof rateLimitWindows> = {
  table: rateLimitWindows,
  finish: (insert) =>
    insert
      .onConflictDoUpdate({ target: WINDOW, set: { hits: sql`${rateLimitWindows.hits} + 1` } })
      .returning({ hits: rateLimitWindows.hits }),
};

/**
 * `size` bytes more of the client's budget, or nothing: the update only applies while the sum stays
 * within the limit, so a refused request leaves the budget as it was (it returns no row then).
 */
const RESERVE: InsertShape<typeof rateLimitWindows> = {
  table: rateLimitWindows,
  finish: (insert) =>
    insert
      .onConflictDoUpdate({
        target: WINDOW,
        set: { bytes: sql`${rateLimitWindows.bytes} + excluded.bytes` },
        setWhere: sql`${rateLimitWindows.bytes} + excluded.bytes <= ${sql.placeholder("limit")}`,
      })
      .returning({ bytes: rateLimitWindows.bytes }),
};

/** The window row of this client and policy at `nowMs`, before its counter. */
function windowRow(policy: WindowPolicy, clientHash: string, nowMs: number) {
  const w = windowOf(policy, nowMs);
  return { bucket: policy.name, clientHash, windowStart: w.start, expiresAt: w.expiresAt };
}

function hitStatement(deps: CommitDeps, policy: WindowPolicy, clientHash: string, nowMs: number) {
  return deps.prepared.insert(deps.db, HIT, { ...windowRow(policy, clientHash, nowMs), hits: 1 });
}

function reserveStatement(
  deps: CommitDeps,
  policy: WindowPolicy,
  clientHash: string,
  size: number,
  nowMs: number,
) {
  const row = { ...windowRow(policy, clientHash, nowMs), bytes: size };
  return deps.prepared.insert(deps.db, RESERVE, row, { limit: policy.limit });
}

async function bytesUsed(db: Db, policy: WindowPolicy, clientHash: string, nowMs: number) {
  const w = windowOf(policy, nowMs);
  const [row] = await db
    .select({ bytes: rateLimitWindows.bytes })
    .from(rateLimitWindows)
    .where(windowKey(policy, clientHash, w.start));
  return row?.bytes ?? 0;
}

const stateOf = (policy: WindowPolicy, nowMs: number, used: number, allowed: boolean): WindowState => {
  const w = windowOf(policy, nowMs);
  return { policy, used, allowed, resetSeconds: w.expiresAt - w.now };
};

/**
 * Counts one request and, for a write, reserves its body's bytes, in ONE write that joins the write
 * queue's current group (so a filing's counters cost no fsync of their own). Both are atomic upserts,
 * so concurrent requests on libSQL, D1 or two processes never lose a count. The bytes are reserved
 * even when the count is over its limit: the caller then gives them back (`releaseBytes`) — every
 * later request of that client in the window is over the count limit too, so none is refused for
 * bytes in between.
 */
export async function countAndReserve(
  deps: CommitDeps,
  hitsPolicy: WindowPolicy,
  body: { policy: WindowPolicy; size: number } | undefined,
  clientHash: string,
  nowMs: number,
): Promise<{ hits: WindowState; bytes?: WindowState }> {
  const { db } = deps;
  // A body larger than the whole budget is refused without touching it.
  const reserve = body && body.size <= body.policy.limit ? body : undefined;
  const [hitRows, bytesRows] = (await commitPlain(deps, [
    hitStatement(deps, hitsPolicy, clientHash, nowMs),
    ...(reserve ? [reserveStatement(deps, reserve.policy, clientHash, reserve.size, nowMs)] : []),
  ])) as [{ hits: number }[], { bytes: number }[]?];
  const used = hitRows[0]?.hits ?? 1;
  if (used === 1) await purgeExpired(db, windowOf(hitsPolicy, nowMs).now);
  const hits = stateOf(hitsPolicy, nowMs, used, used <= hitsPolicy.limit);
  if (!body) return { hits };
  const reserved = bytesRows?.[0];
  const bytes = reserved
    ? stateOf(body.policy, nowMs, reserved.bytes, true)
    : stateOf(body.policy, nowMs, await bytesUsed(db, body.policy, clientHash, nowMs), false);
  return { hits, bytes };
}

/** Gives reserved bytes back when nothing was stored (the request was refused downstream). */
export async function releaseBytes(
  db: Db,
  policy: WindowPolicy,
  clientHash: string,
  size: number,
  nowMs: number,
) {
  const w = windowOf(policy, nowMs);
  await db
    .update(rateLimitWindows)
    .set({ bytes: sql`max(0, ${rateLimitWindows.bytes} - ${size})` })
    .where(windowKey(policy, clientHash, w.start));
}
