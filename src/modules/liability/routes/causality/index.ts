import { invalidField } from "../../../../platform/errors";
import { defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { INCIDENT_READERS } from "../../../incidents";
import { evaluateCausality, incidentLiability, timeLimits } from "../../domain/causality";
import { evaluationMode, rulesetApplicability } from "../../services/applicability";
import { freezeAssessment, loadAssessment } from "../../services/causality";
import { frozenView, incidentResultFor, visibleRows } from "../../services/causality-view";
import { buildCausalityInput, loadLiabilityIncident } from "../../services/services";
import { Analysis, CausalityQuery, FreezeCreate, Frozen } from "./schemas";

const analyse = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/causality",
  operationId: "getCausality",
  access: INCIDENT_READERS,
  tags: ["liability"],
  summary: "Presumption-of-causality analysis per value-chain actor under a ruleset, as of the harm",
  description: "Regulators and claim handlers (fund_admin) see every actor; an actor sees only its own rows.",
  request: { params: IdParam, query: CausalityQuery },
  responses: {
    200: jsonContent(Analysis, "Condition by condition"),
    404: problem("Unknown incident"),
    422: problem("Unknown ruleset"),
  },
});

const freeze = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/causality-assessments",
  operationId: "freezeCausalityAssessment",
  access: ["regulator", "fund_admin"],
  tags: ["liability"],
  summary: "Freeze the analysis for a claim or court, with SHA-256 hashes of its inputs",
  request: { params: IdParam, ...jsonBody(FreezeCreate) },
  responses: {
    201: jsonContent(Frozen, "Stored"),
    404: problem("Unknown incident"),
    422: problem("Unknown ruleset"),
  },
});

const getFrozen = defineRoute({
  method: "get",
  path: "/v1/causality-assessments/{id}",
  operationId: "getCausalityAssessment",
  access: INCIDENT_READERS,
  tags: ["liability"],
  summary: "A frozen assessment, re-checked against its stored input",
  request: { params: IdParam },
  responses: { 200: jsonContent(Frozen, "The assessment"), 404: problem("Unknown assessment") },
});

export const causalityRoutes = createRouter()
  .openapi(analyse, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const query = c.req.valid("query");
    const ruleset = c.get("rulesets").get(query.ruleset);
    if (!ruleset) throw invalidField("query", "ruleset", `unknown ruleset ${query.ruleset}`);
    const li = await loadLiabilityIncident(deps.db, principal, c.req.valid("param").id);
    const now = deps.clock.now().toISOString();
    const applicability = await rulesetApplicability(deps, li, ruleset, now);
    const mode = evaluationMode(applicability, query.hypothetical === "true", "query.hypothetical");
    const input = mode.evaluate ? await buildCausalityInput(deps.db, li, ruleset, now) : undefined;
    const all = input ? evaluateCausality(input) : [];
    const assessments = visibleRows(principal, all, query.actor_id);
    const limits = input ? timeLimits(ruleset, input.incident, now) : undefined;
    return c.json(
      {
        incident_id: li.incident.id,
        ruleset: ruleset.id,
        ruleset_version: ruleset.version,
        as_of: li.incident.occurredAt,
        evaluated_at: now,
        applicability,
        hypothetical: mode.hypothetical,
        ...(ruleset.banner ? { banner: ruleset.banner } : {}),
        assessments,
        ...(limits ? { time_limits: limits } : {}),
        // Whom the victim can claim from concerns every actor: an actor sees the answer only as regulators
        // and claim handlers do when it is itself among those named (its own exposure).
        ...(input
          ? {
              incident_result: incidentResultFor(
                principal,
                incidentLiability(ruleset, all, limits, input?.allocations),
              ),
            }
          : {}),
      },
      200,
    );
  })
  .openapi(freeze, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const body = c.req.valid("json");
    const ruleset = c.get("rulesets").get(body.ruleset);
    if (!ruleset) throw invalidField("body", "ruleset", `unknown ruleset ${body.ruleset}`);
    const li = await loadLiabilityIncident(deps.db, principal, c.req.valid("param").id);
    const applicability = await rulesetApplicability(deps, li, ruleset, deps.clock.now().toISOString());
    const mode = evaluationMode(applicability, body.hypothetical, "body.ruleset");
    const row = await freezeAssessment(deps, principal, li, ruleset, {
      applicability,
      hypothetical: mode.hypothetical,
    });
    return c.json(await frozenView(principal, row), 201);
  })
  .openapi(getFrozen, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const row = await loadAssessment(deps.db, principal, c.req.valid("param").id);
    return c.json(await frozenView(principal, row), 200);
  });
