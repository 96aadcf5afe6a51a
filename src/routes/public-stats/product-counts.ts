import { z } from "@hono/zod-openapi";
import { countIncidents } from "../../db/incident-query/counts";
import type { Db } from "../../platform/db/client";
import { buildStatsTable } from "../incident-stats/table";

/**
 * A product's incident counts for its public record: total and by severity, suppressed like
 * /v1/public/stats (every reader of the public view gets the same figures, regulators included).
 */
export async function productIncidentCounts(db: Db, productId: string, k: number) {
  const counts = await countIncidents(
    db,
    { product_id: [productId] },
    { scope: { kind: "all" }, countableOnly: true },
    ["severity"],
  );
  const table = buildStatsTable(counts, ["severity"], undefined, k, {});
  const figure = (severity: string | null) => {
    const cell = table.cells.find((c) => c.by.severity === severity);
    return cell?.suppressed ? { suppressed: true as const } : { count: cell?.count ?? 0 };
  };
  return {
    k,
    total: figure(null),
    by_severity: table.labels.severity?.map((severity) => ({ severity, ...figure(severity) })) ?? [],
  };
}

const Figure = z.union([z.object({ count: z.number().int() }), z.object({ suppressed: z.literal(true) })]);

export const ProductIncidentCounts = z
  .object({
    k: z.number().int(),
    total: Figure,
    by_severity: z.array(z.intersection(z.object({ severity: z.string() }), Figure)),
  })
  .openapi("ProductIncidentCounts", {
    description: "Incidents on this product (merged duplicates excluded); 0 < n < k suppressed",
  });
