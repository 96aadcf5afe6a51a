import { z } from "@hono/zod-openapi";
import { toPage } from "../../../../platform/http/cursor";
import { defineRoute, jsonContent } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Cursor, Id, Limit } from "../../../../platform/http/schemas";
import { verifyRegistry } from "../../audit/verify";
import { listAuditEntries } from "../../queries/audit";

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
  operationId: "listAuditEntries",
  access: ["regulator", "admin"],
  tags: ["core"],
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
  operationId: "verifyAuditLog",
  access: ["regulator", "admin"],
  tags: ["core"],
  summary: "Recompute the hash chain, check it against signed checkpoints and every sealed row",
  responses: {
    200: jsonContent(
      z.object({
        ok: z.boolean(),
        entries: z.number().int(),
        checkpoints: z.number().int().optional(),
        sealed_rows: z.number().int().optional(),
        legacy_rows: z.number().int().optional(),
        reason: z.string().optional(),
        first_bad_seq: z.number().int().optional(),
        table: z.string().optional(),
        row_id: z.string().optional(),
      }),
      "Verification result; when not ok, `reason` says what failed and `first_bad_seq` where",
    ),
  },
});

export const auditRoutes = createRouter()
  .openapi(list, async (c) => {
    const query = c.req.valid("query");
    const rows = await listAuditEntries(c.get("deps").db, query);
    const { page, next_cursor } = toPage(rows, query.limit, (r) => [r.seq]);
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
    const deps = c.get("deps");
    return c.json(await verifyRegistry(deps.db, await deps.auditSigner.publicJwk()), 200);
  });
