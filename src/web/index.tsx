import { Hono } from "hono";
import type { AppEnv } from "../deps";
import { authorize } from "../lib/route";
import { ReceiptPage, type ReceiptView } from "./receipt-page";
import { HomePage, type ProductDetail, ProductPage } from "./registry-pages";
import { type FormValues, formToIncident, ReportFiled, ReportForm } from "./report-form";

/** Calls the JSON API in-process, so pages get exactly the API's validation, access rules and views. */
export type ApiCall = (path: string, init?: RequestInit) => Response | Promise<Response>;

const jsonPost = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

/** Server-rendered public pages: product registry, harm-report form, receipt lookup. */
export function createWebRoutes(api: ApiCall) {
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
    }
  });

  const risks = async () =>
    ((await (await api("/v1/catalog/risks")).json()) as { data: { code: string; name: string }[] }).data;

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

  web.get("/report", async (c) =>
    c.html(
      <ReportForm
        values={{ product: c.req.query("product") ?? "", anonymous: "1" }}
        errors={[]}
        risks={await risks()}
      />,
    ),
  );

  web.post("/report", async (c) => {
    const form = (await c.req.parseBody({ all: true })) as FormValues;
    const res = await api("/v1/incidents", jsonPost(formToIncident(form)));
    const body = (await res.json()) as Record<string, unknown>;
    if (res.status === 201) {
      const { id, reference, receipt_token } = body as {
        id: string;
        reference: string;
        receipt_token: string;
      };
      return c.html(<ReportFiled id={id} reference={reference} receiptToken={receipt_token} />, 201);
    }
    const errors = (body.errors as { path: string; message: string }[] | undefined) ?? [
      { path: "report", message: String(body.detail ?? "could not be filed") },
    ];
    return c.html(
      <ReportForm values={form} errors={errors} risks={await risks()} />,
      res.status === 500 ? 500 : 400,
    );
  });

  web.get("/receipt", (c) => c.html(<ReceiptPage id={c.req.query("id") ?? ""} />));

  web.post("/receipt", async (c) => {
    const form = (await c.req.parseBody()) as Record<string, string>;
    const id = String(form.id ?? "").trim();
    const res = await api(`/v1/incidents/${encodeURIComponent(id)}/receipt`, {
      headers: { "X-Receipt-Token": String(form.token ?? "") },
    });
    if (!res.ok) return c.html(<ReceiptPage id={id} notFound />, 404);
    return c.html(<ReceiptPage id={id} receipt={(await res.json()) as ReceiptView} />);
  });
  return web;
}
