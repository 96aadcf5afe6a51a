import { desc } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../deps";
import { entryHash, GENESIS_HASH } from "../audit/chain";
import { checkpointDue, LAST_CHECKPOINT, signCheckpoint } from "../audit/checkpoints";
import { auditCheckpoints } from "../audit/schema";
import { conflict } from "../errors";
import type { Db } from "./client";
import type { Batch, QueuedWrite } from "./group-commit";
import type { InsertShape } from "./prepared-statements";
import { auditLog } from "./schema";
import { classifySqliteError } from "./sqlite-errors";

/**
 * What the write queue runs (group-commit.ts decides which writes share a batch; this file commits a
 * group): the chain head is read once, each write's audit entries are chained from its predecessor's,
 * in queue order, and the group commits as one batch.
 */

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

export type CommitDeps = Pick<Deps, "db" | "clock" | "config" | "auditSigner" | "commits" | "prepared">;

/** An audit entry's insert and the chain head, prepared once per app (prepared-statements.ts). */
const AUDIT_ENTRY: InsertShape<typeof auditLog> = { table: auditLog };
const HEAD = {
  build: (db: Db) =>
    db
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.seq))
      .limit(1)
      .prepare(),
};

const MAX_ATTEMPTS = 25;

/** One caller's write as the commit queue holds it (see group-commit.ts). */
export interface AuditedWrite {
  deps: CommitDeps;
  who: { sub: string; role: string };
  statements: (stamps: AuditStamp[]) => BatchItem<"sqlite">[];
  events: AuditEvent[];
  payloadHashes: string[];
}

const pause = (attempt: number) =>
  // Jittered, bounded back-off keeps writers of several processes from colliding in lock-step.
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(5 * attempt, 100)));

/**
 * Commits a group as one batch. When the batch fails for a reason that is not a lost race, some write
 * in it is at fault (a constraint, a precondition): each write is then committed alone, in order, so
 * its neighbours still land and each caller gets exactly the outcome it would have got alone.
 */
export async function commitGroup(db: Db, queuedWrites: QueuedWrite<AuditedWrite>[]): Promise<void> {
  let group = queuedWrites;
  const built: { queued: QueuedWrite<AuditedWrite>; from: number; to: number }[] = [];
  for (let attempt = 1; ; attempt++) {
    const first = group[0]?.write.deps as CommitDeps;
    // A group of plain writes only (rate-limit counters) appends nothing: it needs no chain head.
    const audited = group.some((q) => q.write.events.length > 0);
    const [head] = audited ? await first.prepared.query(db, HEAD).all() : [];
    let previous = head ?? { seq: 0, hash: GENESIS_HASH };
    const checkpointedAt = audited ? (await first.prepared.query(db, LAST_CHECKPOINT).all())[0] : undefined;
    const now = first.clock.now();
    const at = now.toISOString();
    const batch: BatchItem<"sqlite">[] = [];
    built.length = 0;
    for (const queued of group) {
      const { deps, who, events, payloadHashes, statements } = queued.write;
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
      batch.push(...own, ...rows.map((row) => deps.prepared.insert(db, AUDIT_ENTRY, row)));
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
