import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { catalog } from "../../../catalog";
import { IdOrNumberParam, loadProduct, loadProductChain } from "../../../registry";
import { applicableObligations, type CatalogSlice, resolveStatus } from "../../domain/obligations";
import { ProductObligations } from "../../schemas/obligations";
import { evidenceFor, loadEvidence } from "../../services/evidence";

export const CATALOG: CatalogSlice = catalog;

const get = defineRoute({
  method: "get",
  path: "/v1/products/{id}/obligations",
  operationId: "getProductObligations",
  access: "public",
  tags: ["liability"],
  summary: "Obligations of every actor in the product's value chain, with compliance status and evidence",
  description:
    "Applicable = owed by the actor's role (nominal, or taken on by modifying a model), of a lifecycle stage " +
    "the product has reached, and protecting against a risk of the product's use areas or a cross-cutting risk. " +
    "Status as of now: a finding outranks an attestation; the latest effective attestation wins.",
  request: { params: IdOrNumberParam },
  responses: { 200: jsonContent(ProductObligations, "Per actor and role"), 404: problem("Unknown product") },
});

/** Public, like the attestations and findings it is built from. */
export const obligationRoutes = createRouter().openapi(get, async (c) => {
  const deps = c.get("deps");
  const product = await loadProduct(deps.db, c.req.valid("param").id);
  const chain = await loadProductChain(deps.db, product.id);
  const evidence = await loadEvidence(
    deps.db,
    [...new Set(chain.map((m) => m.actor_id))],
    [...new Set([product.id, ...chain.map((m) => m.product_id)])],
  );
  const now = deps.clock.now().toISOString();
  const actors = chain.map((m) => ({
    ...m,
    obligations: applicableObligations(
      CATALOG,
      { use_areas: product.useAreas, stage: product.stage },
      m.role,
    ).map((o) => {
      const rows = evidenceFor(evidence, m.actor_id, o.code, [product.id, m.product_id]);
      return {
        code: o.code,
        title: o.title,
        stage: o.stage,
        strength: o.strength,
        ...resolveStatus(rows.attestations, rows.findings, now),
      };
    }),
  }));
  return c.json(
    { product_id: product.id, stage: product.stage, use_areas: product.useAreas, as_of: now, actors },
    200,
  );
});
