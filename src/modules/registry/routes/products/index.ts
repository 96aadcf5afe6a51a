import type { Deps } from "../../../../deps";
import { conditionalJson } from "../../../../platform/http/conditional";
import { toPage } from "../../../../platform/http/cursor";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { idempotentCreate } from "../../../../platform/idempotency";
import { searchProducts } from "../../queries/product-search";
import { loadProduct, productCore, productDetail } from "../../queries/products";
import { registerProduct } from "../../services/products";
import { IdOrNumberParam, ProductCreate, ProductListQuery, ProductPage, ProductView } from "./schemas";
import { productSubRoutes } from "./subresources";

/** Incident counts as every reader of the public record sees them (suppressed at the configured k). */
const countsOf = (deps: Deps) => (productId: string) =>
  deps.productIncidentCounts(deps.db, productId, deps.config.suppressionK);

const create = defineRoute({
  method: "post",
  path: "/v1/products",
  operationId: "createProduct",
  access: ["developer", "provider"],
  tags: ["registry"],
  summary: "Register a product early (before release), for the caller's own organisation",
  request: creatingBody(ProductCreate),
  responses: {
    201: jsonContent(ProductView, "Registered, stage LC_EARLY_REGISTRATION"),
    422: problem("Unknown reference"),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/products",
  operationId: "listProducts",
  access: "public",
  tags: ["registry"],
  summary: "Search the public product registry (newest first)",
  request: { query: ProductListQuery },
  responses: { 200: jsonContent(ProductPage, "A page of products") },
});

const get = defineRoute({
  method: "get",
  path: "/v1/products/{id}",
  operationId: "getProduct",
  access: "public",
  tags: ["registry"],
  summary: "Public view of a product: lineage up and down, versions, stage history, disclosures",
  request: { params: IdOrNumberParam },
  responses: {
    200: {
      ...jsonContent(ProductView, "The product"),
      headers: {
        ETag: {
          description: "Changes whenever the registry's stored state does",
          schema: { type: "string" },
        },
      },
    },
    304: { description: "Not modified: the `If-None-Match` ETag is still current" },
    404: problem("Unknown product"),
  },
});

export const productRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    return idempotentCreate(
      c,
      "POST /v1/products",
      input,
      (record) => registerProduct(deps, principal, input, record),
      async (id) => {
        c.header("Location", `/v1/products/${id}`);
        return c.json(
          await productDetail(deps.db, await loadProduct(deps.db, id), principal, countsOf(deps)),
          201,
        );
      },
    );
  })
  .openapi(list, async (c) => {
    const query = c.req.valid("query");
    const rows = await searchProducts(c.get("deps").db, query);
    const { page, next_cursor } = toPage(rows, query.limit, (r) => [r.registeredAt, r.id]);
    return c.json({ data: page.map(productCore), next_cursor }, 200);
  })
  .openapi(get, async (c) => {
    const deps = c.get("deps");
    const id = c.req.valid("param").id;
    // Read far more than written: rendered once per state version, revalidated with ETag / 304.
    return conditionalJson(c, `product ${id}`, async () =>
      productDetail(deps.db, await loadProduct(deps.db, id), c.get("principal"), countsOf(deps)),
    );
  })
  .route("/", productSubRoutes);
