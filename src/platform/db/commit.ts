import { desc, type SQLWrapper, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../deps";
import { entryHash, GENESIS_HASH } from "../audit/chain";
import { checkpointDue, lastCheckpoint, signCheckpoint } from "../audit/checkpoints";
import { auditCheckpoints } from "../audit/schema";
import { type SealedTable, sealedContentOf } from "../audit/seal";
import { auditIdentity, type Principal } from "../auth/principal";
import { canonicalJson, sha256Hex } from "../crypto/hash";
import { conflict } from "../errors";
import type { Db } from "./client";
import type { Batch, QueuedWrite } from "./group-commit";
import { auditLog, batchGuards, counters } from "./schema";
import { classifySqliteError } from "./sqlite-errors";

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string;
  /** What was written; only its SHA-256 enters the log, so the log itself holds no personal data. */
  payload: unknown;
}

/**
 * The audit entry assigned to each event, in order: a sealed row stores the stamp of the event that
 * wrote it (`{ ...row, ...stamps[i] }`), so the row's content hash can be checked against the chain.
 */
export interface AuditStamp {
  auditSeq: number;
  auditSha256: string;
}

export type CommitDeps = Pick<Deps, "db" | "clock" | "config" | "auditSigner" | "commits">;

const MAX_ATTEMPTS = 25;

/**
 * A batch statement that aborts the whole batch unless `rowsThatMustExist` still returns a row,
 * e.g. "the product is still in the stage we read". This is optimistic concurrency inside one atomic
 * batch: a lost race writes nothing (no history row, no audit entry) and answers 409.
 *
 * Built as an insert…select rather than `db.run(sql)`: drizzle's D1 batch cannot bind the parameters of a
 * raw `run` statement (it has no prepared statement), and a guard always has parameters.
 */
export function precondition(deps: Pick<Deps, "db">, rowsThatMustExist: SQLWrapper): BatchItem<"sqlite"> {
  return deps.db.insert(batchGuards).select(sql`select null where not exists ${rowsThatMustExist}`);
}

/** One caller's write as the commit queue holds it (see group-commit.ts). */
export interface AuditedWrite {
  deps: CommitDeps;
  who: { sub: string; role: string };
  statements: (stamps: AuditStamp[]) => BatchItem<"sqlite">[];
  events: AuditEvent[];
  payloadHashes: string[];
}

/**
 * Commits `statements` and their audit entries atomically (libSQL and D1 both run a batch as a
 * transaction). Concurrent writes of one process share a batch (group commit, see group-commit.ts):
 * each keeps its own audit entries, chained in the order the writes were queued, and each caller is
 * answered only once the batch holding its write committed. Across processes the chain head may move
 * under a batch: its audit insert then collides on `seq`, the whole batch rolls back, and it is redone
 * on the new head. The chain can therefore never fork, and no write lands without its audit entry.
 */
export async function commitWithAudit(
  deps: CommitDeps,
  principal: Principal,
  statements: (stamps: AuditStamp[]) => BatchItem<"sqlite">[],
  events: AuditEvent[],
): Promise<void> {
  // Hashed before queueing: the payloads are the caller's, so this work overlaps other commits.
  const payloadHashes = await Promise.all(events.map((e) => sha256Hex(canonicalJson(e.payload))));
  const write = { deps, who: auditIdentity(principal), statements, events, payloadHashes };
  await deps.commits.submit(deps.db, write, commitGroup);
}

/**
 * A write with no audit entry (e.g. a rate-limit counter) that still joins the current group, so it
 * costs no fsync of its own; resolves to each statement's result.
 */
export function commitPlain(deps: CommitDeps, statements: BatchItem<"sqlite">[]) {
  // A plain write is an audited one with no events: the runner treats them alike.
  const write = {
    deps,
    who: { sub: "", role: "" },
    statements: () => statements,
    events: [],
    payloadHashes: [],
  };
  return deps.commits.submit(deps.db, write, commitGroup);
}

const pause = (attempt: number) =>
  // Jittered, bounded back-off keeps writers of several processes from colliding in lock-step.
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(5 * attempt, 100)));

/**
 * Commits a group as one batch. When the batch fails for a reason that is not a lost race, some write
 * in it is at fault (a constraint, a precondition): each write is then committed alone, in order, so
 * its neighbours still land and each caller gets exactly the outcome it would have got alone.
 */
async function commitGroup(db: Db, queuedWrites: QueuedWrite<AuditedWrite>[]): Promise<void> {
  let group = queuedWrites;
  const built: { queued: QueuedWrite<AuditedWrite>; from: number; to: number }[] = [];
  for (let attempt = 1; ; attempt++) {
    const first = group[0]?.write.deps as CommitDeps;
    // A group of plain writes only (rate-limit counters) appends nothing: it needs no chain head.
    const audited = group.some((q) => q.write.events.length > 0);
    const [head] = audited
      ? await db
          .select({ seq: auditLog.seq, hash: auditLog.hash })
          .from(auditLog)
          .orderBy(desc(auditLog.seq))
          .limit(1)
      : [];
    let previous = head ?? { seq: 0, hash: GENESIS_HASH };
    const checkpointedAt = audited ? await lastCheckpoint(db) : undefined;
    const now = first.clock.now();
    const at = now.toISOString();
    const batch: BatchItem<"sqlite">[] = [];
    built.length = 0;
    for (const queued of group) {
      const { who, events, payloadHashes, statements } = queued.write;
      const rows = [];
      for (const [i, event] of events.entries()) {
        const fields = {
          seq: previous.seq + 1,
          at,
          actorSub: who.sub,
          actorRole: who.role,
          action: event.action,
          entity: event.entity,
          entityId: event.entityId,
          payloadSha256: payloadHashes[i] as string,
        };
        const hash = await entryHash(previous.hash, fields);
        rows.push({ ...fields, prevHash: previous.hash, hash });
        previous = { seq: fields.seq, hash };
      }
      const stamps = rows.map((row) => ({ auditSeq: row.seq, auditSha256: row.payloadSha256 }));
      let own: BatchItem<"sqlite">[];
      try {
        own = statements(stamps);
      } catch (error) {
        // A write that cannot even be built fails alone; the group is rebuilt without it.
        queued.reject(error);
        group = group.filter((q) => q !== queued);
        built.length = 0;
        break;
      }
      const from = batch.length;
      batch.push(...own, ...rows.map((row) => db.insert(auditLog).values(row)));
      built.push({ queued, from, to: batch.length });
    }
    if (group.length === 0) return;
    if (built.length < group.length) {
      attempt -= 1;
      continue;
    }
    if (
      previous.seq !== (head?.seq ?? 0) &&
      checkpointDue(first.config.auditCheckpoints, checkpointedAt, previous.seq, now)
    ) {
      batch.push(db.insert(auditCheckpoints).values(await signCheckpoint(first, previous, at)));
    }
    try {
      const results = await db.batch(batch as Batch);
      for (const { queued, from, to } of built) queued.resolve(results.slice(from, to));
      return;
    } catch (error) {
      const kind = classifySqliteError(error);
      const retryable = kind === "audit_head_conflict" || kind === "transient_lock";
      if (retryable && attempt < MAX_ATTEMPTS) {
        await pause(attempt);
        continue;
      }
      if (!retryable && group.length > 1) {
        for (const queued of group) await commitGroup(db, [queued]);
        return;
      }
      const failure =
        kind === "failed_precondition"
          ? conflict("The record changed while this request was processed; reload and retry")
          : error;
      for (const queued of group) queued.reject(failure);
      return;
    }
  }
}

/**
 * A counter bump plus an SQL expression reading the bumped value, for use inside the same batch:
 * human numbers (LMMR-2026-000042) are allocated atomically with the row that carries them.
 */
export function nextNumber(deps: Pick<Deps, "db">, counterName: string, prefix: string) {
  return {
    bump: deps.db
      .insert(counters)
      .values({ name: counterName, value: 1 })
      .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + 1` } }),
    value: sql<string>`(${prefix} || printf('%06d', (select ${counters.value} from ${counters} where ${counters.name} = ${counterName})))`,
  };
}

/**
 * The common audited write of evidence: insert one sealed row (plus e.g. an idempotency record) with
 * its audit entry, whose payload is the row's sealed content and whose entity is the seal's.
 */
export function commitSealedInsert(
  deps: CommitDeps,
  principal: Principal,
  seal: SealedTable,
  row: Record<string, unknown>,
  event: { action: string; entityId: string },
  extra: BatchItem<"sqlite">[] = [],
): Promise<void> {
  return commitWithAudit(
    deps,
    principal,
    // The seal's table is typed generically; `row` was built for exactly that table by its module.
    ([stamp]) => [deps.db.insert(seal.table).values({ ...row, ...stamp } as never), ...extra],
    [{ ...event, entity: seal.entity, payload: sealedContentOf(seal, row) }],
  );
}

/**
 * `commitSealedInsert` inside an idempotent creation: `record(id)` yields the idempotency statements for
 * the new row, which commit in the same batch. Returns the row's id, which the route renders.
 */
export async function createSealed(
  deps: CommitDeps,
  principal: Principal,
  seal: SealedTable,
  row: Record<string, unknown> & { id: string },
  action: string,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  const recorded = await record(row.id);
  await commitSealedInsert(deps, principal, seal, row, { action, entityId: row.id }, recorded);
  return row.id;
}

/** One sealed row of a compound write, with the audit action that records it. */
export interface SealedWrite {
  seal: SealedTable;
  row: Record<string, unknown>;
  action: string;
}

/**
 * Several sealed rows in one atomic batch, each with its own audit entry, in order. `before` runs first
 * (preconditions that must hold on the state the rows are added to, e.g. "the fund still has the cash"),
 * `after` last (e.g. idempotency records).
 */
export function commitSealedInserts(
  deps: CommitDeps,
  principal: Principal,
  writes: SealedWrite[],
  extra: { before?: BatchItem<"sqlite">[]; after?: BatchItem<"sqlite">[] } = {},
): Promise<void> {
  return commitWithAudit(
    deps,
    principal,
    (stamps) => [
      ...(extra.before ?? []),
      // Each seal's table is typed generically; each row was built for exactly that table by its module.
      ...writes.map((w, i) => deps.db.insert(w.seal.table).values({ ...w.row, ...stamps[i] } as never)),
      ...(extra.after ?? []),
    ],
    writes.map((w) => ({
      action: w.action,
      entity: w.seal.entity,
      entityId: String(w.row[w.seal.entityIdKey]),
      payload: sealedContentOf(w.seal, w.row),
    })),
  );
}
