import { and, count, inArray } from "drizzle-orm";
import { actingActorId, hasRole } from "../../auth/principal";
import * as t from "../../db/schema";
import { defineRoute, jsonContent } from "../../lib/route";
import { createRouter } from "../../lib/router";
import { buildIncidentFilters, INCIDENT_ORDER, incidentCursor } from "./filters";
import { involvingActor } from "./involvement";
import { IncidentListQuery, Page } from "./schemas-actions";
import { riskCodesOf, sharedFields } from "./views";

const listRoute = defineRoute({
  method: "get",
  path: "/v1/incidents",
  access: ["regulator", "developer", "provider", "deployer"],
  tags: ["incidents"],
  summary: "List incidents, newest first (regulators: all; actors: those involving their products)",
  description:
    "Actors always get the incidents involving products they develop or provide, products built on " +
    "those (descendants of their foundation models) and their deployments (`mine=true` states it), redacted.",
  request: { query: IncidentListQuery },
  responses: { 200: jsonContent(Page, "A page of incident summaries") },
});

export const listRoutes = createRouter().openapi(listRoute, async (c) => {
  const { db } = c.get("deps");
  const principal = c.get("principal");
  const query = c.req.valid("query");
  const where = buildIncidentFilters(query);
  const actorId = actingActorId(principal);
  if (actorId !== undefined) where.push(involvingActor(actorId));
  const rows = await db
    .select()
    .from(t.incidents)
    .where(and(...where))
    .orderBy(...INCIDENT_ORDER)
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const ids = page.map((r) => r.id);
  const [risks, counts] = await Promise.all([
    riskCodesOf(db, ids),
    ids.length
      ? db
          .select({ id: t.reports.incidentId, n: count() })
          .from(t.reports)
          .where(inArray(t.reports.incidentId, ids))
          .groupBy(t.reports.incidentId)
      : Promise.resolve([]),
  ]);
  const regulator = hasRole(principal, "regulator");
  const data = page.map((r) => ({
    ...sharedFields(r, risks.get(r.id) ?? [], null),
    reports_count: counts.find((x) => x.id === r.id)?.n ?? 0,
    ...(regulator ? { product_name_text: r.productNameText } : {}),
  }));
  const last = page.at(-1);
  return c.json({ data, next_cursor: rows.length > query.limit && last ? incidentCursor(last) : null }, 200);
});
