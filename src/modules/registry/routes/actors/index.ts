import { hasRole, type Principal } from "../../../../platform/auth/principal";
import { toPage } from "../../../../platform/http/cursor";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { type ActorRow, listActors, loadActor } from "../../queries/actors";
import { createActor, loadCreatedActor } from "../../services/actors";
import { ActorCreate, ActorListQuery, ActorPage, ActorView } from "./schemas";

const canSeeContact = (p: Principal, actorId: string) =>
  hasRole(p, "regulator", "admin") || (p.kind === "user" && p.actorId === actorId);

/** Allow-listed view: contact data is added only for callers entitled to it. */
export function actorView(row: ActorRow, principal: Principal) {
  return {
    id: row.id,
    name: row.name,
    roles: row.roles,
    country: row.country,
    identifiers: row.identifiers,
    created_at: row.createdAt,
    ...(canSeeContact(principal, row.id) ? { contact_email: row.contactEmail } : {}),
  };
}

const create = defineRoute({
  method: "post",
  path: "/v1/actors",
  operationId: "registerActor",
  access: ["admin", "regulator"],
  tags: ["registry"],
  summary: "Register a value-chain organisation",
  request: creatingBody(ActorCreate),
  responses: { 201: jsonContent(ActorView, "Created") },
});

const list = defineRoute({
  method: "get",
  path: "/v1/actors",
  operationId: "listActors",
  access: "public",
  tags: ["registry"],
  summary: "List actors (public fields; contact data only for regulators and the actor itself)",
  request: { query: ActorListQuery },
  responses: { 200: jsonContent(ActorPage, "A page of actors") },
});

const get = defineRoute({
  method: "get",
  path: "/v1/actors/{id}",
  operationId: "getActor",
  access: "public",
  tags: ["registry"],
  summary: "One actor",
  request: { params: IdParam },
  responses: { 200: jsonContent(ActorView, "The actor"), 404: problem("Unknown actor") },
});

export const actorRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await loadCreatedActor(deps, id);
      c.header("Location", `/v1/actors/${id}`);
      return c.json(actorView(row, principal), 201);
    };
    return idempotentCreate(
      c,
      "POST /v1/actors",
      input,
      (record) => createActor(deps, principal, input, record),
      render,
    );
  })
  .openapi(list, async (c) => {
    const query = c.req.valid("query");
    const rows = await listActors(c.get("deps").db, query);
    const { page, next_cursor } = toPage(rows, query.limit, (r) => [r.name, r.id]);
    return c.json({ data: page.map((r) => actorView(r, c.get("principal"))), next_cursor }, 200);
  })
  .openapi(get, async (c) => {
    const row = await loadActor(c.get("deps").db, c.req.valid("param").id);
    return c.json(actorView(row, c.get("principal")), 200);
  });
