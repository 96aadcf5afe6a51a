import { hasRole } from "../../../../platform/auth/principal";
import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { requireIncidentScope } from "../../access";
import { assertPatientAttributesAllowed } from "../../filters/access";
import { checkDateFilters } from "../../filters/date-filters";
import { countIncidents } from "../../queries/counts";
import { labelNames } from "../../stats/names";
import { StatsQuery, StatsTable } from "../../stats/schemas";
import { buildStatsTable } from "../../stats/table";

const statsRoute = defineRoute({
  method: "get",
  path: "/v1/incidents/stats",
  operationId: "getIncidentStats",
  access: ["regulator", "developer", "provider", "deployer"],
  tags: ["incidents"],
  summary: "Exact incident counts by one or two dimensions and/or over time",
  description:
    "Same filters as the incident list. Every bucket is returned (no cap), margins included; a time " +
    "series has every period, zeros included. Incidents merged into another are not counted. With a " +
    "multi-valued dimension (risk_code, actor, foundation_model) an incident counts once per value, so " +
    "margins then count (incident, value) pairs. Regulators see exact figures; actors see only incidents " +
    "involving them, and any figure 0 < n < k is `suppressed` (with complementary suppression). Patient " +
    "attributes (age_band, sex, language, disability) are regulator-only, as filters and as group_by " +
    "dimensions: anyone else gets 403 naming the parameter, whatever the data.",
  request: { query: StatsQuery },
  responses: {
    200: jsonContent(StatsTable, "Count table"),
    403: problem(
      "Role not allowed, or a patient-attribute filter or group_by by a non-regulator (`errors` names it)",
    ),
  },
});

export const incidentStatsRoutes = createRouter().openapi(statsRoute, async (c) => {
  const { db, config } = c.get("deps");
  const principal = c.get("principal");
  const { group_by = [], interval, ...filters } = c.req.valid("query");
  checkDateFilters(c.get("deps").clock.now(), filters);
  const regulator = hasRole(principal, "regulator");
  // Before any read: an actor's answer must not depend on patient attributes at all (issue 9).
  assertPatientAttributesAllowed(filters, regulator, group_by);
  const scope = requireIncidentScope(principal);
  const counts = await countIncidents(
    db,
    filters,
    { scope, countableOnly: true, searchVisibleTextOnly: !regulator },
    group_by,
    interval,
  );
  const table = buildStatsTable(counts, group_by, interval, regulator ? 1 : config.suppressionK, {
    from: filters.occurred_from,
    to: filters.occurred_to,
  });
  return c.json({ ...table, names: await labelNames(db, table) }, 200);
});
