import { Hono } from "hono";
import type { AppEnv, Deps } from "../../deps";
import { authorize } from "../../platform/http/route";
import { createFormRoutes } from "./forms";
import { HomePage, type ProductDetail, ProductPage } from "./registry-pages";

/**
 * Calls the JSON API in-process, so pages get exactly the API's validation, access rules and views.
 * `env` carries what the API must know about the browser's request (its client address).
 */
export type ApiCall = (path: string, init?: RequestInit, env?: object) => Response | Promise<Response>;

/** Server-rendered public pages: product registry, harm-report form, receipt lookup. */
export function createWebRoutes(api: ApiCall, deps: Deps) {
  const web = new Hono<AppEnv>();
  // Public by declaration, like every API route: these pages only ever act as an anonymous caller.
  web.use("*", authorize("public"));
  // The pages load nothing from elsewhere and are never framed; forms post only back to this origin.
  web.use("*", async (c, next) => {
    await next();
    if (c.res.headers.get("content-type")?.startsWith("text/html")) {
      c.res.headers.set(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
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
    return c.html(<HomePage q={q} products={page.data} next={page.next_cursor} />, res.ok ? 200 : 400);
  });

  web.get("/products/:id", async (c) => {
    const res = await api(`/v1/products/${encodeURIComponent(c.req.param("id"))}`);
    if (!res.ok) return c.notFound();
    return c.html(<ProductPage product={(await res.json()) as ProductDetail} />);
  });

  web.route("/", createFormRoutes(api, deps));
  return web;
}
