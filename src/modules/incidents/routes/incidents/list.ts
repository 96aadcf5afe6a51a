import { hasRole } from "../../../../platform/auth/principal";
import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { requireIncidentScope } from "../../access";
import { assertPatientAttributesAllowed } from "../../filters/access";
import { checkDateFilters } from "../../filters/date-filters";
import { pageIncidents } from "../../queries";
import { reportCountsOf } from "../../queries/incidents";
import { riskCodesOf, sharedFields } from "../../services/views";
import { IncidentListQuery, Page } from "./schemas-actions";

const listRoute = defineRoute({
  method: "get",
  path: "/v1/incidents",
  operationId: "listIncidents",
  access: ["regulator", "developer", "provider", "deployer"],
  tags: ["incidents"],
  summary: "List incidents, newest first (regulators: all; actors: those involving their products)",
  description:
    "Actors always get the incidents in whose value chain they stand (`mine=true` states it), redacted: " +
    "their products, products built on them (by the harming version's pinned bases when it has any, else " +
    "by product lineage) and their deployments, exactly the incidents GET /v1/incidents/{id} shows them; " +
    "patient-attribute filters (age_band, sex, language, disability) are regulator-only (403 otherwise).",
  request: { query: IncidentListQuery },
  responses: {
    200: jsonContent(Page, "A page of incident summaries"),
    403: problem("Role not allowed, or a patient-attribute filter by a non-regulator (`errors` names it)"),
  },
});

export const listRoutes = createRouter().openapi(listRoute, async (c) => {
  const { db, clock } = c.get("deps");
  const principal = c.get("principal");
  const query = c.req.valid("query");
  checkDateFilters(clock.now(), query);
  const regulator = hasRole(principal, "regulator");
  // Filters, sort and keyset paging: the shared query layer (issue 6); scope and redaction stay here.
  assertPatientAttributesAllowed(query, regulator);
  const { rows: page, nextCursor } = await pageIncidents(
    db,
    query,
    {
      scope: requireIncidentScope(principal),
      searchVisibleTextOnly: !regulator,
    },
    query,
  );
  const ids = page.map((r) => r.id);
  const [risks, counts] = await Promise.all([riskCodesOf(db, ids), reportCountsOf(db, ids)]);
  const data = page.map((r) => ({
    ...sharedFields(r, risks.get(r.id) ?? [], null),
    reports_count: counts.find((x) => x.id === r.id)?.n ?? 0,
    ...(regulator ? { product_name_text: r.productNameText } : {}),
  }));
  return c.json({ data, next_cursor: nextCursor }, 200);
});
