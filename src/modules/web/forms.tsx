import { type Context, Hono } from "hono";
import type { Deps } from "../../deps";
import { createFormKit } from "./form-kit";
import type { ApiCall } from "./index";
import type { FieldError } from "./layout";
import { pageOf, type WebEnv } from "./page-context";
import { ReceiptPage, type ReceiptView } from "./receipt-page";
import { apiErrorsToFields, checkReportForm, type FormValues, formToIncident, one } from "./report-checks";
import { ReportFiled, ReportForm } from "./report-form";

export const jsonPost = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
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

export function passRateLimitHeaders(from: Response, c: Context) {
  for (const name of RATE_LIMIT_HEADERS) {
    const value = from.headers.get(name);
    if (value !== null) c.header(name, value);
  }
}

interface ProductOption {
  name: string;
  registration_number: string;
}

/** The harm report and the receipt forms: CSRF-protected, rate-limited by the API they call. */
export function createFormRoutes(api: ApiCall, deps: Deps) {
  const web = new Hono<WebEnv>();
  const { csrf, asClient, posted } = createFormKit(deps);
  const riskCodes = async () =>
    ((await (await api("/v1/catalog/risks")).json()) as { data: { code: string }[] }).data.map((r) => r.code);
  const products = async (q?: string): Promise<ProductOption[]> => {
    const res = await api(`/v1/products?${new URLSearchParams({ limit: "500", ...(q ? { q } : {}) })}`);
    return res.ok ? ((await res.json()) as { data: ProductOption[] }).data : [];
  };
  /** A product named exactly as typed is filed by its registration number, so the report is matched. */
  const registrationByName = async (name: string) => {
    const found = name.length > 1 && name.length <= 200 ? await products(name) : [];
    const wanted = name.toLocaleLowerCase();
    const exact = found.filter((p) => p.name.toLocaleLowerCase() === wanted);
    return exact.length === 1 ? exact[0]?.registration_number : undefined;
  };

  const reportForm = async (
    c: Context<WebEnv>,
    values: FormValues,
    errors: FieldError[],
    status: 200 | 400 | 429,
  ) =>
    c.html(
      <ReportForm
        page={pageOf(c)}
        values={values}
        errors={errors}
        riskCodes={await riskCodes()}
        products={await products()}
        csrfToken={await csrf.issue(c, "report")}
      />,
      status,
    );

  web.get("/report", (c) =>
    reportForm(c, { product: c.req.query("product") ?? "", anonymous: "1" }, [], 200),
  );

  web.post("/report", async (c) => {
    const form = await posted(c, "report", "/report", { all: true });
    if (form instanceof Response) return form;
    const { tr } = pageOf(c);
    const now = deps.clock.now();
    const problems = checkReportForm(form, tr, now);
    if (problems.length > 0) return reportForm(c, form, problems, 400);
    const registration = await registrationByName(one(form, "product").trim());
    const res = await api(
      "/v1/incidents",
      jsonPost(formToIncident(form, now, () => registration)),
      asClient(c),
    );
    passRateLimitHeaders(res, c);
    const body = (await res.json()) as Record<string, unknown>;
    if (res.status === 201) {
      const { id, reference, receipt_token } = body as {
        id: string;
        reference: string;
        receipt_token: string;
      };
      c.header("Cache-Control", "no-store");
      return c.html(
        <ReportFiled page={pageOf(c)} id={id} reference={reference} receiptToken={receipt_token} />,
        201,
      );
    }
    const errors = apiErrorsToFields(
      body.errors as { path: string; message: string }[] | undefined,
      res.status,
      tr,
    );
    return reportForm(c, form, errors, res.status === 429 ? 429 : 400);
  });

  const receiptPage = async (
    c: Context<WebEnv>,
    input: { id: string; token: string; added?: boolean; errors?: FieldError[]; addText?: string },
  ) => {
    const { tr } = pageOf(c);
    const csrfToken = await csrf.issue(c, "receipt");
    const addToken = await csrf.issue(c, "receipt-addition");
    c.header("Cache-Control", "no-store");
    const render = (
      status: 200 | 201 | 400 | 404 | 429,
      extra: { receipt?: ReceiptView; errors?: FieldError[] },
    ) =>
      c.html(
        <ReceiptPage
          page={pageOf(c)}
          id={input.id}
          csrfToken={csrfToken}
          {...extra}
          {...(extra.receipt ? { token: input.token, addCsrfToken: addToken } : {})}
          added={input.added}
          addText={input.addText}
        />,
        status,
      );
    // A header value must be visible ASCII; anything else cannot be a receipt token we issued.
    if (!/^[\x21-\x7e]{1,200}$/.test(input.token))
      return render(404, { errors: [{ field: "form", message: tr.t("receipt.noMatch") }] });
    const res = await api(
      `/v1/incidents/${encodeURIComponent(input.id)}/receipt`,
      { headers: { "X-Receipt-Token": input.token } },
      asClient(c),
    );
    passRateLimitHeaders(res, c);
    if (res.status === 429)
      return render(429, { errors: [{ field: "form", message: tr.t("receipt.tooMany") }] });
    if (!res.ok) return render(404, { errors: [{ field: "form", message: tr.t("receipt.noMatch") }] });
    const receipt = (await res.json()) as ReceiptView;
    return render(input.errors?.length ? 400 : input.added ? 201 : 200, {
      receipt,
      errors: input.errors ?? [],
    });
  };

  web.get("/receipt", async (c) => {
    c.header("Cache-Control", "no-store");
    return c.html(
      <ReceiptPage
        page={pageOf(c)}
        id={c.req.query("id") ?? ""}
        csrfToken={await csrf.issue(c, "receipt")}
      />,
    );
  });

  web.post("/receipt", async (c) => {
    const form = await posted(c, "receipt", "/receipt");
    if (form instanceof Response) return form;
    return receiptPage(c, { id: one(form, "id").trim(), token: one(form, "token").trim() });
  });

  // The reader adds information to their own report; the API keeps everything earlier unchanged.
  web.post("/receipt/additions", async (c) => {
    const form = await posted(c, "receipt-addition", "/receipt");
    if (form instanceof Response) return form;
    const { tr } = pageOf(c);
    const id = one(form, "id").trim();
    const token = one(form, "token").trim();
    const text = one(form, "text");
    const problem =
      text.trim() === "" ? "error.required" : text.length > 20_000 ? "error.tooLong" : undefined;
    if (problem || !/^[\x21-\x7e]{1,200}$/.test(token))
      return receiptPage(c, {
        id,
        token,
        addText: text,
        errors: [{ field: "text", message: tr.t(problem ?? "error.invalid") }],
      });
    const res = await api(
      `/v1/incidents/${encodeURIComponent(id)}/receipt/additions`,
      jsonPost({ text }, { "X-Receipt-Token": token }),
      asClient(c),
    );
    passRateLimitHeaders(res, c);
    if (res.status === 201) return receiptPage(c, { id, token, added: true });
    const message =
      res.status === 429
        ? tr.t("receipt.tooMany")
        : res.status === 404
          ? tr.t("receipt.noMatch")
          : tr.t("error.invalid");
    return receiptPage(c, {
      id,
      token,
      addText: text,
      errors: [{ field: res.status === 400 ? "text" : "form", message }],
    });
  });
  return web;
}
