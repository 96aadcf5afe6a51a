import { defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { Recourse, RecourseClose } from "../../schemas/api";
import { closeRecourse, recourseFor } from "../../services/recourse";

const get = defineRoute({
  method: "get",
  path: "/v1/recourse/{id}",
  operationId: "getRecourse",
  access: ["fund_admin", "regulator", "developer", "provider", "deployer"],
  tags: ["compensation"],
  summary: "A recourse claim: for the fund's staff, and for the actor it is against (never the claimant)",
  request: { params: IdParam },
  responses: { 200: jsonContent(Recourse, "The recourse claim"), 404: problem("Unknown, or not yours") },
});

const close = defineRoute({
  method: "post",
  path: "/v1/recourse/{id}/outcome",
  operationId: "closeRecourse",
  access: ["fund_admin"],
  tags: ["compensation"],
  summary: "Settle (with the amount recovered, credited to the fund's cash) or dismiss a recourse claim",
  request: { params: IdParam, ...jsonBody(RecourseClose) },
  responses: {
    200: jsonContent(Recourse, "Closed"),
    404: problem("Unknown recourse claim"),
    409: problem("Already closed"),
    422: problem("Recovered more than was claimed"),
  },
});

export const recourseRoutes = createRouter()
  .openapi(get, async (c) =>
    c.json(await recourseFor(c.get("deps").db, c.get("principal"), c.req.valid("param").id), 200),
  )
  .openapi(close, async (c) => {
    const deps = c.get("deps");
    const { id } = c.req.valid("param");
    await closeRecourse(deps, c.get("principal"), id, c.req.valid("json"));
    return c.json(await recourseFor(deps.db, c.get("principal"), id), 200);
  });
