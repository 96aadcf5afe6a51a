import { z } from "@hono/zod-openapi";
import { notFound } from "../../../../platform/errors";
import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";

/** What identifies a ruleset version, shared by the summary and the full view. */
const RulesetHead = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  jurisdiction: z.string(),
  status: z.string(),
});

const Summary = RulesetHead.extend({
  source: z.object({ instrument: z.string(), citation: z.string(), url: z.string().optional() }),
  roles: z.array(z.string()),
  conditions: z.number().int(),
}).openapi("RulesetSummary");

/**
 * Documented loosely on purpose: the authoritative schema is the engine's RulesetSchema (validated at
 * start-up); its recursive presumption expressions do not translate into an OpenAPI component.
 */
const RulesetView = RulesetHead.extend({
  source: z.record(z.string(), z.unknown()),
  note: z.string().optional(),
  disclosure_evidence: z.record(z.string(), z.array(z.string())),
  rebuttal: z.object({ id: z.string(), citation: z.string(), text: z.string() }),
  conditions: z.array(
    z.looseObject({ id: z.string(), kind: z.string(), citation: z.string(), text: z.string() }),
  ),
  roles: z.record(z.string(), z.looseObject({ presumption: z.unknown(), note: z.string().optional() })),
}).openapi("Ruleset");

const list = defineRoute({
  method: "get",
  path: "/v1/rulesets",
  operationId: "listRulesets",
  access: "public",
  tags: ["liability"],
  summary: "Causality rulesets the registry can apply (legal rules as versioned data)",
  responses: { 200: jsonContent(z.object({ data: z.array(Summary) }), "Every loaded ruleset") },
});

const get = defineRoute({
  method: "get",
  path: "/v1/rulesets/{id}",
  operationId: "getRuleset",
  access: "public",
  tags: ["liability"],
  summary: "One ruleset in full: conditions with citations, role presumptions, rebuttal",
  request: {
    params: z.object({
      id: z
        .string()
        .max(100)
        .openapi({ param: { name: "id", in: "path" } }),
    }),
  },
  responses: { 200: jsonContent(RulesetView, "The ruleset as loaded"), 404: problem("Unknown ruleset") },
});

/** Public: the law applied to anyone's case must be readable by everyone. */
export const rulesetRoutes = createRouter()
  .openapi(list, (c) => {
    const data = [...c.get("rulesets").values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((rs) => ({
        id: rs.id,
        version: rs.version,
        title: rs.title,
        jurisdiction: rs.jurisdiction,
        status: rs.status,
        source: { instrument: rs.source.instrument, citation: rs.source.citation, url: rs.source.url },
        roles: Object.keys(rs.roles),
        conditions: rs.conditions.length,
      }));
    return c.json({ data }, 200);
  })
  .openapi(get, (c) => {
    const rs = c.get("rulesets").get(c.req.valid("param").id);
    if (!rs) throw notFound("Ruleset");
    return c.json(rs, 200);
  });
