import { and, eq, isNull } from "drizzle-orm";
import { sealedContentOf } from "../../../../platform/audit/seal";
import { commitWithAudit, precondition } from "../../../../platform/db/commit";
import { conflict, invalidField } from "../../../../platform/errors";
import { defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { checkIncidentTransition, checkMerge, type IncidentStatus } from "../../domain/workflow";
import { INCIDENT_SEAL, stillSealedAs } from "../../incident-seal";
import * as t from "../../schema";
import { eventInsert } from "./events";
import { incidentRowsWhere, loadIncident } from "./repo";
import { MergeCreate, TransitionCreate } from "./schemas-actions";
import { IncidentDetail, TransitionResult } from "./schemas-views";
import { incidentDetail } from "./views";

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
    const changes = { status: to, closure: closure ?? null, updatedAt: at };
    await commitWithAudit(
      deps,
      principal,
      ([seal]) => [
        // Guarded on the status and seal we read: of two concurrent changes only one applies.
        precondition(
          deps,
          incidentRowsWhere(
            deps.db,
            and(eq(t.incidents.id, incident.id), eq(t.incidents.status, from), stillSealedAs(incident)),
          ),
        ),
        deps.db
          .update(t.incidents)
          .set({ ...changes, ...seal })
          .where(eq(t.incidents.id, incident.id)),
        eventInsert(deps.db, principal, incident.id, "status_changed", at, {
          from,
          to,
          closure: closure ?? null,
          detail: { reason },
        }),
      ],
      [
        {
          action: "incident.transition",
          entity: "incident",
          entityId: incident.id,
          // The incident as it now is; the reason is in the incident's history (incident_events).
          payload: sealedContentOf(INCIDENT_SEAL, { ...incident, ...changes }),
        },
      ],
    );
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
    const changes = { status: "closed", closure: "duplicate", mergedIntoId: target.id, updatedAt: at };
    await commitWithAudit(
      deps,
      principal,
      ([seal]) => [
        precondition(
          deps,
          incidentRowsWhere(
            deps.db,
            and(eq(t.incidents.id, source.id), isNull(t.incidents.mergedIntoId), stillSealedAs(source)),
          ),
        ),
        precondition(
          deps,
          incidentRowsWhere(deps.db, and(eq(t.incidents.id, target.id), isNull(t.incidents.mergedIntoId))),
        ),
        deps.db
          .update(t.incidents)
          .set({ ...changes, ...seal })
          .where(eq(t.incidents.id, source.id)),
        eventInsert(deps.db, principal, source.id, "merged_into", at, {
          from: source.status,
          to: "closed",
          closure: "duplicate",
          detail: { into_reference: target.reference, reason: reason ?? null },
        }),
        eventInsert(deps.db, principal, target.id, "merged_from", at, {
          detail: { from_reference: source.reference },
        }),
      ],
      [
        {
          action: "incident.merge",
          entity: "incident",
          entityId: source.id,
          payload: sealedContentOf(INCIDENT_SEAL, { ...source, ...changes }),
        },
      ],
    );
    return c.json(
      await incidentDetail(deps.db, target, { kind: "regulator" }, deps.config.dataEncryptionKey),
      200,
    );
  });
