import { creatingBody, defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { assertReadsFund } from "../../access";
import {
  Contribution,
  ContributionCreate,
  ContributionList,
  Fund,
  FundCreate,
  FundList,
  RulesPublished,
} from "../../schemas/api";
import { FundRulesSchema } from "../../schemas/rules";
import { contributionById, contributionsOf, recordContribution } from "../../services/contributions";
import { createFund, fundSummary, fundView, listFunds, publishRules, rulesView } from "../../services/funds";
import { ledgerRoutes } from "./books";

const create = defineRoute({
  method: "post",
  path: "/v1/funds",
  operationId: "createFund",
  access: ["admin"],
  tags: ["compensation"],
  summary: "Create a no-fault compensation fund with its first published rules",
  description:
    "The rules (harm table, exclusions, filing deadlines, award schedule, caps, appeal window) are published " +
    "data, each part with its citation. A fund administrator then manages the fund with a token naming it (`fund_id`).",
  request: creatingBody(FundCreate),
  responses: { 201: jsonContent(Fund, "Created"), 422: problem("Unknown catalog code in the rules") },
});

const list = defineRoute({
  method: "get",
  path: "/v1/funds",
  operationId: "listFunds",
  access: "public",
  tags: ["compensation"],
  summary: "The registry's compensation funds",
  responses: { 200: jsonContent(FundList, "Funds") },
});

const get = defineRoute({
  method: "get",
  path: "/v1/funds/{id}",
  operationId: "getFund",
  access: "public",
  tags: ["compensation"],
  summary: "A fund with its current rules and the history of rule versions",
  request: { params: IdParam },
  responses: { 200: jsonContent(Fund, "The fund"), 404: problem("Unknown fund") },
});

const putRules = defineRoute({
  method: "put",
  path: "/v1/funds/{id}/rules",
  operationId: "publishFundRules",
  access: ["fund_admin"],
  tags: ["compensation"],
  summary: "Publish a new version of the fund's rules, in force from now",
  description: "Claims already filed are judged under the version in force when they were filed.",
  request: { params: IdParam, ...jsonBody(FundRulesSchema) },
  responses: {
    200: jsonContent(RulesPublished, "The new version"),
    404: problem("Unknown fund"),
    409: problem("Another version was published meanwhile"),
    422: problem("Unknown catalog code in the rules"),
  },
});

const contribute = defineRoute({
  method: "post",
  path: "/v1/funds/{id}/contributions",
  operationId: "recordContribution",
  access: ["fund_admin"],
  tags: ["compensation"],
  summary: "Record a levy paid into the fund by a developer, provider or deployer",
  request: { params: IdParam, ...creatingBody(ContributionCreate) },
  responses: {
    201: jsonContent(Contribution, "Recorded"),
    404: problem("Unknown fund"),
    422: problem("Unknown actor, or not a value-chain actor"),
  },
});

const contributions = defineRoute({
  method: "get",
  path: "/v1/funds/{id}/contributions",
  operationId: "listContributions",
  access: ["fund_admin", "regulator"],
  tags: ["compensation"],
  summary: "The levies paid into the fund",
  request: { params: IdParam },
  responses: { 200: jsonContent(ContributionList, "Contributions"), 404: problem("Unknown fund") },
});

export const fundRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const input = c.req.valid("json");
    return idempotentCreate(
      c,
      "POST /v1/funds",
      { body: input },
      (record) => createFund(deps, c.get("principal"), input, record),
      async (id) => c.json(await fundView(deps.db, id), 201),
    );
  })
  .openapi(list, async (c) => c.json({ data: (await listFunds(c.get("deps").db)).map(fundSummary) }, 200))
  .openapi(get, async (c) => c.json(await fundView(c.get("deps").db, c.req.valid("param").id), 200))
  .openapi(putRules, async (c) => {
    const deps = c.get("deps");
    const row = await publishRules(deps, c.get("principal"), c.req.valid("param").id, c.req.valid("json"));
    return c.json(rulesView(row), 200);
  })
  .openapi(contribute, async (c) => {
    const deps = c.get("deps");
    const { id } = c.req.valid("param");
    const input = c.req.valid("json");
    return idempotentCreate(
      c,
      `POST /v1/funds/${id}/contributions`,
      { body: input },
      (record) => recordContribution(deps, c.get("principal"), id, input, record),
      async (tx) => c.json(await contributionById(deps.db, id, tx), 201),
    );
  })
  .openapi(contributions, async (c) => {
    const deps = c.get("deps");
    const { id } = c.req.valid("param");
    const fund = await fundView(deps.db, id);
    assertReadsFund(c.get("principal"), fund.id);
    return c.json({ data: await contributionsOf(deps.db, id) }, 200);
  })
  .route("/", ledgerRoutes);
