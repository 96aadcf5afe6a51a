import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Signed audit checkpoints: the chain head (seq, hash) signed by the registry's Ed25519 key as a
 * compact JWS, written in the same batch as the entry that made one due. Published at
 * GET /v1/audit/checkpoints so that outside monitors can keep copies: a chain that no longer extends
 * a checkpoint they saved has been truncated or rewritten. Append-only (triggers).
 */
export const auditCheckpoints = sqliteTable("audit_checkpoints", {
  seq: integer("seq").primaryKey(),
  hash: text("hash").notNull(),
  at: text("at").notNull(),
  jws: text("jws").notNull(),
});

/**
 * The seal every evidence-bearing row carries (item 5a): the audit entry that created or last changed
 * it, and the SHA-256 of the row's canonical content, which is that entry's payload hash.
 */
export const sealColumns = () => ({
  auditSeq: integer("audit_seq"),
  auditSha256: text("audit_sha256"),
});
