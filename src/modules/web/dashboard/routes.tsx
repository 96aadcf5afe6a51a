import { type Context, Hono } from "hono";
import type { Deps } from "../../../deps";
import type { ApiCall } from "../index";
import { NotFoundPage } from "../layout";
import { pageOf, type WebEnv } from "../page-context";
import { clearSession, sessionToken, signOutToken } from "../session";
import { DashboardCallFailed, loadDashboard, NO_FILTERS, readFilters } from "./data";
import { type IncidentDetailView, IncidentPage } from "./incident-page";
import { DashboardPage } from "./page";

/**
 * The regulator dashboard. Every read is an API call made with the session's token as a Bearer
 * token, so the API's own access rules decide what the page shows; no other cookie or page uses it.
 */
export function createDashboardRoutes(api: ApiCall, deps: Deps) {
  const web = new Hono<WebEnv>();
  const signOutCsrf = signOutToken(deps);
  const asRegulator = (token: string) => (path: string) =>
    Promise.resolve(api(path, { headers: { authorization: `Bearer ${token}` } }));

  /** No session, or a token that no longer verifies: back to sign-in, the stale cookie removed. */
  const toSignIn = (c: Context<WebEnv>) => {
    clearSession(c);
    return c.redirect("/signin", 303);
  };

  web.use("/dashboard/*", async (c, next) => {
    c.header("Cache-Control", "no-store");
    await next();
  });
  web.use("/dashboard", async (c, next) => {
    c.header("Cache-Control", "no-store");
    await next();
  });

  web.get("/dashboard", async (c) => {
    const token = sessionToken(c);
    if (!token) return c.redirect("/signin", 303);
    const f = readFilters((name) => c.req.query(name));
    const call = asRegulator(token);
    let refused = false;
    try {
      const data = await loadDashboard(call, f).catch(async (error) => {
        // Filters the API refuses (e.g. "from" after "to"): say so, and show everything instead.
        if (!(error instanceof DashboardCallFailed) || error.status !== 400) throw error;
        refused = true;
        return loadDashboard(call, NO_FILTERS);
      });
      const errors = refused ? [{ field: "form", message: pageOf(c).tr.t("error.invalid") }] : [];
      return c.html(
        <DashboardPage
          page={pageOf(c)}
          f={refused ? NO_FILTERS : f}
          data={data}
          errors={errors}
          signOutCsrf={await signOutCsrf(c)}
        />,
        refused ? 400 : 200,
      );
    } catch (error) {
      if (error instanceof DashboardCallFailed && (error.status === 401 || error.status === 403))
        return toSignIn(c);
      throw error;
    }
  });

  web.get("/dashboard/incidents/:id", async (c) => {
    const token = sessionToken(c);
    if (!token) return c.redirect("/signin", 303);
    const call = asRegulator(token);
    const id = encodeURIComponent(c.req.param("id"));
    const [incident, rulesets] = await Promise.all([
      call(`/v1/incidents/${id}`),
      call(`/v1/incidents/${id}/rulesets`),
    ]);
    if (incident.status === 401 || incident.status === 403) return toSignIn(c);
    if (!incident.ok) return c.html(<NotFoundPage page={pageOf(c)} />, 404);
    const covering = rulesets.ok
      ? ((await rulesets.json()) as { data: { ruleset: string; title: string; kind: string }[] }).data
      : [];
    const detail = (await incident.json()) as IncidentDetailView;
    const productRes = detail.product_id
      ? await call(`/v1/products/${encodeURIComponent(detail.product_id)}`)
      : undefined;
    const product = productRes?.ok
      ? ((await productRes.json()) as { name: string; registration_number: string })
      : undefined;
    return c.html(
      <IncidentPage
        page={pageOf(c)}
        incident={detail}
        product={product}
        rulesets={covering}
        signOutCsrf={await signOutCsrf(c)}
      />,
    );
  });

  // The printable causality explanation, rendered by the liability module, fetched with the session.
  web.get("/dashboard/incidents/:id/explanation", async (c) => {
    const token = sessionToken(c);
    if (!token) return c.redirect("/signin", 303);
    const params = new URLSearchParams({
      ruleset: c.req.query("ruleset") ?? "",
      format: "html",
      hypothetical: "true",
    });
    const res = await asRegulator(token)(
      `/v1/incidents/${encodeURIComponent(c.req.param("id"))}/causality/explanation?${params}`,
    );
    if (res.status === 401 || res.status === 403) return toSignIn(c);
    if (!res.ok) return c.html(<NotFoundPage page={pageOf(c)} />, 404);
    return c.html(await res.text());
  });
  return web;
}
