import type { Deps } from "../../../../deps";
import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import type { ChainMember } from "../../../registry";
import { INCIDENT_READERS, incidentAccess } from "../../access";
import { deadlineScanBatch, incidentCursor } from "../../queries/deadline-sweep";
import { incidentRegimes } from "../../services/regimes";
import type { IncidentRow } from "../../services/repo";
import { DeadlineListQuery } from "./schemas-actions";
import { DeadlinePage, IncidentDeadlines } from "./schemas-law";

/** Incidents read per step while collecting a page of deadlines. */
const SCAN_BATCH = 100;

const withReference = async (
  deps: Pick<Deps, "db" | "config">,
  incident: IncidentRow,
  now: string,
  chain?: ChainMember[],
) => {
  const { regimes, deadlines } = await incidentRegimes(deps, incident, now, chain);
  return { regimes, deadlines: deadlines.map((d) => ({ ...d, incident_reference: incident.reference })) };
};

const incidentRoute = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/deadlines",
  operationId: "getIncidentDeadlines",
  access: INCIDENT_READERS,
  tags: ["incidents"],
  summary: "Reporting deadlines per accountable actor, and which reporting regimes apply and why",
  description:
    "Every regime in force for the incident's date is listed with its applicability (time, territory, " +
    "kind of product, reportable incident). Deadlines run from each actor's own awareness; actors see " +
    "their own rows.",
  request: { params: IdParam },
  responses: {
    200: jsonContent(IncidentDeadlines, "Deadlines with status pending, met or late"),
    404: problem("Unknown incident"),
  },
});

const listRoute = defineRoute({
  method: "get",
  path: "/v1/deadlines",
  operationId: "listDeadlines",
  access: ["regulator"],
  tags: ["incidents"],
  summary: "Reporting deadlines across incidents (e.g. `status=late`), newest incidents first",
  description:
    "A page holds the deadlines of whole incidents, so it may exceed `limit` by the last incident's rows.",
  request: { query: DeadlineListQuery },
  responses: { 200: jsonContent(DeadlinePage, "A page of deadlines") },
});

export const deadlineRoutes = createRouter()
  .openapi(incidentRoute, async (c) => {
    const deps = c.get("deps");
    const { incident, chain, audience } = await incidentAccess(
      deps.db,
      c.get("principal"),
      c.req.valid("param").id,
    );
    const { regimes, deadlines } = await withReference(deps, incident, deps.clock.now().toISOString(), chain);
    const data =
      audience.kind === "regulator" ? deadlines : deadlines.filter((d) => d.actor_id === audience.actorId);
    return c.json({ data, regimes }, 200);
  })
  .openapi(listRoute, async (c) => {
    const deps = c.get("deps");
    const { status, limit, cursor } = c.req.valid("query");
    const now = deps.clock.now().toISOString();
    const data: Awaited<ReturnType<typeof withReference>>["deadlines"] = [];
    let position = cursor;
    let exhausted = false;
    while (data.length < limit && !exhausted) {
      const rows = await deadlineScanBatch(deps.db, position, SCAN_BATCH);
      exhausted = rows.length < SCAN_BATCH;
      for (const row of rows) {
        const { deadlines } = await withReference(deps, row, now);
        data.push(...deadlines.filter((d) => !status || d.status === status));
        position = incidentCursor(row);
        if (data.length >= limit) {
          exhausted = exhausted && row === rows.at(-1);
          break;
        }
      }
      if (rows.length === 0) exhausted = true;
    }
    return c.json({ data, next_cursor: exhausted ? null : (position ?? null) }, 200);
  });
