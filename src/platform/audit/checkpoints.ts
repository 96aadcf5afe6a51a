import { desc } from "drizzle-orm";
import type { Deps } from "../../deps";
import type { Db } from "../db/client";
import { auditCheckpoints } from "./schema";

export interface CheckpointPolicy {
  everyEntries: number;
  everyMinutes: number;
}

export interface CheckpointRow {
  seq: number;
  hash: string;
  at: string;
  jws: string;
}

/** The latest checkpoint, read by every group commit: prepared once per app (db/prepared-statements.ts). */
export const LAST_CHECKPOINT = {
  build: (db: Db) =>
    db
      .select({ seq: auditCheckpoints.seq, at: auditCheckpoints.at })
      .from(auditCheckpoints)
      .orderBy(desc(auditCheckpoints.seq))
      .limit(1)
      .prepare(),
};

/**
 * A checkpoint is due when none exists yet, or the head moved `everyEntries` past the last one, or
 * the last one is `everyMinutes` old. Checked on every write, so an idle registry signs nothing new
 * (its head has not moved) and a busy one signs at least every N entries.
 */
export function checkpointDue(
  policy: CheckpointPolicy,
  last: { seq: number; at: string } | undefined,
  headSeq: number,
  now: Date,
): boolean {
  if (!last) return true;
  if (headSeq - last.seq >= policy.everyEntries) return true;
  return now.getTime() - Date.parse(last.at) >= policy.everyMinutes * 60_000;
}

/** The signed checkpoint row for a new head, to be inserted in the same batch as the entries ending there. */
export async function signCheckpoint(
  deps: Pick<Deps, "auditSigner">,
  head: { seq: number; hash: string },
  at: string,
): Promise<CheckpointRow> {
  const claim = { seq: head.seq, hash: head.hash, at };
  return { ...claim, jws: await deps.auditSigner.sign(claim) };
}
