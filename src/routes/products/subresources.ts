import type { z } from "@hono/zod-openapi";
import { and, eq, inArray } from "drizzle-orm";
import { actingActorId } from "../../auth/principal";
import { commitWithAudit } from "../../db/commit";
import { walkLineage } from "../../db/lineage";
import * as t from "../../db/schema";
import { newId } from "../../lib/ids";
import { conflict, invalidField } from "../../lib/problem";
import { defineRoute, jsonBody, jsonContent, problem } from "../../lib/route";
import { createRouter } from "../../lib/router";
import { IdParam } from "../../lib/schemas";
import { productTransition } from "./lifecycle";
import { assertProductOwner, disclosureView, loadProduct, versionView } from "./repo";
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
  summary: string,
  body: T,
  response: R,
  roles: ("developer" | "provider" | "regulator" | "admin")[],
) =>
  defineRoute({
    method: "post",
    path: `/v1/products/{id}/${path}`,
    access: roles,
    tags: ["products"],
    summary,
    request: { params: IdParam, ...jsonBody(body) },
    responses: {
      201: jsonContent(response, "Created"),
      404: problem("Unknown product"),
      409: problem("Conflicts with the product's state"),
      422: problem("Unknown reference"),
    },
  });

const versionRoute = sub(
  "versions",
  "Add a version (pinning the foundation-model versions it builds on)",
  VersionCreate,
  VersionView,
  ["developer", "provider"],
);
const transitionRoute = sub(
  "transitions",
  "Move the product to another lifecycle stage",
  TransitionCreate,
  TransitionView,
  ["developer", "provider", "regulator", "admin"],
);
const disclosureRoute = sub(
  "disclosures",
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
    const [clash] = await deps.db
      .select({ id: t.productVersions.id })
      .from(t.productVersions)
      .where(and(eq(t.productVersions.productId, product.id), eq(t.productVersions.version, input.version)));
    if (clash) throw conflict(`Version ${input.version} already exists for this product`);
    // A version may only pin versions of products it is built on (any ancestor in the lineage).
    if (input.base_versions.length > 0) {
      const ancestors = new Set((await walkLineage(deps.db, product.id, "up")).map((e) => e.product_id));
      const bases = await deps.db
        .select()
        .from(t.productVersions)
        .where(inArray(t.productVersions.id, input.base_versions));
      input.base_versions.forEach((id, i) => {
        const base = bases.find((b) => b.id === id);
        if (!base) throw invalidField("body", `base_versions.${i}`, `no product version ${id}`);
        if (!ancestors.has(base.productId)) {
          throw invalidField(
            "body",
            `base_versions.${i}`,
            "is a version of a product this one is not built on",
          );
        }
      });
    }
    const row = {
      id: newId(),
      productId: product.id,
      version: input.version,
      releasedAt: input.released_at ?? null,
      changelog: input.changelog,
      substantialModification: input.substantial_modification,
      recordedAt: deps.clock.now().toISOString(),
    };
    await commitWithAudit(
      deps,
      principal,
      () => [
        deps.db.insert(t.productVersions).values(row),
        ...input.base_versions.map((baseVersionId) =>
          deps.db.insert(t.versionBases).values({ versionId: row.id, baseVersionId }),
        ),
      ],
      [
        {
          action: "product.version.create",
          entity: "product_version",
          entityId: row.id,
          payload: { ...input, product_id: product.id },
        },
      ],
    );
    return c.json(versionView(row, input.base_versions), 201);
  })
  .openapi(transitionRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const product = await loadProduct(deps.db, c.req.valid("param").id);
    assertProductOwner(principal, product, true);
    const { to, reason } = c.req.valid("json");
    const move = productTransition(deps, principal, product, to, reason, deps.clock.now().toISOString());
    await commitWithAudit(deps, principal, () => move.statements, [move.audit]);
    const { entry } = move;
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
    const row = {
      id: newId(),
      productId: product.id,
      actorId: actingActorId(principal) ?? null,
      kind: input.kind,
      title: input.title,
      uri: input.uri ?? null,
      sha256: input.sha256,
      published: input.published,
      summary: input.summary,
      recordedAt: deps.clock.now().toISOString(),
    };
    await commitWithAudit(deps, principal, () => [deps.db.insert(t.disclosures).values(row)], [
      { action: "product.disclosure.create", entity: "disclosure", entityId: row.id, payload: row },
    ]);
    return c.json(disclosureView(row), 201);
  });
