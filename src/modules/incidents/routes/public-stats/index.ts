import { z } from "@hono/zod-openapi";
import { defineRoute, jsonContent } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { checkDateFilters } from "../../filters/date-filters";
import { checkRanges, csvList, filterFields } from "../../filters/filters-schema";
import { countIncidents } from "../../queries/counts";
import { labelNames } from "../../stats/names";
import { StatsTable } from "../../stats/schemas";
import { buildStatsTable } from "../../stats/table";

/** No patient attribute, ever: the public sees no incident rows to relate a breakdown to. */
const PUBLIC_DIMENSIONS = ["product", "risk_code", "severity"] as const;

/** Midnight UTC on the 1st of a month, compared as an instant (whatever offset the caller wrote). */
const isMonthStart = (iso: string) => {
  const d = new Date(iso);
  return d.getUTCDate() === 1 && d.getTime() % 86_400_000 === 0;
};

const PublicStatsQuery = z
  .object({
    group_by: csvList(
      z.enum(PUBLIC_DIMENSIONS),
      "One or two of product, risk_code, severity (default severity)",
    ),
    product_id: filterFields.product_id,
    occurred_from: filterFields.occurred_from,
    occurred_to: filterFields.occurred_to,
  })
  .strict()
  .superRefine((q, ctx) => {
    checkRanges(q, ctx);
    if (q.group_by && (q.group_by.length > 2 || new Set(q.group_by).size !== q.group_by.length))
      ctx.addIssue({ code: "custom", path: ["group_by"], message: "one or two distinct dimensions" });
    // Whole calendar months only: a narrower window could isolate one incident (issue 9).
    for (const field of ["occurred_from", "occurred_to"] as const) {
      const value = q[field];
      if (value !== undefined && !isMonthStart(value))
        ctx.addIssue({ code: "custom", path: [field], message: "must be the first day of a month (UTC)" });
    }
  });

const publicStatsRoute = defineRoute({
  method: "get",
  path: "/v1/public/stats",
  operationId: "getPublicStats",
  access: "public",
  tags: ["incidents"],
  summary:
    "Public transparency: monthly incident counts by product, risk and/or severity, small cells suppressed",
  description:
    "No token needed. Any figure 0 < n < k (default 5) is `suppressed`, and enough others are suppressed " +
    "that it cannot be recovered from totals. Zeros are published; a suppressed figure is never 0. " +
    "Incidents merged into another are not counted. Periods are months of occurrence, and " +
    "occurred_from/occurred_to must be month starts, so no window is narrower than a calendar month. " +
    "No patient attribute is a dimension or a filter here.",
  request: { query: PublicStatsQuery },
  responses: { 200: jsonContent(StatsTable, "Suppressed count table") },
});

export const publicStatsRoutes = createRouter().openapi(publicStatsRoute, async (c) => {
  const { db, config } = c.get("deps");
  const { group_by = ["severity"], ...filters } = c.req.valid("query");
  checkDateFilters(c.get("deps").clock.now(), filters);
  const counts = await countIncidents(
    db,
    filters,
    { scope: { kind: "all" }, countableOnly: true },
    group_by,
    "month",
  );
  const table = buildStatsTable(counts, group_by, "month", config.suppressionK, {
    from: filters.occurred_from,
    to: filters.occurred_to,
  });
  return c.json({ ...table, names: await labelNames(db, table) }, 200);
});
