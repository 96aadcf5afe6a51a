import type { JWK } from "jose";
import type { CheckpointRow } from "../../../platform/audit/checkpoints";
import type { Db } from "../../../platform/db/client";
import { checkCheckpoints, storedCheckpoints, type VerifyFailure, verifyHashChain } from "./verify-chain";
import { verifySealedRows } from "./verify-rows";

export interface RegistryVerification extends Partial<VerifyFailure> {
  ok: boolean;
  entries: number;
  checkpoints?: number;
  sealed_rows?: number;
  /** Rows written before seals existed (not verifiable; listed by migration 0011). */
  legacy_rows?: number;
}

/**
 * Everything the stored state can prove about itself, in order: the hash chain is whole; it still
 * extends every signed checkpoint (the registry's own and any a monitor saved earlier); and every
 * evidence-bearing row matches the chain entry that sealed it, with no sealed row missing.
 */
export async function verifyRegistry(
  db: Db,
  publicJwk: JWK,
  saved: readonly CheckpointRow[] = [],
): Promise<RegistryVerification> {
  const chain = await verifyHashChain(db);
  if (chain.failure) return { ok: false, entries: chain.entries, ...chain.failure };
  const published = await storedCheckpoints(db);
  const checkpointFailure = await checkCheckpoints(db, [...published, ...saved], publicJwk, chain.head);
  const counts = { entries: chain.entries, checkpoints: published.length };
  if (checkpointFailure) return { ok: false, ...counts, ...checkpointFailure };
  const rows = await verifySealedRows(db);
  const sealed = {
    sealed_rows: rows.rows - rows.legacy,
    ...(rows.legacy ? { legacy_rows: rows.legacy } : {}),
  };
  if (rows.failure) return { ok: false, ...counts, ...sealed, ...rows.failure };
  return { ok: true, ...counts, ...sealed };
}
