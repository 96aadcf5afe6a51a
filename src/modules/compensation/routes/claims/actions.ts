import { z } from "@hono/zod-openapi";
import {
  creatingBody,
  defineRoute,
  jsonBody,
  jsonContent,
  problem,
  rateLimited,
} from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Id, IdParam } from "../../../../platform/http/schemas";
import { idempotentCreate, requireIdempotencyKey } from "../../../../platform/idempotency";
import { assertReadsFund } from "../../access";
import {
  Appeal,
  AppealCreate,
  ClaimList,
  ClaimReceiptHeaders,
  Decision,
  DecisionCreate,
  Determination,
  DeterminationCreate,
  Payment,
  PaymentCreate,
  Recourse,
  RecourseCreate,
} from "../../schemas/api";
import { appealView, fileAppeal, recordDetermination } from "../../services/appeals";
import { claimsOfFund } from "../../services/claims";
import { decideClaim, decisionView } from "../../services/decisions";
import { loadFund } from "../../services/funds";
import { paymentView } from "../../services/payment-view";
import { payClaim } from "../../services/payments";
import { openRecourse, recourseFor } from "../../services/recourse";
import { claimView } from "../../services/views";

const decide = defineRoute({
  method: "post",
  path: "/v1/claims/{id}/decision",
  operationId: "decideClaim",
  access: ["fund_admin"],
  tags: ["compensation"],
  summary: "Decide a claim: approved, partially approved or denied, with the award by kind and the reasons",
  description:
    "Awarding a claim that does not pass every eligibility rule needs `override_reason`. An award above any cap " +
    "(schedule, per kind, per claim, the fund's annual cap) is a 422 naming the cap (`limit`, `limit_minor`, `citation`).",
  request: { params: IdParam, ...jsonBody(DecisionCreate) },
  responses: {
    201: jsonContent(Decision, "Decided"),
    404: problem("Unknown claim"),
    409: problem("Already decided"),
    422: problem("Above a cap, or an override reason is missing"),
  },
});

const determine = defineRoute({
  method: "post",
  path: "/v1/claims/{id}/determinations",
  operationId: "recordClaimDetermination",
  access: ["fund_admin"],
  tags: ["compensation"],
  summary: "Record whether an exclusion applies, and who decided it (the fund, a regulator or a court)",
  request: { params: IdParam, ...jsonBody(DeterminationCreate) },
  responses: {
    201: jsonContent(Determination, "Recorded"),
    404: problem("Unknown claim"),
    422: problem("Not a rule of the claim"),
  },
});

const appeal = defineRoute({
  method: "post",
  path: "/v1/claims/{id}/appeals",
  operationId: "appealClaimDecision",
  access: "public",
  tags: ["compensation"],
  summary: "The claimant appeals the decision (claim X-Receipt-Token), within the fund's appeal window",
  request: { params: IdParam, headers: ClaimReceiptHeaders, ...jsonBody(AppealCreate) },
  responses: {
    201: jsonContent(Appeal, "Appealed"),
    404: problem("Unknown claim or wrong token"),
    409: problem("Nothing to appeal, already appealed, or the window has closed"),
    429: rateLimited,
  },
});

const pay = defineRoute({
  method: "post",
  path: "/v1/claims/{id}/payments",
  operationId: "payClaim",
  access: ["fund_admin"],
  tags: ["compensation"],
  summary: "Pay (part of) the award; `Idempotency-Key` is required, so a retried payment is never paid twice",
  request: { params: IdParam, ...creatingBody(PaymentCreate) },
  responses: {
    201: jsonContent(Payment, "Paid"),
    404: problem("Unknown claim"),
    409: problem("More than is owed on the award, or than the fund's cash"),
  },
});

const recourse = defineRoute({
  method: "post",
  path: "/v1/claims/{id}/recourse",
  operationId: "openRecourse",
  access: ["fund_admin"],
  tags: ["compensation"],
  summary:
    "Open the fund's recourse (subrogation) claim against an actor a frozen causality assessment finds liable",
  request: { params: IdParam, ...creatingBody(RecourseCreate) },
  responses: {
    201: jsonContent(Recourse, "Opened"),
    404: problem("Unknown claim"),
    422: problem(
      "The assessment is not of this incident, the actor is not liable under it, or the amount exceeds the award",
    ),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/claims",
  operationId: "listClaims",
  access: ["fund_admin", "regulator"],
  tags: ["compensation"],
  summary: "A fund's claims, oldest first (without claimant identity)",
  request: { query: z.object({ fund_id: Id }) },
  responses: { 200: jsonContent(ClaimList, "Claims"), 404: problem("Unknown fund") },
});

export const actionRoutes = createRouter()
  .openapi(decide, async (c) => {
    const row = await decideClaim(
      c.get("deps"),
      c.get("principal"),
      c.req.valid("param").id,
      c.req.valid("json"),
    );
    return c.json(decisionView(row), 201);
  })
  .openapi(determine, async (c) => {
    const r = await recordDetermination(
      c.get("deps"),
      c.get("principal"),
      c.req.valid("param").id,
      c.req.valid("json"),
    );
    return c.json(
      {
        id: r.id,
        rule: r.rule,
        applies: r.applies,
        reason: r.reason,
        decided_by: r.decidedBy,
        recorded_at: r.recordedAt,
      },
      201,
    );
  })
  .openapi(appeal, async (c) => {
    const deps = c.get("deps");
    const { id } = c.req.valid("param");
    const input = c.req.valid("json");
    const token = c.req.valid("header")["x-receipt-token"];
    return idempotentCreate(
      c,
      `POST /v1/claims/${id}/appeals`,
      { body: input },
      (record) => fileAppeal(deps, c.get("principal"), id, token, input.grounds, record),
      async (appealId) => c.json(await appealView(deps.db, appealId), 201),
    );
  })
  .openapi(pay, async (c) => {
    const deps = c.get("deps");
    const { id } = c.req.valid("param");
    const input = c.req.valid("json");
    requireIdempotencyKey(c);
    return idempotentCreate(
      c,
      `POST /v1/claims/${id}/payments`,
      { body: input },
      (record) => payClaim(deps, c.get("principal"), id, input.amount_minor, record),
      async (tx) => c.json(await paymentView(deps.db, id, tx), 201),
    );
  })
  .openapi(recourse, async (c) => {
    const deps = c.get("deps");
    const { id } = c.req.valid("param");
    const input = c.req.valid("json");
    return idempotentCreate(
      c,
      `POST /v1/claims/${id}/recourse`,
      { body: input },
      (record) => openRecourse(deps, c.get("principal"), id, input, record),
      async (rid) => c.json(await recourseFor(deps.db, c.get("principal"), rid), 201),
    );
  })
  .openapi(list, async (c) => {
    const deps = c.get("deps");
    const fund = await loadFund(deps.db, c.req.valid("query").fund_id);
    assertReadsFund(c.get("principal"), fund.id);
    const claims = await claimsOfFund(deps.db, fund.id);
    return c.json({ data: await Promise.all(claims.map((cl) => claimView(deps, cl, false))) }, 200);
  });
