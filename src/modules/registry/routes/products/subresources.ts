import type { z } from "@hono/zod-openapi";
import { creatingBody, defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { assertProductOwner, loadProduct } from "../../queries/products";
import { createDisclosure, loadDisclosureView } from "../../services/disclosures";
import { transitionProduct } from "../../services/product-lifecycle";
import { createVersion, loadVersionView } from "../../services/product-versions";
import {
  DisclosureCreate,
  DisclosureView,
  TransitionCreate,
  TransitionView,
  VersionCreate,
  VersionView,
} from "./schemas";

const sub = <T extends z.ZodType, R extends z.ZodType>(
  path: string,
  operationId: string,
  summary: string,
  body: T,
  response: R,
  roles: ("developer" | "provider" | "regulator" | "admin")[],
  creating = true,
) =>
  defineRoute({
    method: "post",
    path: `/v1/products/{id}/${path}`,
    operationId,
    access: roles,
    tags: ["registry"],
    summary,
    request: { params: IdParam, ...(creating ? creatingBody(body) : jsonBody(body)) },
    responses: {
      201: jsonContent(response, "Created"),
      404: problem("Unknown product"),
      409: problem("Conflicts with the product's state"),
      422: problem("Unknown reference"),
    },
  });

const versionRoute = sub(
  "versions",
  "addProductVersion",
  "Add a version (pinning the foundation-model versions it builds on)",
  VersionCreate,
  VersionView,
  ["developer", "provider"],
);
const transitionRoute = sub(
  "transitions",
  "transitionProduct",
  "Move the product to another lifecycle stage",
  TransitionCreate,
  TransitionView,
  ["developer", "provider", "regulator", "admin"],
  false,
);
const disclosureRoute = sub(
  "disclosures",
  "fileDisclosure",
  "File a disclosure (append-only; published ones are public)",
  DisclosureCreate,
  DisclosureView,
  ["developer", "provider"],
);

export const productSubRoutes = createRouter()
  .openapi(versionRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const product = await loadProduct(deps.db, c.req.valid("param").id);
    assertProductOwner(principal, product);
    const input = c.req.valid("json");
    return idempotentCreate(
      c,
      "POST /v1/products/{id}/versions",
      { path: c.req.path, body: input },
      (record) => createVersion(deps, principal, product, input, record),
      async (id) => c.json(await loadVersionView(deps, id), 201),
    );
  })
  .openapi(transitionRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const product = await loadProduct(deps.db, c.req.valid("param").id);
    assertProductOwner(principal, product, true);
    const { to, reason } = c.req.valid("json");
    const entry = await transitionProduct(deps, principal, product, to, reason);
    return c.json(
      { product_id: product.id, from: entry.fromStage, to, reason, at: entry.at, by_role: entry.byRole },
      201,
    );
  })
  .openapi(disclosureRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const product = await loadProduct(deps.db, c.req.valid("param").id);
    assertProductOwner(principal, product);
    const input = c.req.valid("json");
    return idempotentCreate(
      c,
      "POST /v1/products/{id}/disclosures",
      { path: c.req.path, body: input },
      (record) => createDisclosure(deps, principal, product, input, record),
      async (id) => c.json(await loadDisclosureView(deps, id), 201),
    );
  });
