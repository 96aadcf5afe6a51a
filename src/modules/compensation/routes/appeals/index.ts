import { defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { AppealDecisionCreate, Decision } from "../../schemas/api";
import { decideAppeal, decisionView } from "../../services/decisions";

const decide = defineRoute({
  method: "post",
  path: "/v1/appeals/{id}/decision",
  operationId: "decideAppeal",
  access: ["fund_admin"],
  tags: ["compensation"],
  summary: "Decide an appeal: allowed (with the new decision and award) or dismissed (the decision stands)",
  description:
    "The same caps and override rule apply as to a first decision; an award may not fall below what was paid.",
  request: { params: IdParam, ...jsonBody(AppealDecisionCreate) },
  responses: {
    201: jsonContent(Decision, "Decided"),
    404: problem("Unknown appeal"),
    409: problem("Already decided"),
    422: problem("Above a cap, below what was paid, or an override reason is missing"),
  },
});

export const appealRoutes = createRouter().openapi(decide, async (c) => {
  const row = await decideAppeal(
    c.get("deps"),
    c.get("principal"),
    c.req.valid("param").id,
    c.req.valid("json"),
  );
  return c.json(decisionView(row), 201);
});
