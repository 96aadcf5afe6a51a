import { asc, gt, inArray } from "drizzle-orm";
import type { JWK } from "jose";
import { type ChainedAuditEntry, GENESIS_HASH, verifyChain } from "../../../platform/audit/chain";
import type { CheckpointRow } from "../../../platform/audit/checkpoints";
import { auditCheckpoints } from "../../../platform/audit/schema";
import { verifyCheckpointJws } from "../../../platform/audit/signer";
import type { Db } from "../../../platform/db/client";
import { auditLog } from "../../../platform/db/schema";

/** Why verification failed; `first_bad_seq` is the first audit entry that cannot be trusted. */
export type VerifyFailure = {
  reason:
    | "chain_broken"
    | "checkpoint_signature"
    | "checkpoint_not_extended"
    | "chain_truncated"
    | "unsealed_row"
    | "row_hash_mismatch"
    | "row_not_in_chain"
    | "row_superseded"
    | "row_missing";
  first_bad_seq?: number;
  table?: string;
  row_id?: string;
};

const PAGE = 1000;

/** Recomputes the hash chain page by page (constant memory); the head it ends on, or the first break. */
export async function verifyHashChain(
  db: Db,
): Promise<{ entries: number; head: { seq: number; hash: string }; failure?: VerifyFailure }> {
  let head = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  for (;;) {
    const rows: ChainedAuditEntry[] = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, head.seq))
      .orderBy(asc(auditLog.seq))
      .limit(PAGE);
    const result = await verifyChain(rows, head);
    entries += result.entries;
    if (!result.ok) {
      return { entries, head, failure: { reason: "chain_broken", first_bad_seq: result.first_bad_seq } };
    }
    head = result.last;
    if (rows.length < PAGE) return { entries, head };
  }
}

/**
 * Checks signed checkpoints against the chain: each must carry a valid signature by `publicJwk` for
 * exactly its (seq, hash), and the chain must still contain that entry with that hash. A checkpoint
 * beyond the head means entries were cut off the end; a hash that differs means history was rewritten
 * (even if the rewritten chain is internally consistent).
 */
export async function checkCheckpoints(
  db: Db,
  checkpoints: readonly CheckpointRow[],
  publicJwk: JWK,
  head: { seq: number },
): Promise<VerifyFailure | undefined> {
  const sorted = [...checkpoints].sort((a, b) => a.seq - b.seq);
  for (let i = 0; i < sorted.length; i += PAGE) {
    const page = sorted.slice(i, i + PAGE);
    const stored = await db
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .where(
        inArray(
          auditLog.seq,
          page.map((c) => c.seq),
        ),
      );
    const hashAt = new Map(stored.map((e) => [e.seq, e.hash]));
    for (const checkpoint of page) {
      const claim = await verifyCheckpointJws(checkpoint.jws, publicJwk);
      if (!claim || claim.seq !== checkpoint.seq || claim.hash !== checkpoint.hash) {
        return { reason: "checkpoint_signature", first_bad_seq: checkpoint.seq };
      }
      if (checkpoint.seq > head.seq) return { reason: "chain_truncated", first_bad_seq: head.seq + 1 };
      if (hashAt.get(checkpoint.seq) !== checkpoint.hash) {
        return { reason: "checkpoint_not_extended", first_bad_seq: checkpoint.seq };
      }
    }
  }
  return undefined;
}

/** Every checkpoint the registry has published (the table is append-only), oldest first. */
export async function storedCheckpoints(db: Db): Promise<CheckpointRow[]> {
  const all: CheckpointRow[] = [];
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditCheckpoints)
      .where(gt(auditCheckpoints.seq, after))
      .orderBy(asc(auditCheckpoints.seq))
      .limit(PAGE);
    all.push(...rows);
    if (rows.length < PAGE) return all;
    after = rows[rows.length - 1]?.seq ?? after;
  }
}
