import { canonicalJson, sha256Hex } from "../crypto/hash";

/** The genesis `prev_hash`: 64 zeros, so the first entry is chained like every other one. */
export const GENESIS_HASH = "0".repeat(64);

export interface AuditFields {
  seq: number;
  at: string;
  actorSub: string;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string;
  payloadSha256: string;
}

export interface ChainedAuditEntry extends AuditFields {
  prevHash: string;
  hash: string;
}

/** hash = sha256(prev_hash || canonical JSON of the entry's own fields). */
export function entryHash(prevHash: string, fields: AuditFields): Promise<string> {
  return sha256Hex(
    prevHash +
      canonicalJson({
        seq: fields.seq,
        at: fields.at,
        actor_sub: fields.actorSub,
        actor_role: fields.actorRole,
        action: fields.action,
        entity: fields.entity,
        entity_id: fields.entityId,
        payload_sha256: fields.payloadSha256,
      }),
  );
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  first_bad_seq?: number;
}

/**
 * Recomputes the chain in `seq` order. An entry is bad when its seq is not the next one, its
 * prev_hash is not the previous entry's hash, or its own hash does not match its content.
 */
export async function verifyChain(
  entries: Iterable<ChainedAuditEntry>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): Promise<ChainVerification & { last: { seq: number; hash: string } }> {
  let previous = start;
  let count = 0;
  for (const entry of entries) {
    count += 1;
    const expected = await entryHash(previous.hash, entry);
    if (entry.seq !== previous.seq + 1 || entry.prevHash !== previous.hash || entry.hash !== expected) {
      return { ok: false, entries: count, first_bad_seq: entry.seq, last: previous };
    }
    previous = { seq: entry.seq, hash: entry.hash };
  }
  return { ok: true, entries: count, last: previous };
}
