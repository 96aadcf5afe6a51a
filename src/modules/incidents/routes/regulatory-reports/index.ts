import { z } from "@hono/zod-openapi";
import { defineRoute, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Id } from "../../../../platform/http/schemas";
import { INCIDENT_READERS } from "../../access";
import { art73Report, mirReport, reportFormHtml } from "../../domain/report-forms";
import { reportFormInput } from "../../services/regulatory-report";

const FORM_REGIMES = ["eu-ai-act-art73", "eu-mdr-art87"] as const;

const Params = z.object({
  id: Id,
  regime: z.enum(FORM_REGIMES).openapi({ description: "The reporting regime whose form is wanted" }),
});

const Query = z.object({
  actor_id: Id.optional().openapi({ description: "Regulators: the accountable actor (default: the first)" }),
  format: z.enum(["json", "html"]).default("json").openapi({ description: "html: a printable page" }),
});

// The prefilled report's exact shape is the JSON Schema in law/report-forms/ (validated in the tests).
const Report = z
  .object({ form: z.record(z.string(), z.unknown()), regime: z.enum(FORM_REGIMES), generated_at: z.string() })
  .catchall(z.unknown())
  .openapi("RegulatoryReport");

const route = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/regulatory-reports/{regime}",
  operationId: "getRegulatoryReport",
  access: INCIDENT_READERS,
  tags: ["incidents"],
  summary: "The regulator's report form (Commission Art. 73 template, MDCG MIR), prefilled from the registry",
  description:
    "For the actor that owes the report under the regime (and regulators). Fields the registry cannot fill " +
    "are marked `not_available` or `to_be_completed_by_reporter`. Nothing of the reporter's identity is in it. " +
    "Shape: law/report-forms/<regime>.schema.json.",
  request: { params: Params, query: Query },
  responses: {
    200: {
      description: "The prefilled report (JSON) or its printable rendering (HTML)",
      content: { "application/json": { schema: Report }, "text/html": { schema: z.string() } },
    },
    403: problem("The caller owes no report under this regime"),
    404: problem("Unknown incident"),
    409: problem("The regime does not apply to this incident (reasons in the body)"),
  },
});

export const regulatoryReportRoutes = createRouter().openapi(route, async (c) => {
  const deps = c.get("deps");
  const { id, regime } = c.req.valid("param");
  const { actor_id, format } = c.req.valid("query");
  const input = await reportFormInput(deps, c.get("principal"), id, regime, actor_id);
  const report = regime === "eu-mdr-art87" ? mirReport(input) : art73Report(input);
  if (format === "html") return c.html(reportFormHtml(report), 200);
  return c.json(report as unknown as z.infer<typeof Report>, 200);
});
