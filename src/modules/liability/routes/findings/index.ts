import { toPage } from "../../../../platform/http/cursor";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { idempotentCreate } from "../../../../platform/idempotency";
import { findingView } from "../../services/evidence";
import { findingById, listFindings, recordFinding } from "../../services/findings";
import { Finding, FindingCreate, FindingPage, FindingQuery } from "./schemas";

const create = defineRoute({
  method: "post",
  path: "/v1/findings",
  operationId: "recordFinding",
  access: ["regulator"],
  tags: ["liability"],
  summary: "Record a regulator's or court's finding on an actor's obligation",
  description:
    "Append-only; the latest recorded finding on a duty supersedes earlier ones and outranks attestations.",
  request: creatingBody(FindingCreate),
  responses: {
    201: jsonContent(Finding, "Recorded"),
    422: problem("Unknown actor, product or obligation, or a decision dated in the future"),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/findings",
  operationId: "listFindings",
  access: "public",
  tags: ["liability"],
  summary: "Findings, newest recorded first (public record, like published enforcement decisions)",
  request: { query: FindingQuery },
  responses: { 200: jsonContent(FindingPage, "A page of findings") },
});

export const findingRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await findingById(deps.db, id);
      return c.json(findingView(row), 201);
    };
    return idempotentCreate(
      c,
      "POST /v1/findings",
      input,
      (record) => recordFinding(deps, principal, input, record),
      render,
    );
  })
  .openapi(list, async (c) => {
    const query = c.req.valid("query");
    const rows = await listFindings(c.get("deps").db, query);
    const { page, next_cursor } = toPage(rows, query.limit, (r) => [r.recordedAt, r.id]);
    return c.json({ data: page.map(findingView), next_cursor }, 200);
  });
