import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Append-only, hash-chained audit log. `seq` is the primary key so two writers that read the same
 * chain head cannot both append: the second insert violates the key, its whole batch rolls back,
 * and it retries on the new head (optimistic concurrency that works on libSQL and D1 alike).
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    seq: integer("seq").primaryKey(),
    at: text("at").notNull(),
    actorSub: text("actor_sub").notNull(),
    actorRole: text("actor_role").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    payloadSha256: text("payload_sha256").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_entity_idx").on(t.entity, t.entityId, t.seq)],
);

/** Monotonic counters for human-readable numbers (LMMR-YYYY-NNNNNN, INC-YYYY-NNNNNN). */
export const counters = sqliteTable("counters", {
  name: text("name").primaryKey(),
  value: integer("value").notNull(),
});

/** Stored first responses of creating POSTs, replayed for a repeated Idempotency-Key. */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: integer("status").notNull(),
    body: text("body").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

/**
 * Never holds a row. A batch that depends on what it read first inserts NULL here when that
 * precondition no longer holds; the NOT NULL violation aborts the whole batch (see `precondition`).
 */
export const batchGuards = sqliteTable("batch_guards", {
  ok: integer("ok").notNull(),
});
