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

export type CommitDeps = Pick<Deps, "db" | "clock" | "config" | "auditSigner">;

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

/**
 * Commits `statements` and their audit entries in ONE atomic batch (libSQL and D1 both run a batch
 * as a transaction). The chain head is read first; if another writer appended in between, our
 * audit insert collides on `seq`, the whole batch rolls back, and we retry on the new head. The
 * chain can therefore never fork, and no write lands without its audit entry.
 */
export function commitWithAudit(
  deps: CommitDeps,
  principal: Principal,
  statements: (stamps: AuditStamp[]) => BatchItem<"sqlite">[],
  events: AuditEvent[],
): Promise<void> {
  // Writers sharing one database handle take turns, so in one process they never race for the chain
  // head and retry; across processes or isolates the seq check below still keeps the chain whole.
  const previous = writeQueues.get(deps.db) ?? Promise.resolve();
  const mine = previous.then(() => commitOnce(deps, principal, statements, events));
  writeQueues.set(
    deps.db,
    mine.catch(() => undefined),
  );
  return mine;
}

const writeQueues = new WeakMap<object, Promise<unknown>>();

async function commitOnce(
  deps: CommitDeps,
  principal: Principal,
  statements: (stamps: AuditStamp[]) => BatchItem<"sqlite">[],
  events: AuditEvent[],
): Promise<void> {
  const who = auditIdentity(principal);
  const payloadHashes = await Promise.all(events.map((e) => sha256Hex(canonicalJson(e.payload))));
  for (let attempt = 1; ; attempt++) {
    const [head] = await deps.db
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.seq))
      .limit(1);
    let previous = head ?? { seq: 0, hash: GENESIS_HASH };
    const checkpointedAt = await lastCheckpoint(deps.db);
    const now = deps.clock.now();
    const at = now.toISOString();
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
    const batch = [...statements(stamps), ...rows.map((row) => deps.db.insert(auditLog).values(row))];
    if (checkpointDue(deps.config.auditCheckpoints, checkpointedAt, previous.seq, now)) {
      batch.push(deps.db.insert(auditCheckpoints).values(await signCheckpoint(deps, previous, at)));
    }
    try {
      await deps.db.batch(batch as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
      return;
    } catch (error) {
      const kind = classifySqliteError(error);
      if (kind === "failed_precondition") {
        throw conflict("The record changed while this request was processed; reload and retry");
      }
      const retryable = kind === "audit_head_conflict" || kind === "transient_lock";
      if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
      // Jittered, bounded back-off keeps concurrent writers from colliding in lock-step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(5 * attempt, 100)));
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
