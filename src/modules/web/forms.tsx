import { type Context, Hono } from "hono";
import type { AppEnv, Deps } from "../../deps";
import { createClientAddressResolver, FORWARDED_CLIENT } from "../../platform/http/client-address";
import { CSRF_FIELD, createCsrfGuard } from "../../platform/http/csrf";
import type { ApiCall } from "./index";
import { FormRefused } from "./layout";
import { ReceiptPage, type ReceiptView } from "./receipt-page";
import { type FormValues, formToIncident, ReportFiled, ReportForm } from "./report-form";

const jsonPost = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** The API's rate-limit answer travels on to the browser with the page. */
const RATE_LIMIT_HEADERS = [
  "Retry-After",
  "RateLimit-Policy",
  "RateLimit",
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
];

function passRateLimitHeaders(from: Response, c: Context) {
  for (const name of RATE_LIMIT_HEADERS) {
    const value = from.headers.get(name);
    if (value !== null) c.header(name, value);
  }
}

const field = (form: FormValues, name: string) => {
  const value = form[name];
  return typeof value === "string" ? value : undefined;
};

/** The two forms (harm report, receipt lookup): CSRF-protected, rate-limited by the API they call. */
export function createFormRoutes(api: ApiCall, deps: Deps) {
  const web = new Hono<AppEnv>();
  const csrf = createCsrfGuard(deps.config);
  const resolveAddress = deps.clientAddress ?? createClientAddressResolver(deps.config);
  // The API counts a form post against the browser's address, not against this in-process call.
  const asClient = (c: Context) => {
    const address = resolveAddress(c);
    return address === undefined ? {} : { [FORWARDED_CLIENT]: address };
  };
  const risks = async () =>
    ((await (await api("/v1/catalog/risks")).json()) as { data: { code: string; name: string }[] }).data;
  /** A refused post calls nothing: no API request, nothing stored, no rate-limit budget spent. */
  const refuse = (c: Context, form: string, reason: string) =>
    c.html(<FormRefused reason={reason} retry={form === "report" ? "/report" : "/receipt"} />, 403);

  web.get("/report", async (c) =>
    c.html(
      <ReportForm
        values={{ product: c.req.query("product") ?? "", anonymous: "1" }}
        errors={[]}
        risks={await risks()}
        csrfToken={await csrf.issue(c, "report")}
      />,
    ),
  );

  web.post("/report", async (c) => {
    const form = (await c.req.parseBody({ all: true })) as FormValues;
    const refusal = await csrf.refusal(c, "report", field(form, CSRF_FIELD));
    if (refusal) return refuse(c, "report", refusal);
    const res = await api("/v1/incidents", jsonPost(formToIncident(form)), asClient(c));
    passRateLimitHeaders(res, c);
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
      <ReportForm
        values={form}
        errors={errors}
        risks={await risks()}
        csrfToken={await csrf.issue(c, "report")}
      />,
      res.status === 500 ? 500 : res.status === 429 ? 429 : 400,
    );
  });

  web.get("/receipt", async (c) =>
    c.html(<ReceiptPage id={c.req.query("id") ?? ""} csrfToken={await csrf.issue(c, "receipt")} />),
  );

  web.post("/receipt", async (c) => {
    const form = (await c.req.parseBody()) as FormValues;
    const refusal = await csrf.refusal(c, "receipt", field(form, CSRF_FIELD));
    if (refusal) return refuse(c, "receipt", refusal);
    const id = String(field(form, "id") ?? "").trim();
    const token = String(field(form, "token") ?? "").trim();
    const csrfToken = await csrf.issue(c, "receipt");
    // A header value must be visible ASCII; anything else cannot be a receipt token we issued.
    if (!/^[\x21-\x7e]{1,200}$/.test(token))
      return c.html(<ReceiptPage id={id} notFound csrfToken={csrfToken} />, 404);
    const res = await api(
      `/v1/incidents/${encodeURIComponent(id)}/receipt`,
      { headers: { "X-Receipt-Token": token } },
      asClient(c),
    );
    passRateLimitHeaders(res, c);
    if (res.status === 429) {
      const detail = String(((await res.json()) as { detail?: string }).detail ?? "Too many requests");
      return c.html(<ReceiptPage id={id} error={detail} csrfToken={csrfToken} />, 429);
    }
    if (!res.ok) return c.html(<ReceiptPage id={id} notFound csrfToken={csrfToken} />, 404);
    return c.html(<ReceiptPage id={id} receipt={(await res.json()) as ReceiptView} csrfToken={csrfToken} />);
  });
  return web;
}
