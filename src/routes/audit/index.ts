import { z } from "@hono/zod-openapi";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { auditLog } from "../../db/schema";
import { type ChainedAuditEntry, verifyChain } from "../../domain/audit-chain";
import { decodeCursor, toPage } from "../../lib/cursor";
import { defineRoute, jsonContent } from "../../lib/route";
import { createRouter } from "../../lib/router";
import { Cursor, Id, Limit } from "../../lib/schemas";

const Entry = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.object({ sub: z.string(), role: z.string() }),
    action: z.string(),
    entity: z.string(),
    entity_id: z.string(),
    payload_sha256: z.string(),
    prev_hash: z.string(),
    hash: z.string(),
  })
  .openapi("AuditEntry");

const list = defineRoute({
  method: "get",
  path: "/v1/audit",
  access: ["regulator", "admin"],
  tags: ["audit"],
  summary: "The append-only, hash-chained audit log",
  request: {
    query: z.object({
      entity: z
        .string()
        .regex(/^[a-z_]+$/)
        .optional(),
      entity_id: Id.optional(),
      limit: Limit,
      cursor: Cursor,
    }),
  },
  responses: {
    200: jsonContent(
      z.object({ data: z.array(Entry), next_cursor: z.string().nullable() }),
      "Entries in order",
    ),
  },
});

const verify = defineRoute({
  method: "get",
  path: "/v1/audit/verify",
  access: ["regulator", "admin"],
  tags: ["audit"],
  summary: "Recompute the whole hash chain",
  responses: {
    200: jsonContent(
      z.object({ ok: z.boolean(), entries: z.number().int(), first_bad_seq: z.number().int().optional() }),
      "Verification result",
    ),
  },
});

const VERIFY_PAGE = 1000;

export const auditRoutes = createRouter()
  .openapi(list, async (c) => {
    const { entity, entity_id, limit, cursor } = c.req.valid("query");
    const where: (SQL | undefined)[] = [];
    if (entity) where.push(eq(auditLog.entity, entity));
    if (entity_id) where.push(eq(auditLog.entityId, entity_id));
    if (cursor) where.push(gt(auditLog.seq, Number(decodeCursor(cursor, 1)[0])));
    const rows = await c
      .get("deps")
      .db.select()
      .from(auditLog)
      .where(and(...where))
      .orderBy(asc(auditLog.seq))
      .limit(limit + 1);
    const { page, next_cursor } = toPage(rows, limit, (r) => [r.seq]);
    return c.json(
      {
        data: page.map((r) => ({
          seq: r.seq,
          at: r.at,
          actor: { sub: r.actorSub, role: r.actorRole },
          action: r.action,
          entity: r.entity,
          entity_id: r.entityId,
          payload_sha256: r.payloadSha256,
          prev_hash: r.prevHash,
          hash: r.hash,
        })),
        next_cursor,
      },
      200,
    );
  })
  .openapi(verify, async (c) => {
    const db = c.get("deps").db;
    // Page through the log so verification runs in constant memory however long the chain is.
    let state = { seq: 0, hash: "0".repeat(64) };
    let total = 0;
    for (;;) {
      const rows: ChainedAuditEntry[] = await db
        .select()
        .from(auditLog)
        .where(gt(auditLog.seq, state.seq))
        .orderBy(asc(auditLog.seq))
        .limit(VERIFY_PAGE);
      const result = await verifyChain(rows, state);
      if (!result.ok)
        return c.json(
          { ok: false, entries: total + result.entries, first_bad_seq: result.first_bad_seq },
          200,
        );
      total += result.entries;
      state = result.last;
      if (rows.length < VERIFY_PAGE) return c.json({ ok: true, entries: total }, 200);
    }
  });
