import type { Unsealed } from "../../../../platform/audit/seal";
import { actingActorId, type Principal } from "../../../../platform/auth/principal";
import { forbidden, invalidField } from "../../../../platform/errors";
import { defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { INCIDENT_READERS } from "../../../incidents";
import { type ActorAssessment, type CausalityInput, evaluateCausality } from "../../domain/causality";
import type * as t from "../../schema";
import { evaluationMode, rulesetApplicability } from "../../services/applicability";
import { freezeAssessment, hashOf, loadAssessment } from "../../services/causality";
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

/** Regulators and claim handlers see all rows; an actor only its own (naming another is forbidden). */
function visibleRows(principal: Principal, rows: ActorAssessment[], actorFilter?: string) {
  const own = actingActorId(principal);
  if (own !== undefined && actorFilter !== undefined && actorFilter !== own) {
    throw forbidden("An actor may read only its own assessment");
  }
  const only = own ?? actorFilter;
  return only === undefined ? rows : rows.filter((r) => r.actor_id === only);
}

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
    const assessments = input ? visibleRows(principal, evaluateCausality(input), query.actor_id) : [];
    return c.json(
      {
        incident_id: li.incident.id,
        ruleset: ruleset.id,
        ruleset_version: ruleset.version,
        as_of: li.incident.occurredAt,
        evaluated_at: now,
        applicability,
        hypothetical: mode.hypothetical,
        assessments,
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

async function frozenView(principal: Principal, row: Unsealed<typeof t.causalityAssessments.$inferSelect>) {
  const input = row.input as CausalityInput;
  const reproducible = (await hashOf(evaluateCausality(input))) === row.resultSha256;
  return {
    id: row.id,
    incident_id: row.incidentId,
    ruleset: row.rulesetId,
    ruleset_version: row.rulesetVersion,
    as_of: input.incident.occurred_at,
    evaluated_at: row.evaluatedAt,
    // Assessments frozen before issue 11 carry no applicability: they were evaluated unconditionally.
    applicability: input.applicability ?? { applies: "unknown" as const, reasons: [] },
    hypothetical: input.hypothetical ?? false,
    assessments: visibleRows(principal, row.result as ActorAssessment[]),
    input_sha256: row.inputSha256,
    input_hashes: row.inputHashes,
    result_sha256: row.resultSha256,
    recorded_at: row.recordedAt,
    reproducible,
  };
}
