import { and, desc, eq, type SQL } from "drizzle-orm";
import { sealedContentOf } from "../../../../platform/audit/seal";
import { callerSub } from "../../../../platform/auth/principal";
import { newId } from "../../../../platform/crypto/ids";
import { rowById } from "../../../../platform/db/by-id";
import { commitWithAudit } from "../../../../platform/db/commit";
import { afterKey } from "../../../../platform/db/keyset";
import { invalidField } from "../../../../platform/errors";
import { CursorKey, toPage } from "../../../../platform/http/cursor";
import { checkInstants } from "../../../../platform/http/instants";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { idempotentCreate } from "../../../../platform/idempotency";
import { assertCatalogCodes } from "../../../catalog";
import * as registry from "../../../registry";
import * as t from "../../schema";
import { FINDING_SEAL } from "../../seals";
import { findingView } from "../../services/evidence";
import { Finding, FindingCreate, FindingPage, FindingQuery } from "./schemas";

const create = defineRoute({
  method: "post",
  path: "/v1/findings",
  operationId: "recordFinding",
  access: ["regulator"],
  tags: ["liability"],
  summary: "Record a regulator's or court's finding on an actor's obligation",
  description:
    "Append-only; the latest recorded finding on a duty supersedes earlier ones and outranks attestations.",
  request: creatingBody(FindingCreate),
  responses: {
    201: jsonContent(Finding, "Recorded"),
    422: problem("Unknown actor, product or obligation, or a decision dated in the future"),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/findings",
  operationId: "listFindings",
  access: "public",
  tags: ["liability"],
  summary: "Findings, newest recorded first (public record, like published enforcement decisions)",
  request: { query: FindingQuery },
  responses: { 200: jsonContent(FindingPage, "A page of findings") },
});

export const findingRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await rowById(deps.db, t.findings, id, "Finding");
      return c.json(findingView(row), 201);
    };
    return idempotentCreate(
      c,
      "POST /v1/findings",
      input,
      async (record) => {
        const [actor] = await deps.db
          .select()
          .from(registry.actors)
          .where(eq(registry.actors.id, input.actor_id));
        if (!actor) throw invalidField("body", "actor_id", `no registered actor ${input.actor_id}`);
        if (input.product_id) {
          const [p] = await deps.db
            .select()
            .from(registry.products)
            .where(eq(registry.products.id, input.product_id));
          if (!p) throw invalidField("body", "product_id", `no registered product ${input.product_id}`);
        }
        await assertCatalogCodes(deps.db, "obligation", [input.obligation_code], () => "obligation_code");
        const now = deps.clock.now().toISOString();
        checkInstants(new Date(now), "body", { decided_at: input.decided_at }, { notFuture: true });
        checkInstants(new Date(now), "body", { period_from: input.period_from, period_to: input.period_to });
        const row = {
          id: newId(),
          actorId: input.actor_id,
          productId: input.product_id ?? null,
          obligationCode: input.obligation_code,
          result: input.result,
          basis: input.basis,
          decidedAt: input.decided_at,
          periodFrom: input.period_from ?? null,
          periodTo: input.period_to ?? null,
          recordedAt: now,
          recordedBySub: callerSub(principal),
        };
        const recorded = await record(row.id);
        await commitWithAudit(
          deps,
          principal,
          ([seal]) => [deps.db.insert(t.findings).values({ ...row, ...seal }), ...recorded],
          [
            {
              action: "finding.create",
              entity: "finding",
              entityId: row.id,
              payload: sealedContentOf(FINDING_SEAL, row),
            },
          ],
        );
        return row.id;
      },
      render,
    );
  })
  .openapi(list, async (c) => {
    const { actor_id, product_id, obligation_code, limit, cursor } = c.req.valid("query");
    const where: (SQL | undefined)[] = [];
    if (actor_id) where.push(eq(t.findings.actorId, actor_id));
    if (product_id) where.push(eq(t.findings.productId, product_id));
    if (obligation_code) where.push(eq(t.findings.obligationCode, obligation_code));
    if (cursor) {
      where.push(afterKey(cursor, t.findings.recordedAt, t.findings.id, "desc", CursorKey.timeId));
    }
    const rows = await c
      .get("deps")
      .db.select()
      .from(t.findings)
      .where(and(...where))
      .orderBy(desc(t.findings.recordedAt), desc(t.findings.id))
      .limit(limit + 1);
    const { page, next_cursor } = toPage(rows, limit, (r) => [r.recordedAt, r.id]);
    return c.json({ data: page.map(findingView), next_cursor }, 200);
  });
