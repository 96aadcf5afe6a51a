import { z } from "@hono/zod-openapi";
import { checkRanges, csvList, filterFields } from "../filters/filters-schema";
import { DIMENSIONS, INTERVALS } from "../queries/counts";

export const StatsQuery = z
  .object({
    ...filterFields,
    group_by: csvList(z.enum(DIMENSIONS), `One or two of ${DIMENSIONS.join(", ")}`),
    interval: z.enum(INTERVALS).optional().openapi({ description: "Time series over occurred_at" }),
  })
  .strict()
  .superRefine((q, ctx) => {
    checkRanges(q, ctx);
    if (q.group_by && q.group_by.length > 2)
      ctx.addIssue({ code: "custom", path: ["group_by"], message: "at most two dimensions" });
    if (q.group_by && new Set(q.group_by).size !== q.group_by.length)
      ctx.addIssue({ code: "custom", path: ["group_by"], message: "must not repeat a dimension" });
  })
  .openapi("IncidentStatsQuery");

const Cell = z
  .object({
    by: z
      .record(z.string(), z.string().nullable())
      .openapi({ description: "null = total over that dimension" }),
    period: z.string().nullable().optional().openapi({ description: "null = all periods" }),
    count: z.number().int().optional(),
    suppressed: z.literal(true).optional().openapi({ description: "0 < count < k, or protects such a cell" }),
  })
  .openapi("StatsCell");

export const StatsTable = z
  .object({
    group_by: z.array(z.enum(DIMENSIONS)),
    interval: z.enum(INTERVALS).nullable(),
    suppression: z.object({ applied: z.boolean(), k: z.number().int() }),
    labels: z.record(z.string(), z.array(z.string())),
    names: z
      .record(z.string(), z.record(z.string(), z.string()))
      .openapi({ description: "Display names of product, foundation_model and actor labels, by id" }),
    periods: z.array(z.string()).nullable(),
    cells: z.array(Cell),
  })
  .openapi("StatsTable");
