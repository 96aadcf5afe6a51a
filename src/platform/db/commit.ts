import { type SQLWrapper, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../deps";
import { type SealedTable, sealedContentOf } from "../audit/seal";
import { auditIdentity, type Principal } from "../auth/principal";
import { canonicalJson, sha256Hex } from "../crypto/hash";
import type { AuditEvent, AuditStamp, CommitDeps } from "./group-runner";
import type { InsertShape } from "./prepared-statements";
import { batchGuards, counters } from "./schema";

export type { AuditEvent, AuditedWrite, AuditStamp, CommitDeps } from "./group-runner";

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
): Promise<unknown[]> {
  // Hashed before queueing: the payloads are the caller's, so this work overlaps other commits.
  const payloadHashes = await Promise.all(events.map((e) => sha256Hex(canonicalJson(e.payload))));
  const write = { deps, who: auditIdentity(principal), statements, events, payloadHashes };
  // Each of the caller's own statements' results, in order (their audit inserts' are not included).
  return deps.commits.submit(deps.db, write);
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
  return deps.commits.submit(deps.db, write);
}

/** The counter bump of `nextNumber`, prepared once (prepared-statements.ts). */
const COUNTER_BUMP: InsertShape<typeof counters> = {
  table: counters,
  finish: (insert) =>
    insert
      .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + 1` } })
      .returning({ value: counters.value }),
};

/**
 * The number `nextNumber` allocates, as an SQL expression for a prepared insert's shape (see
 * prepared-statements.ts): its prefix and counter are parameters, bound from `nextNumber(...).params`.
 */
const numberSql = (prefix: unknown, counterName: unknown) =>
  sql<string>`(${prefix} || printf('%06d', (select ${counters.value} from ${counters} where ${counters.name} = ${counterName})))`;
export const NUMBER_EXPRESSION = numberSql(sql.placeholder("numberPrefix"), sql.placeholder("numberCounter"));

/**
 * A counter bump plus an SQL expression reading the bumped value, for use inside the same batch:
 * human numbers (LMMR-2026-000042) are allocated atomically with the row that carries them.
 */
export function nextNumber(deps: Pick<Deps, "db" | "prepared">, counterName: string, prefix: string) {
  return {
    bump: deps.prepared.insert(deps.db, COUNTER_BUMP, { name: counterName, value: 1 }),
    value: numberSql(prefix, counterName),
    /** What NUMBER_EXPRESSION in a prepared insert's shape binds to read this number. */
    params: { numberPrefix: prefix, numberCounter: counterName },
    /** The number `bump` allocated, from its result in the committed batch, as `value` renders it. */
    allocated: (bumpResult: unknown) =>
      `${prefix}${String((bumpResult as { value: number }[])[0]?.value).padStart(6, "0")}`,
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
): Promise<unknown[]> {
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
): Promise<unknown[]> {
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
