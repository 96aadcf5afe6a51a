import type { JWK } from "jose";
import { GENESIS_HASH, verifyChain } from "../../../platform/audit/chain";
import type { CheckpointRow } from "../../../platform/audit/checkpoints";
import { verifyCheckpointJws } from "../../../platform/audit/signer";
import type { Db } from "../../../platform/db/client";
import {
  auditEntryPages,
  type HttpRegistry,
  publishedCheckpoints,
  publishedKey,
  serverVerdict,
} from "./monitor-http";
import { type RegistryVerification, verifyRegistry } from "./verify";
import { storedCheckpoints } from "./verify-chain";

/** What a monitor keeps between runs: the signing key it trusted and every checkpoint it has seen. */
export interface SavedCheckpoints {
  registry: string;
  saved_at: string;
  key: JWK;
  checkpoints: CheckpointRow[];
}

export interface MonitorReport extends Omit<RegistryVerification, "reason"> {
  /** A verification reason, or checkpoint_withdrawn, or registry_<reason> from the registry's own check. */
  reason?: string;
  saved_checked: number;
}

type Failure = { reason: string; first_bad_seq?: number | undefined };

/** A checkpoint against a chain held in memory: signed by `key` for exactly (seq, hash), and still in the chain. */
async function checkpointFailure(
  checkpoint: CheckpointRow,
  key: JWK,
  hashAt: Map<number, string>,
  head: number,
): Promise<Failure | undefined> {
  const claim = await verifyCheckpointJws(checkpoint.jws, key);
  if (!claim || claim.seq !== checkpoint.seq || claim.hash !== checkpoint.hash) {
    return { reason: "checkpoint_signature", first_bad_seq: checkpoint.seq };
  }
  if (checkpoint.seq > head) return { reason: "chain_truncated", first_bad_seq: head + 1 };
  if (hashAt.get(checkpoint.seq) !== checkpoint.hash) {
    return { reason: "checkpoint_not_extended", first_bad_seq: checkpoint.seq };
  }
  return undefined;
}

/**
 * Checks a registry over HTTP as a Certificate Transparency monitor checks a log: recompute the
 * chain from the entries, require it to extend every checkpoint the registry publishes and every one
 * saved earlier (signed by the key trusted then, and still published unchanged), then require the
 * registry's own verification (row seals) to pass.
 */
export async function monitorHttp(
  registry: HttpRegistry,
  saved: SavedCheckpoints | undefined,
): Promise<{ report: MonitorReport; current: SavedCheckpoints }> {
  const [key, published] = await Promise.all([publishedKey(registry), publishedCheckpoints(registry)]);
  const current = {
    registry: registry.base,
    saved_at: new Date().toISOString(),
    key,
    checkpoints: published,
  };
  const checkpointSeqs = new Set([...published, ...(saved?.checkpoints ?? [])].map((c) => c.seq));
  // Recompute the chain page by page, keeping only the hashes at checkpointed positions.
  const hashAt = new Map<number, string>();
  let head = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  const counts = () => ({
    entries,
    checkpoints: published.length,
    saved_checked: saved?.checkpoints.length ?? 0,
  });
  const fail = (failure: Failure) => ({ report: { ok: false, ...counts(), ...failure }, current });
  for await (const page of auditEntryPages(registry)) {
    const chain = await verifyChain(page, head);
    entries += chain.entries;
    if (!chain.ok) return fail({ reason: "chain_broken", first_bad_seq: chain.first_bad_seq });
    for (const entry of page) if (checkpointSeqs.has(entry.seq)) hashAt.set(entry.seq, entry.hash);
    head = chain.last;
  }
  const stillPublished = new Map(published.map((c) => [c.seq, c.hash]));
  const toCheck: [CheckpointRow, JWK][] = [
    ...published.map((c): [CheckpointRow, JWK] => [c, key]),
    ...(saved?.checkpoints ?? []).map((c): [CheckpointRow, JWK] => [c, saved?.key ?? key]),
  ];
  toCheck.sort((a, b) => a[0].seq - b[0].seq);
  for (const [checkpoint, trusted] of toCheck) {
    const failure = await checkpointFailure(checkpoint, trusted, hashAt, head.seq);
    if (failure) return fail(failure);
  }
  for (const checkpoint of saved?.checkpoints ?? []) {
    if (stillPublished.get(checkpoint.seq) !== checkpoint.hash) {
      return fail({ reason: "checkpoint_withdrawn", first_bad_seq: checkpoint.seq });
    }
  }
  const verdict = await serverVerdict(registry);
  if (!verdict.ok)
    return fail({ reason: `registry_${verdict.reason ?? "failed"}`, first_bad_seq: verdict.first_bad_seq });
  return { report: { ok: true, ...counts() }, current };
}

/**
 * Checks a database file directly (someone holding a copy, or the operator): the full verification,
 * with the saved checkpoints added to the registry's own and checked against the key saved with them.
 */
export async function monitorDb(
  db: Db,
  source: string,
  saved: SavedCheckpoints | undefined,
  configuredKey: JWK,
): Promise<{ report: MonitorReport; current: SavedCheckpoints }> {
  const key = saved?.key ?? configuredKey;
  const result = await verifyRegistry(db, key, saved?.checkpoints ?? []);
  const current = {
    registry: source,
    saved_at: new Date().toISOString(),
    key,
    checkpoints: await storedCheckpoints(db),
  };
  return { report: { ...result, saved_checked: saved?.checkpoints.length ?? 0 }, current };
}
