import type { Db } from "../../../../platform/db/client";
import type { ProductIncidentCounts } from "../../../registry";
import { countIncidents } from "../../queries/counts";
import { buildStatsTable } from "../../stats/table";

/**
 * A product's incident counts for its public record: total and by severity, suppressed like
 * /v1/public/stats (every reader of the public view gets the same figures, regulators included).
 */
export async function productIncidentCounts(
  db: Db,
  productId: string,
  k: number,
): Promise<ProductIncidentCounts> {
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
