import { and, eq, lt, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/client";
import { type CommitDeps, commitPlain } from "../db/commit";
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

/** The rows a single `returning` statement committed through the write queue gave back. */
async function commitReturning<R>(deps: CommitDeps, statement: BatchItem<"sqlite">): Promise<R[]> {
  const [rows] = await commitPlain(deps, [statement]);
  return rows as R[];
}

/**
 * Counts one request: a single atomic upsert (`... on conflict do update ... returning`), so
 * concurrent requests on libSQL, D1 or two processes never lose a count. It joins the write queue's
 * current group (one fsync shared with the filings in flight) instead of committing on its own.
 */
export async function countHit(deps: CommitDeps, policy: WindowPolicy, clientHash: string, nowMs: number) {
  const { db } = deps;
  const w = windowOf(policy, nowMs);
  const [row] = await commitReturning<{ hits: number }>(
    deps,
    db
      .insert(rateLimitWindows)
      .values({ bucket: policy.name, clientHash, windowStart: w.start, expiresAt: w.expiresAt, hits: 1 })
      .onConflictDoUpdate({
        target: [rateLimitWindows.bucket, rateLimitWindows.clientHash, rateLimitWindows.windowStart],
        set: { hits: sql`${rateLimitWindows.hits} + 1` },
      })
      .returning({ hits: rateLimitWindows.hits }),
  );
  const used = row?.hits ?? 1;
  if (used === 1) await purgeExpired(db, w.now);
  return {
    policy,
    used,
    allowed: used <= policy.limit,
    resetSeconds: w.expiresAt - w.now,
  } satisfies WindowState;
}

/**
 * Reserves `size` bytes of the client's budget, or nothing: the update only applies while the sum
 * stays within the limit, so a refused request leaves the budget as it was.
 */
export async function reserveBytes(
  deps: CommitDeps,
  policy: WindowPolicy,
  clientHash: string,
  size: number,
  nowMs: number,
): Promise<WindowState> {
  const { db } = deps;
  const w = windowOf(policy, nowMs);
  const base = { policy, resetSeconds: w.expiresAt - w.now };
  const key = and(
    eq(rateLimitWindows.bucket, policy.name),
    eq(rateLimitWindows.clientHash, clientHash),
    eq(rateLimitWindows.windowStart, w.start),
  );
  if (size > policy.limit) {
    const [row] = await db.select({ bytes: rateLimitWindows.bytes }).from(rateLimitWindows).where(key);
    return { ...base, used: row?.bytes ?? 0, allowed: false };
  }
  const [row] = await commitReturning<{ bytes: number }>(
    deps,
    db
      .insert(rateLimitWindows)
      .values({ bucket: policy.name, clientHash, windowStart: w.start, expiresAt: w.expiresAt, bytes: size })
      .onConflictDoUpdate({
        target: [rateLimitWindows.bucket, rateLimitWindows.clientHash, rateLimitWindows.windowStart],
        set: { bytes: sql`${rateLimitWindows.bytes} + excluded.bytes` },
        setWhere: sql`${rateLimitWindows.bytes} + excluded.bytes <= ${policy.limit}`,
      })
      .returning({ bytes: rateLimitWindows.bytes }),
  );
  if (row) return { ...base, used: row.bytes, allowed: true };
  const [current] = await db.select({ bytes: rateLimitWindows.bytes }).from(rateLimitWindows).where(key);
  return { ...base, used: current?.bytes ?? 0, allowed: false };
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
    .where(
      and(
        eq(rateLimitWindows.bucket, policy.name),
        eq(rateLimitWindows.clientHash, clientHash),
        eq(rateLimitWindows.windowStart, w.start),
      ),
    );
}
