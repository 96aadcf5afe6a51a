import { conflict, invalidField } from "../../../../platform/errors";
import { defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { checkIncidentTransition, checkMerge, type IncidentStatus } from "../../domain/workflow";
import { loadIncident } from "../../services/repo";
import { incidentDetail } from "../../services/views";
import { commitMerge, commitTransition } from "../../services/workflow";
import { MergeCreate, TransitionCreate } from "./schemas-actions";
import { IncidentDetail, TransitionResult } from "./schemas-views";

const transitionRoute = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/transitions",
  operationId: "transitionIncident",
  access: ["regulator"],
  tags: ["incidents"],
  summary: "Move the incident through received → triaged → under_investigation → closed",
  request: { params: IdParam, ...jsonBody(TransitionCreate) },
  responses: {
    201: jsonContent(TransitionResult, "The transition"),
    404: problem("Unknown incident"),
    409: problem("Not allowed from the current status (`allowed` lists what is)"),
  },
});

const mergeRoute = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/merge",
  operationId: "mergeIncident",
  access: ["regulator"],
  tags: ["incidents"],
  summary: "Merge this incident into another as a duplicate; every report and the audit trail are kept",
  description:
    "The merged incident is closed (duplicate) and points to `into`; its reports then appear on `into`.",
  request: { params: IdParam, ...jsonBody(MergeCreate) },
  responses: {
    200: jsonContent(IncidentDetail, "The target incident with all reports"),
    404: problem("Unknown incident"),
    409: problem("Already merged, or merging into itself or into a merged incident"),
    422: problem("Unknown target"),
  },
});

export const workflowRoutes = createRouter()
  .openapi(transitionRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const incident = await loadIncident(deps.db, c.req.valid("param").id);
    const { to, closure, reason } = c.req.valid("json");
    const from = incident.status as IncidentStatus;
    const check = checkIncidentTransition(from, to, closure, incident.mergedIntoId);
    if (!check.ok) throw conflict(check.reason, { from, allowed: check.allowed });
    const at = deps.clock.now().toISOString();
    await commitTransition(deps, principal, incident, { from, to, closure: closure ?? null, reason, at });
    return c.json({ incident_id: incident.id, from, to, closure: closure ?? null, reason, at }, 201);
  })
  .openapi(mergeRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const source = await loadIncident(deps.db, c.req.valid("param").id);
    const { into, reason } = c.req.valid("json");
    const target = await loadIncident(deps.db, into).catch(() => {
      throw invalidField("body", "into", `no incident ${into}`);
    });
    const refusal = checkMerge(source, target);
    if (refusal) throw conflict(refusal);
    const at = deps.clock.now().toISOString();
    await commitMerge(deps, principal, source, target, reason ?? null, at);
    return c.json(await incidentDetail(deps.db, target, { kind: "regulator" }, deps.dataKey), 200);
  });
