import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { sealedContentOf } from "../../../../platform/audit/seal";
import { actingActorId, callerSub, VALUE_CHAIN_ROLES } from "../../../../platform/auth/principal";
import { newId } from "../../../../platform/crypto/ids";
import { rowById } from "../../../../platform/db/by-id";
import { commitWithAudit } from "../../../../platform/db/commit";
import { afterKey } from "../../../../platform/db/keyset";
import { forbidden, invalidField } from "../../../../platform/errors";
import { CursorKey, toPage } from "../../../../platform/http/cursor";
import { checkInstants } from "../../../../platform/http/instants";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { idempotentCreate } from "../../../../platform/idempotency";
import * as catalogTables from "../../../catalog";
import { assertCatalogCodes } from "../../../catalog";
import * as registry from "../../../registry";
import { loadProduct, loadProductChain } from "../../../registry";
import * as t from "../../schema";
import {
  Attestation,
  AttestationCreate,
  AttestationPage,
  AttestationQuery,
} from "../../schemas/attestations";
import { ATTESTATION_SEAL } from "../../seals";
import { attestationView } from "../../services/evidence";

const create = defineRoute({
  method: "post",
  path: "/v1/attestations",
  operationId: "createAttestation",
  access: VALUE_CHAIN_ROLES,
  tags: ["liability"],
  summary: "Attest, for the caller's own organisation, compliance with one obligation for a product",
  description:
    "Append-only: a new attestation supersedes from its `effective_from`; the latest effective one wins. " +
    "The caller must be in the product's value chain (developer, provider, deployer of its versions, or a " +
    "modifier that took on the duty) and owe the obligation in that role.",
  request: creatingBody(AttestationCreate),
  responses: {
    201: jsonContent(Attestation, "Recorded"),
    422: problem(
      "Unknown product, obligation or disclosure, a duty the caller does not owe, or a future date",
    ),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/attestations",
  operationId: "listAttestations",
  access: "public",
  tags: ["liability"],
  summary: "Attestations, newest recorded first (public: compliance claims are meant to be scrutinised)",
  request: { query: AttestationQuery },
  responses: { 200: jsonContent(AttestationPage, "A page of attestations") },
});

export const attestationRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await rowById(deps.db, t.attestations, id, "Attestation");
      c.header("Location", `/v1/attestations?product_id=${row.productId}`);
      return c.json(attestationView(row), 201);
    };
    return idempotentCreate(
      c,
      "POST /v1/attestations",
      input,
      async (record) => {
        const own = actingActorId(principal);
        const product = await loadProduct(deps.db, input.product_id).catch(() => {
          throw invalidField("body", "product_id", `no registered product ${input.product_id}`);
        });
        const roles = (await loadProductChain(deps.db, product.id))
          .filter((m) => m.actor_id === own && !m.via_lineage)
          .map((m) => m.role.toUpperCase());
        if (!own || roles.length === 0)
          throw forbidden("Only an actor in the product's value chain may attest for it");
        await assertCatalogCodes(deps.db, "obligation", [input.obligation_code], () => "obligation_code");
        const owedBy = await deps.db
          .select({ actor: catalogTables.obligationActors.actorCode })
          .from(catalogTables.obligationActors)
          .where(eq(catalogTables.obligationActors.obligationCode, input.obligation_code));
        if (!owedBy.some((o) => roles.includes(o.actor))) {
          throw invalidField(
            "body",
            "obligation_code",
            `is not a duty of your role(s) ${roles.join(", ")} for this product`,
          );
        }
        const now = deps.clock.now().toISOString();
        checkInstants(new Date(now), "body", { effective_from: input.effective_from }, { notFuture: true });
        if (input.disclosure_ids.length > 0) {
          const found = await deps.db
            .select({ id: registry.disclosures.id })
            .from(registry.disclosures)
            .where(
              and(
                inArray(registry.disclosures.id, input.disclosure_ids),
                eq(registry.disclosures.productId, product.id),
              ),
            );
          const foundIds = new Set(found.map((f) => f.id));
          const bad = input.disclosure_ids.findIndex((id) => !foundIds.has(id));
          if (bad >= 0)
            throw invalidField("body", `disclosure_ids.${bad}`, "is not a disclosure of this product");
        }
        const row = {
          id: newId(),
          actorId: own,
          productId: product.id,
          obligationCode: input.obligation_code,
          status: input.status,
          disclosureIds: input.disclosure_ids,
          evidenceSha256: input.evidence_sha256 ?? null,
          statement: input.statement,
          effectiveFrom: input.effective_from,
          recordedAt: now,
          recordedBySub: callerSub(principal),
        };
        const recorded = await record(row.id);
        await commitWithAudit(
          deps,
          principal,
          ([seal]) => [deps.db.insert(t.attestations).values({ ...row, ...seal }), ...recorded],
          [
            {
              action: "attestation.create",
              entity: "attestation",
              entityId: row.id,
              payload: sealedContentOf(ATTESTATION_SEAL, row),
            },
          ],
        );
        return row.id;
      },
      render,
    );
  })
  .openapi(list, async (c) => {
    const { product_id, actor_id, obligation_code, limit, cursor } = c.req.valid("query");
    const db = c.get("deps").db;
    const where: (SQL | undefined)[] = [];
    if (product_id) where.push(eq(t.attestations.productId, product_id));
    if (actor_id) where.push(eq(t.attestations.actorId, actor_id));
    if (obligation_code) where.push(eq(t.attestations.obligationCode, obligation_code));
    if (cursor) {
      where.push(afterKey(cursor, t.attestations.recordedAt, t.attestations.id, "desc", CursorKey.timeId));
    }
    const rows = await db
      .select()
      .from(t.attestations)
      .where(and(...where))
      .orderBy(desc(t.attestations.recordedAt), desc(t.attestations.id))
      .limit(limit + 1);
    const { page, next_cursor } = toPage(rows, limit, (r) => [r.recordedAt, r.id]);
    return c.json({ data: page.map(attestationView), next_cursor }, 200);
  });
