import { defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { INCIDENT_READERS, incidentAccess } from "../../access";
import { flagValues } from "../../domain/flags";
import { commitIncidentUpdate } from "../../services/incident-update";
import { loadIncident, resolveProductRefs } from "../../services/repo";
import { incidentDetail } from "../../services/views";
import { IncidentPatch } from "./schemas-actions";
import { IncidentDetail } from "./schemas-views";

const getRoute = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}",
  operationId: "getIncident",
  access: INCIDENT_READERS,
  tags: ["incidents"],
  summary: "An incident with its reports, redacted for the caller",
  description:
    "Regulators see reporter contact (decrypted), patient attributes and every text. Others get an " +
    "allow-listed view without reporter identity or text flagged as identifying; actors only for incidents " +
    "in their value chain (404 otherwise).",
  request: { params: IdParam },
  responses: {
    200: jsonContent(IncidentDetail, "The incident"),
    404: problem("Unknown incident, or not yours"),
  },
});

const patchRoute = defineRoute({
  method: "patch",
  path: "/v1/incidents/{id}",
  operationId: "updateIncident",
  access: ["regulator"],
  tags: ["incidents"],
  summary: "Match the incident to a registered product, set Art. 73 flags, or flag its text as identifying",
  description: "Reporters' words are never changed: only the regulator's classification of the incident is.",
  request: { params: IdParam, ...jsonBody(IncidentPatch) },
  responses: {
    200: jsonContent(IncidentDetail, "The updated incident"),
    404: problem("Unknown incident"),
    409: problem("Changed concurrently"),
    422: problem("Unknown product, version or deployment"),
  },
});

export const getRoutes = createRouter()
  .openapi(getRoute, async (c) => {
    const deps = c.get("deps");
    const { incident, audience } = await incidentAccess(deps.db, c.get("principal"), c.req.valid("param").id);
    return c.json(await incidentDetail(deps.db, incident, audience, deps.dataKey), 200);
  })
  .openapi(patchRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const incident = await loadIncident(deps.db, c.req.valid("param").id);
    const patch = c.req.valid("json");
    const at = deps.clock.now().toISOString();
    const matching =
      patch.product_id !== undefined ||
      patch.product_version_id !== undefined ||
      patch.deployment_id !== undefined;
    const refs = matching ? await resolveProductRefs(deps.db, patch) : undefined;
    const productChanged = refs !== undefined && refs.productId !== incident.productId;
    const set = {
      ...(refs
        ? { productId: refs.productId, productVersionId: refs.versionId, deploymentId: refs.deploymentId }
        : {}),
      // The accountable actors learn of the incident when it is tied to their product: their clock starts then.
      ...(productChanged ? { productMatchedAt: at } : {}),
      ...flagValues(patch),
      ...(patch.description_identifying !== undefined
        ? { descriptionIdentifying: patch.description_identifying }
        : {}),
      updatedAt: at,
    };
    await commitIncidentUpdate(deps, principal, incident, set, productChanged, Object.keys(patch).sort());
    const after = await loadIncident(deps.db, incident.id);
    return c.json(await incidentDetail(deps.db, after, { kind: "regulator" }, deps.dataKey), 200);
  });
