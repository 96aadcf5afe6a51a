import { Hono } from "hono";
import type { Deps } from "../../deps";
import type { WebAssets } from "./assets";
import { createClaimRoutes } from "./claims";
import { createDashboardRoutes } from "./dashboard/routes";
import { createDocsRoutes } from "./docs";
import { createFormRoutes } from "./forms";
import { NotFoundPage } from "./layout";
import { pageContext, pageOf, type WebEnv } from "./page-context";
import { HomePage, type ProductDetail, ProductPage, type ResponsibleActor } from "./registry-pages";
import { renderWithoutAsyncContext } from "./render-context";
import { createSessionRoutes } from "./session";

export type { WebAssets } from "./assets";
export { CATALOGS, LOCALES, type Locale } from "./i18n/locales";
export { fromAcceptLanguage, negotiateLocale } from "./i18n/negotiate";

/**
 * Calls the JSON API in-process, so pages get exactly the API's validation, access rules and views.
 * `env` carries what the API must know about the browser's request (its client address).
 */
export type ApiCall = (path: string, init?: RequestInit, env?: object) => Response | Promise<Response>;

/** Every path this module answers (new page files add theirs here). */
const PAGE_PATHS = [
  "/",
  "/products/*",
  "/report",
  "/receipt",
  "/receipt/*",
  "/signin",
  "/signout",
  "/dashboard",
  "/dashboard/*",
  "/docs",
  "/docs/*",
  "/funds",
  "/funds/*",
  "/claims/*",
];

/** The pages load nothing from elsewhere and are never framed; forms post only back to this origin. */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Server-rendered pages in the six WHO languages: product registry, harm-report form, receipt
 * lookup, regulator dashboard, API docs, and the claimant pages (funds, claims: claims.tsx).
 */
export function createWebRoutes(api: ApiCall, deps: Deps, assets?: WebAssets) {
  // Before any page is rendered, so that serving pages never slows every other request down.
  renderWithoutAsyncContext();
  const web = new Hono<WebEnv>();
  // Public, so no access layer (platform/http/route.ts authorize): these pages act as an anonymous
  // caller, except the dashboard, which calls the API with the signed-in regulator's own token.
  // Only the pages: this router is mounted at "/", and its "*" would reach the API's routes too.
  for (const path of PAGE_PATHS) web.use(path, pageContext);
  web.use("*", async (c, next) => {
    await next();
    // A page that sets a cookie (the forms' CSRF nonce, the language) must not be served from a
    // cache to someone else.
    if (c.res.headers.has("set-cookie")) c.res.headers.set("Cache-Control", "no-store");
    if (c.res.headers.get("content-type")?.startsWith("text/html")) {
      // A page with its own policy (the docs) keeps it.
      if (!c.res.headers.has("Content-Security-Policy"))
        c.res.headers.set("Content-Security-Policy", PAGE_CSP);
      // Same-origin requests keep their Origin (the CSRF check's fallback); other sites get nothing.
      c.res.headers.set("Referrer-Policy", "same-origin");
    }
  });

  web.get("/", async (c) => {
    const q = c.req.query("q") ?? "";
    const cursor = c.req.query("cursor");
    const params = new URLSearchParams({ limit: "50", ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) });
    const res = await api(`/v1/products?${params}`);
    const page = res.ok
      ? ((await res.json()) as { data: never[]; next_cursor: string | null })
      : { data: [], next_cursor: null };
    return c.html(
      <HomePage
        page={pageOf(c)}
        q={q}
        products={page.data}
        next={page.next_cursor}
        paged={cursor !== undefined}
      />,
      res.ok ? 200 : 400,
    );
  });

  web.get("/products/:id", async (c) => {
    const id = c.req.param("id");
    const res = await api(`/v1/products/${encodeURIComponent(id)}`);
    if (!res.ok) return c.html(<NotFoundPage page={pageOf(c)} messageKey="notFound.product" id={id} />, 404);
    const product = (await res.json()) as ProductDetail;
    return c.html(
      <ProductPage page={pageOf(c)} product={product} actors={await responsibleActors(api, product)} />,
    );
  });

  web.route("/", createFormRoutes(api, deps));
  web.route("/", createClaimRoutes(api, deps));
  web.route("/", createSessionRoutes(deps));
  web.route("/", createDashboardRoutes(api, deps));
  web.route("/", createDocsRoutes(assets));
  return web;
}

/** Developer, provider and deployers of a product, by name (public registry facts). */
async function responsibleActors(api: ApiCall, p: ProductDetail): Promise<ResponsibleActor[]> {
  const deployments = await api(`/v1/deployments?${new URLSearchParams({ product_id: p.id, limit: "100" })}`);
  const deployers = deployments.ok
    ? ((await deployments.json()) as { data: { deployer_actor_id: string }[] }).data.map(
        (d) => d.deployer_actor_id,
      )
    : [];
  const wanted: [ResponsibleActor["role"], string][] = [
    ["developer", p.developer_actor_id],
    ...(p.provider_actor_id ? [["provider", p.provider_actor_id] as [ResponsibleActor["role"], string]] : []),
    ...[...new Set(deployers)].map((id): [ResponsibleActor["role"], string] => ["deployer", id]),
  ];
  const actors = await Promise.all(
    wanted.map(async ([role, id]) => {
      const res = await api(`/v1/actors/${encodeURIComponent(id)}`);
      if (!res.ok) return undefined;
      const a = (await res.json()) as { name: string; country: string };
      return { role, name: a.name, country: a.country };
    }),
  );
  return actors.filter((a) => a !== undefined);
}
