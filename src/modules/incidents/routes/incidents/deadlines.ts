import type { Db } from "../../../../platform/db/client";
import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import type { ChainMember } from "../../../registry";
import { loadIncidentChain } from "../../../registry";
import { INCIDENT_READERS, incidentAccess } from "../../access";
import {
  type ComputedDeadline,
  computeDeadlines,
  type DeadlineActor,
  matchesPredicate,
} from "../../domain/deadlines";
import { REPORTING_RULESETS } from "../../domain/reporting-rulesets";
import { deadlineScanBatch, incidentCursor } from "../../queries/deadline-sweep";
import { familyReports, type IncidentRow } from "../../services/repo";
import { DataList, DeadlineListQuery, Page } from "./schemas-actions";

/** Incidents read per step while collecting a page of deadlines. */
const SCAN_BATCH = 100;

/**
 * The chain's actors, each once, nearest first. The role a ruleset's `applies_to_roles` is matched
 * against is the actor's role on the harming product itself ("provider" wins there, as the party that
 * placed it on the market), or `upstream_<role>` when it is in the chain only through a model under it.
 */
function chainActors(chain: readonly ChainMember[]): { actorId: string; role: string }[] {
  const roleOf = (m: ChainMember) => (m.via_lineage ? `upstream_${m.role}` : m.role);
  const out = new Map<string, string>();
  for (const m of chain) {
    if (!out.has(m.actor_id) || roleOf(m) === "provider") out.set(m.actor_id, roleOf(m));
  }
  return [...out].map(([actorId, role]) => ({ actorId, role }));
}

/**
 * Each accountable actor's reporting deadlines for one incident, under every ruleset in force. A merged
 * duplicate has none of its own: its reports count on the incident it was merged into. An actor's own
 * reports (on the incident or its merged duplicates) meet its deadlines.
 */
export async function incidentDeadlines(
  db: Db,
  incident: IncidentRow,
  now: string,
  /** The incident's value chain when the caller has it already (the access check resolves it). */
  chain?: ChainMember[],
): Promise<ComputedDeadline[]> {
  if (incident.mergedIntoId !== null) return [];
  const deadlineIncident = {
    id: incident.id,
    event_type: incident.eventType,
    severity: incident.severity,
    aware_at: incident.awareAt,
    received_at: incident.receivedAt,
    widespread_infringement: incident.widespreadInfringement,
    critical_infrastructure_disruption: incident.criticalInfrastructureDisruption,
  };
  // Most reports are not serious incidents under any ruleset: decide that before any look-up.
  const rulesets = REPORTING_RULESETS.filter((r) => matchesPredicate(r.trigger, deadlineIncident));
  if (rulesets.length === 0) return [];
  const [members, reports] = await Promise.all([
    chain ?? loadIncidentChain(db, incident),
    familyReports(db, incident.id),
  ]);
  const actors: DeadlineActor[] = chainActors(members).map((a) => ({
    actor_id: a.actorId,
    role_in_chain: a.role,
    became_aware_at: incident.productMatchedAt,
    reports: reports
      .filter((r) => r.actorId === a.actorId && r.filing !== null)
      .map((r) => ({ submitted_at: r.submittedAt, kind: r.filing as "initial" | "complete" })),
  }));
  return rulesets.flatMap((ruleset) =>
    computeDeadlines({ ruleset, incident: deadlineIncident, actors, now }),
  );
}

const incidentRoute = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/deadlines",
  operationId: "getIncidentDeadlines",
  access: INCIDENT_READERS,
  tags: ["incidents"],
  summary: "Reporting deadlines per accountable actor (EU AI Act Art. 73 ruleset); actors see their own",
  request: { params: IdParam },
  responses: {
    200: jsonContent(DataList, "Deadlines with status pending, met or late"),
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
  responses: { 200: jsonContent(Page, "A page of deadlines") },
});

export const deadlineRoutes = createRouter()
  .openapi(incidentRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const { incident, chain, audience } = await incidentAccess(deps.db, principal, c.req.valid("param").id);
    const all = await incidentDeadlines(deps.db, incident, deps.clock.now().toISOString(), chain);
    const data = audience.kind === "regulator" ? all : all.filter((d) => d.actor_id === audience.actorId);
    return c.json({ data: data.map((d) => ({ ...d, incident_reference: incident.reference })) }, 200);
  })
  .openapi(listRoute, async (c) => {
    const deps = c.get("deps");
    const { status, limit, cursor } = c.req.valid("query");
    const now = deps.clock.now().toISOString();
    const data: Record<string, unknown>[] = [];
    let position = cursor;
    let exhausted = false;
    while (data.length < limit && !exhausted) {
      const rows = await deadlineScanBatch(deps.db, position, SCAN_BATCH);
      exhausted = rows.length < SCAN_BATCH;
      for (const row of rows) {
        const found = (await incidentDeadlines(deps.db, row, now)).filter(
          (d) => !status || d.status === status,
        );
        data.push(...found.map((d) => ({ ...d, incident_reference: row.reference })));
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
