import { type Context, Hono } from "hono";
import type { Deps } from "../../deps";
import { checkClaimForm, claimApiErrors, formToClaim, TOKEN } from "./claim-checks";
import { ClaimFiled, ClaimForm } from "./claim-form";
import { ClaimStatusPage, type ClaimView, type EligibilityView } from "./claim-status";
import { createFormKit } from "./form-kit";
import { jsonPost, passRateLimitHeaders } from "./forms";
import { FundPage, type FundReportView, type FundSummary, FundsPage, type FundView } from "./fund-page";
import type { ApiCall } from "./index";
import { type FieldError, NotFoundPage } from "./layout";
import { pageOf, type WebEnv } from "./page-context";
import { type FormValues, one } from "./report-checks";

/** The claimant's pages: funds and their published rules, filing a claim, following it and appealing. */
export function createClaimRoutes(api: ApiCall, deps: Deps) {
  const web = new Hono<WebEnv>();
  const { csrf, asClient, posted } = createFormKit(deps);
  const funds = async (): Promise<FundSummary[]> => {
    const res = await api("/v1/funds");
    return res.ok ? ((await res.json()) as { data: FundSummary[] }).data : [];
  };

  web.get("/funds", async (c) => c.html(<FundsPage page={pageOf(c)} funds={await funds()} />));

  web.get("/funds/:id", async (c) => {
    const id = c.req.param("id");
    const res = await api(`/v1/funds/${encodeURIComponent(id)}`);
    if (!res.ok) return c.html(<NotFoundPage page={pageOf(c)} messageKey="fund.notFound" id={id} />, 404);
    const report = await api(`/v1/funds/${encodeURIComponent(id)}/report`);
    return c.html(
      <FundPage
        page={pageOf(c)}
        fund={(await res.json()) as FundView}
        report={report.ok ? ((await report.json()) as FundReportView) : undefined}
      />,
    );
  });

  const claimForm = async (
    c: Context<WebEnv>,
    values: FormValues,
    errors: FieldError[],
    status: 200 | 400 | 429,
  ) =>
    c.html(
      <ClaimForm
        page={pageOf(c)}
        funds={await funds()}
        values={values}
        errors={errors}
        csrfToken={await csrf.issue(c, "claim")}
      />,
      status,
    );

  web.get("/claims/new", (c) => claimForm(c, { fund_id: c.req.query("fund") ?? "" }, [], 200));

  web.post("/claims/new", async (c) => {
    const form = await posted(c, "claim", "/claims/new");
    if (form instanceof Response) return form;
    const { tr } = pageOf(c);
    const now = deps.clock.now();
    const all = await funds();
    const fund = all.find((f) => f.id === one(form, "fund_id"));
    const problems = checkClaimForm(form, tr, {
      fundIds: new Set(all.map((f) => f.id)),
      currency: fund?.currency,
      now,
    });
    if (problems.length > 0 || !fund) return claimForm(c, form, problems, 400);
    const res = await api(
      "/v1/claims",
      jsonPost(formToClaim(form, fund.currency, now), {
        "X-Receipt-Token": one(form, "receipt_token").trim(),
      }),
      asClient(c),
    );
    passRateLimitHeaders(res, c);
    const body = (await res.json()) as Record<string, unknown>;
    if (res.status === 201) {
      const { id, receipt_token } = body as { id: string; receipt_token: string };
      c.header("Cache-Control", "no-store");
      return c.html(<ClaimFiled page={pageOf(c)} id={id} receiptToken={receipt_token} />, 201);
    }
    const errors = claimApiErrors(
      body.errors as { path: string; message: string }[] | undefined,
      res.status,
      tr,
    );
    return claimForm(c, form, errors, res.status === 429 ? 429 : 400);
  });

  const statusPage = async (
    c: Context<WebEnv>,
    input: { id: string; token: string; appealed?: boolean; errors?: FieldError[]; grounds?: string },
  ) => {
    const { tr } = pageOf(c);
    const csrfToken = await csrf.issue(c, "claim-status");
    const appealCsrfToken = await csrf.issue(c, "claim-appeal");
    c.header("Cache-Control", "no-store");
    const noMatch = [{ field: "form", message: tr.t("claim.error.noClaim") }];
    const render = (
      status: 200 | 201 | 400 | 404 | 429,
      extra: { claim?: ClaimView; eligibility?: EligibilityView; errors?: FieldError[] },
    ) =>
      c.html(
        <ClaimStatusPage
          page={pageOf(c)}
          id={input.id}
          csrfToken={csrfToken}
          {...extra}
          {...(extra.claim ? { token: input.token, appealCsrfToken } : {})}
          appealed={input.appealed}
          grounds={input.grounds}
        />,
        status,
      );
    if (!TOKEN.test(input.token) || input.id === "") return render(404, { errors: noMatch });
    const headers = { "X-Receipt-Token": input.token };
    const path = `/v1/claims/${encodeURIComponent(input.id)}`;
    const res = await api(path, { headers }, asClient(c));
    passRateLimitHeaders(res, c);
    if (res.status === 429)
      return render(429, { errors: [{ field: "form", message: tr.t("claim.error.rateLimited") }] });
    if (!res.ok) return render(404, { errors: noMatch });
    const eligibility = await api(`${path}/eligibility`, { headers }, asClient(c));
    return render(input.errors?.length ? 400 : input.appealed ? 201 : 200, {
      claim: (await res.json()) as ClaimView,
      ...(eligibility.ok ? { eligibility: (await eligibility.json()) as EligibilityView } : {}),
      errors: input.errors ?? [],
    });
  };

  web.get("/claims/status", async (c) => {
    c.header("Cache-Control", "no-store");
    return c.html(<ClaimStatusPage page={pageOf(c)} id="" csrfToken={await csrf.issue(c, "claim-status")} />);
  });

  web.post("/claims/status", async (c) => {
    const form = await posted(c, "claim-status", "/claims/status");
    if (form instanceof Response) return form;
    return statusPage(c, { id: one(form, "claim_id").trim(), token: one(form, "claim_token").trim() });
  });

  web.post("/claims/appeal", async (c) => {
    const form = await posted(c, "claim-appeal", "/claims/status");
    if (form instanceof Response) return form;
    const { tr } = pageOf(c);
    const id = one(form, "claim_id").trim();
    const token = one(form, "claim_token").trim();
    const grounds = one(form, "grounds");
    const problem =
      grounds.trim() === "" ? "error.required" : grounds.length > 5000 ? "error.tooLong" : undefined;
    if (problem || !TOKEN.test(token))
      return statusPage(c, {
        id,
        token,
        grounds,
        errors: [{ field: "grounds", message: tr.t(problem ?? "error.invalid") }],
      });
    const res = await api(
      `/v1/claims/${encodeURIComponent(id)}/appeals`,
      jsonPost({ grounds }, { "X-Receipt-Token": token }),
      asClient(c),
    );
    passRateLimitHeaders(res, c);
    if (res.status === 201) return statusPage(c, { id, token, appealed: true });
    const message =
      res.status === 429
        ? tr.t("claim.error.rateLimited")
        : res.status === 404
          ? tr.t("claim.error.noClaim")
          : tr.t("claim.error.appealRefused");
    return statusPage(c, { id, token, grounds, errors: [{ field: "form", message }] });
  });
  return web;
}
