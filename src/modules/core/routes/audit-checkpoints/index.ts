import { z } from "@hono/zod-openapi";
import { toPage } from "../../../../platform/http/cursor";
import { defineRoute, jsonContent } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Cursor, Limit } from "../../../../platform/http/schemas";
import { listCheckpoints } from "../../queries/audit";

const Checkpoint = z
  .object({
    seq: z.number().int(),
    hash: z.string(),
    at: z.string(),
    jws: z.string().openapi({ description: "Compact JWS (EdDSA/Ed25519) over {seq, hash, at}" }),
  })
  .openapi("AuditCheckpoint");

const list = defineRoute({
  method: "get",
  path: "/v1/audit/checkpoints",
  operationId: "listAuditCheckpoints",
  access: "public",
  tags: ["core"],
  summary: "Signed heads of the audit chain, oldest first (save them to monitor the registry)",
  description:
    "Each checkpoint is the chain head (seq, hash) signed with the registry's Ed25519 key " +
    "(`GET /v1/audit/checkpoints/key`). A monitor keeps copies; `npm run -s audit:verify` later " +
    "checks that the chain still extends every saved checkpoint (no truncation, no rewritten history).",
  request: { query: z.object({ limit: Limit, cursor: Cursor }) },
  responses: {
    200: jsonContent(
      z.object({ data: z.array(Checkpoint), next_cursor: z.string().nullable() }),
      "Checkpoints in seq order",
    ),
  },
});

const key = defineRoute({
  method: "get",
  path: "/v1/audit/checkpoints/key",
  operationId: "getAuditCheckpointKey",
  access: "public",
  tags: ["core"],
  summary: "The public key (JWK, Ed25519) that signs audit checkpoints",
  responses: {
    200: jsonContent(
      z.object({
        kty: z.string(),
        crv: z.string(),
        x: z.string(),
        alg: z.string(),
        use: z.string(),
        kid: z.string(),
      }),
      "Public JWK; `kid` is its RFC 7638 thumbprint",
    ),
  },
});

export const auditCheckpointRoutes = createRouter()
  .openapi(list, async (c) => {
    const query = c.req.valid("query");
    const rows = await listCheckpoints(c.get("deps").db, query);
    const { page, next_cursor } = toPage(rows, query.limit, (r) => [r.seq]);
    return c.json({ data: page, next_cursor }, 200);
  })
  .openapi(key, async (c) => {
    const jwk = await c.get("deps").auditSigner.publicJwk();
    return c.json(
      {
        kty: String(jwk.kty),
        crv: String(jwk.crv),
        x: String(jwk.x),
        alg: "EdDSA",
        use: "sig",
        kid: jwk.kid,
      },
      200,
    );
  });
