import { defineRoute, jsonContent, problem, rateLimited } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { idempotentWrite } from "../../../../platform/idempotency";
import {
  Claim,
  ClaimCreate,
  ClaimCreated,
  ClaimReceiptHeaders,
  Eligibility,
  IncidentReceiptHeaders,
} from "../../schemas/api";
import { claimForCaller, type FiledClaim, fileClaim, loadClaim } from "../../services/claims";
import { claimEligibility } from "../../services/eligibility";
import { claimView } from "../../services/views";
import { actionRoutes } from "./actions";

const file = defineRoute({
  method: "post",
  path: "/v1/claims",
  operationId: "fileClaim",
  access: "public",
  tags: ["compensation"],
  summary:
    "File a no-fault compensation claim for an incident (X-Receipt-Token of the incident, or a reporter token)",
  description:
    "Answers a claim receipt token, shown only this once: the claimant reads the claim, its eligibility and " +
    "decisions with it. The claimant's identity is encrypted and shown only to the fund's administrators and regulators.",
  request: {
    headers: IncidentReceiptHeaders,
    body: { content: { "application/json": { schema: ClaimCreate } }, required: true },
  },
  responses: {
    201: jsonContent(ClaimCreated, "Filed"),
    404: problem("Unknown incident or wrong receipt token"),
    422: problem("Unknown fund, or dates that contradict each other or lie in the future"),
    429: rateLimited,
  },
});

const get = defineRoute({
  method: "get",
  path: "/v1/claims/{id}",
  operationId: "getClaim",
  access: "public",
  tags: ["compensation"],
  summary:
    "A claim: the claimant with its receipt token, the fund's administrators and regulators with theirs",
  request: { params: IdParam, headers: ClaimReceiptHeaders },
  responses: {
    200: jsonContent(Claim, "The claim"),
    404: problem("Unknown claim or wrong token"),
    429: rateLimited,
  },
});

const eligibility = defineRoute({
  method: "get",
  path: "/v1/claims/{id}/eligibility",
  operationId: "getClaimEligibility",
  access: "public",
  tags: ["compensation"],
  summary: "Eligibility rule by rule, under the rules version in force when the claim was filed",
  request: { params: IdParam, headers: ClaimReceiptHeaders },
  responses: {
    200: jsonContent(Eligibility, "Each rule's result, detail and citation"),
    404: problem("Unknown claim or wrong token"),
    429: rateLimited,
  },
});

export const claimRoutes = createRouter()
  .openapi(file, async (c) => {
    const deps = c.get("deps");
    const input = c.req.valid("json");
    const token = c.req.valid("header")["x-receipt-token"];
    return idempotentWrite<FiledClaim>(
      c,
      "POST /v1/claims",
      input,
      (record) => fileClaim(deps, c.get("principal"), input, token, (stored) => record(stored)),
      async (stored) => {
        const claim = await loadClaim(deps.db, stored.id);
        return c.json(
          {
            id: stored.id,
            status: "received",
            rules_version: claim?.rulesVersion ?? 0,
            receipt_token: stored.receipt_token,
          },
          201,
        );
      },
    );
  })
  .openapi(get, async (c) => {
    const deps = c.get("deps");
    const { claim, staff } = await claimForCaller(
      deps.db,
      c.get("principal"),
      c.req.valid("param").id,
      c.req.valid("header")["x-receipt-token"],
    );
    return c.json(await claimView(deps, claim, staff), 200);
  })
  .openapi(eligibility, async (c) => {
    const deps = c.get("deps");
    const { claim } = await claimForCaller(
      deps.db,
      c.get("principal"),
      c.req.valid("param").id,
      c.req.valid("header")["x-receipt-token"],
    );
    return c.json({ claim_id: claim.id, ...(await claimEligibility(deps.db, claim)) }, 200);
  })
  .route("/", actionRoutes);
