import { and, asc, eq, like, type SQL, sql } from "drizzle-orm";
import { hasRole, type Principal } from "../../../../platform/auth/principal";
import { newId } from "../../../../platform/crypto/ids";
import { rowById } from "../../../../platform/db/by-id";
import { commitWithAudit } from "../../../../platform/db/commit";
import { afterKey } from "../../../../platform/db/keyset";
import { notFound } from "../../../../platform/errors";
import { CursorKey, toPage } from "../../../../platform/http/cursor";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { actors } from "../../schema";
import { ActorCreate, ActorListQuery, ActorPage, ActorView } from "./schemas";

type ActorRow = typeof actors.$inferSelect;

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
      const row = await rowById(deps.db, actors, id, "Actor");
      c.header("Location", `/v1/actors/${id}`);
      return c.json(actorView(row, principal), 201);
    };
    return idempotentCreate(
      c,
      "POST /v1/actors",
      input,
      async (record) => {
        const row: ActorRow = {
          id: newId(),
          name: input.name,
          roles: input.roles,
          country: input.country,
          contactEmail: input.contact_email,
          identifiers: input.identifiers ?? {},
          createdAt: deps.clock.now().toISOString(),
        };
        const recorded = await record(row.id);
        await commitWithAudit(deps, principal, () => [deps.db.insert(actors).values(row), ...recorded], [
          { action: "actor.create", entity: "actor", entityId: row.id, payload: row },
        ]);
        return row.id;
      },
      render,
    );
  })
  .openapi(list, async (c) => {
    const { role, country, q, limit, cursor } = c.req.valid("query");
    const where: (SQL | undefined)[] = [];
    if (role) where.push(sql`exists (select 1 from json_each(${actors.roles}) where value = ${role})`);
    if (country) where.push(eq(actors.country, country));
    if (q) where.push(like(actors.name, `%${q.replace(/[%_\\]/g, "\\$&")}%`));
    if (cursor) {
      where.push(afterKey(cursor, actors.name, actors.id, "asc", CursorKey.nameId));
    }
    const rows = await c
      .get("deps")
      .db.select()
      .from(actors)
      .where(and(...where))
      .orderBy(asc(actors.name), asc(actors.id))
      .limit(limit + 1);
    const { page, next_cursor } = toPage(rows, limit, (r) => [r.name, r.id]);
    return c.json({ data: page.map((r) => actorView(r, c.get("principal"))), next_cursor }, 200);
  })
  .openapi(get, async (c) => {
    const [row] = await c
      .get("deps")
      .db.select()
      .from(actors)
      .where(eq(actors.id, c.req.valid("param").id));
    if (!row) throw notFound("Actor");
    return c.json(actorView(row, c.get("principal")), 200);
  });
