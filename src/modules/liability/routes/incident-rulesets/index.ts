import { z } from "@hono/zod-openapi";
import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { incidentRegimes } from "../../../incidents";
import { RulesetApplicability } from "../../schemas/applicability";
import { rulesetApplicability } from "../../services/applicability";
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
  const now = deps.clock.now().toISOString();
  const { regimes } = await incidentRegimes(deps, li.incident, now, li.chain);
  const liability = await Promise.all(
    [...c.get("rulesets").values()].map(async (rs) => ({
      kind: "liability" as const,
      ruleset: rs.id,
      ruleset_version: rs.version,
      title: rs.title,
      jurisdiction: rs.jurisdiction,
      ...(await rulesetApplicability(deps, li, rs, now)),
    })),
  );
  const reporting = regimes.map(({ duties: _duties, ...r }) => ({ kind: "reporting" as const, ...r }));
  const data = [...reporting, ...liability];
  // Guidance is not law: an incident only non-binding guidance speaks to is not covered.
  const binding = data.filter((d) => d.jurisdiction !== "international_guidance").map((d) => d.applies);
  const covered = binding.includes(true) ? true : binding.includes("unknown") ? "unknown" : false;
  return c.json({ covered, data }, 200);
});
