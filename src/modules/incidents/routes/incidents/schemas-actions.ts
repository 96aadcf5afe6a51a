import { z } from "@hono/zod-openapi";
import { Cursor, Id, Limit } from "../../../../platform/http/schemas";
import { CLOSURES, INCIDENT_STATUSES } from "../../domain/workflow";
import { incidentQuerySchema } from "../../filters/filters-schema";
import { Evidence, RESPONSE_KINDS, Reporter, Verbatim } from "../../incident-schemas";

/** Request bodies, queries, headers and responses of the incident sub-resources (filing is in schemas.ts). */
export const ReportCreate = z
  .object({
    text: Verbatim(20_000),
    text_identifying: z.boolean().default(false),
    reporter: Reporter,
    evidence: z.array(Evidence).max(50).default([]),
    report_type: z
      .enum(["initial", "complete"])
      .optional()
      .openapi({ description: "Actors: Art. 73 initial or complete" }),
  })
  .strict()
  .openapi("ReportCreate");

export const AdditionCreate = z
  .object({
    text: Verbatim(20_000),
    text_identifying: z.boolean().default(false),
    evidence: z.array(Evidence).max(50).default([]),
  })
  .strict()
  .openapi("ReceiptAddition");

export const IncidentPatch = z
  .object({
    product_id: Id.optional(),
    product_version_id: Id.optional(),
    deployment_id: Id.optional(),
    widespread_infringement: z.boolean().optional(),
    critical_infrastructure_disruption: z.boolean().optional(),
    fundamental_rights_infringement: z.boolean().optional(),
    property_or_environment_harm: z.boolean().optional(),
    serious_public_health_threat: z.boolean().optional(),
    unanticipated_deterioration: z.boolean().optional(),
    provider_unreachable: z
      .boolean()
      .optional()
      .openapi({ description: "The deployer cannot reach the provider: AI Act Art. 26(5), last sentence" }),
    description_identifying: z.boolean().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, "give at least one field")
  .openapi("IncidentPatch");

export const TransitionCreate = z
  .object({
    to: z.enum(INCIDENT_STATUSES),
    closure: z.enum(CLOSURES).optional(),
    reason: z.string().trim().min(1).max(5000),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.to === "closed" && !b.closure)
      ctx.addIssue({ code: "custom", path: ["closure"], message: "is required when closing" });
    if (b.to !== "closed" && b.closure)
      ctx.addIssue({ code: "custom", path: ["closure"], message: "only when closing" });
  })
  .openapi("IncidentTransition");

export const MergeCreate = z
  .object({ into: Id, reason: z.string().trim().min(1).max(5000).optional() })
  .strict()
  .openapi("IncidentMerge");

export const ResponseCreate = z
  .object({
    kind: z.enum(RESPONSE_KINDS),
    text: Verbatim(20_000),
    evidence: z.array(Evidence).max(50).default([]),
    product_action: z
      .object({ to: z.enum(["LC_SUSPENDED", "LC_WITHDRAWN"]), product_id: Id.optional() })
      .strict()
      .optional()
      .openapi({
        description: "corrective_action only: suspend or withdraw the product (default: the incident's)",
      }),
  })
  .strict()
  .refine((b) => !b.product_action || b.kind === "corrective_action", {
    path: ["product_action"],
    message: "only a corrective_action may suspend or withdraw a product",
  })
  .openapi("IncidentResponseCreate");

/** Every issue-6 filter, sort and keyset paging (shared with stats and export), plus `mine`. */
export const IncidentListQuery = incidentQuerySchema({
  mine: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "Actors: incidents involving their products" }),
});

export const DeadlineListQuery = z.object({
  status: z.enum(["pending", "met", "late"]).optional(),
  limit: Limit,
  cursor: Cursor,
});

export const ReceiptHeaders = z.object({
  "x-receipt-token": z
    .string()
    .min(10)
    .max(200)
    .openapi({ description: "The token returned when the report was filed" }),
});
export const OptionalReceiptHeaders = z.object({ "x-receipt-token": z.string().min(10).max(200).optional() });

const Loose = z.record(z.string(), z.unknown());
export const Created = z
  .object({ id: z.string(), reference: z.string(), status: z.string(), receipt_token: z.string() })
  .openapi("IncidentCreated");
export const Page = z
  .object({ data: z.array(Loose), next_cursor: z.string().nullable() })
  .openapi("IncidentPage");
export const DataList = z.object({ data: z.array(Loose) });
