import { z } from "@hono/zod-openapi";
import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { RulesetApplicability } from "../../schemas/applicability";
import { coveringRulesets } from "../../services/covering";
import { loadLiabilityIncident } from "../../services/services";

const Covering = RulesetApplicability.extend({
  kind: z.enum(["reporting", "liability"]),
  ruleset: z.string(),
  ruleset_version: z.number().int(),
  title: z.string(),
  jurisdiction: z.string(),
}).openapi("CoveringRuleset");

const route = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/rulesets",
  operationId: "listIncidentRulesets",
  access: ["regulator"],
  tags: ["liability"],
  summary:
    "Every registered ruleset (reporting and liability) and whether it covers this incident, with reasons",
  description:
    "Reporting rulesets are listed in the version in force on the incident's date. `covered` is false when no " +
    "registered binding ruleset applies (e.g. a territory the registry has no law for), unknown when one might.",
  request: { params: IdParam },
  responses: {
    200: jsonContent(
      z.object({ covered: z.union([z.boolean(), z.literal("unknown")]), data: z.array(Covering) }),
      "Rulesets with applicability",
    ),
    404: problem("Unknown incident"),
  },
});

export const incidentRulesetRoutes = createRouter().openapi(route, async (c) => {
  const deps = c.get("deps");
  const li = await loadLiabilityIncident(deps.db, c.get("principal"), c.req.valid("param").id);
  const result = await coveringRulesets(deps, li, c.get("rulesets").values(), deps.clock.now().toISOString());
  return c.json(result, 200);
});
