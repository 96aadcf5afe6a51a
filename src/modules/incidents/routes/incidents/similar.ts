import { z } from "@hono/zod-openapi";
import type { Db } from "../../../../platform/db/client";
import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { walkLineage } from "../../../registry";
import { incidentAccess } from "../../access";
import { type DuplicateReport, rankCandidates } from "../../domain/duplicates";
import { similarCandidates } from "../../queries/incidents";
import type { IncidentRow } from "../../services/repo";
import { riskCodesOf } from "../../services/views";
import { DataList } from "./schemas-actions";

/** Candidates are pre-selected in SQL (window and product family) so scoring stays bounded. */
const WINDOW_DAYS = 90;
const MAX_CANDIDATES = 1000;
const DAY_MS = 86_400_000;

const similarRoute = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/similar",
  operationId: "listSimilarIncidents",
  access: ["regulator"],
  tags: ["incidents"],
  summary: "Rank candidate duplicates (same product or lineage, close dates, similar text) with a score",
  request: {
    params: IdParam,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100).default(10),
      min_score: z.coerce.number().min(0).max(1).default(0),
    }),
  },
  responses: {
    200: jsonContent(DataList, "Candidates, best first, each with its score explained"),
    404: problem("Unknown incident"),
  },
});

async function lineageOf(db: Db, productId: string | null, cache: Map<string, string[]>): Promise<string[]> {
  if (!productId) return [];
  const known = cache.get(productId);
  if (known) return known;
  const [up, down] = await Promise.all([
    walkLineage(db, productId, "up"),
    walkLineage(db, productId, "down"),
  ]);
  const ids = [...up, ...down].map((e) => e.product_id);
  cache.set(productId, ids);
  return ids;
}

async function toDuplicateReports(db: Db, rows: IncidentRow[]): Promise<DuplicateReport[]> {
  const risks = await riskCodesOf(
    db,
    rows.map((r) => r.id),
  );
  const cache = new Map<string, string[]>();
  const out: DuplicateReport[] = [];
  for (const r of rows) {
    out.push({
      id: r.id,
      product_id: r.productId,
      lineage_product_ids: await lineageOf(db, r.productId, cache),
      product_name_text: r.productNameText,
      occurred_at: r.occurredAt,
      country: r.country,
      event_type: r.eventType,
      risk_codes: risks.get(r.id) ?? [],
      description: r.description,
    });
  }
  return out;
}

export const similarRoutes = createRouter().openapi(similarRoute, async (c) => {
  const { db } = c.get("deps");
  const { limit, min_score } = c.req.valid("query");
  const { incident: target } = await incidentAccess(db, c.get("principal"), c.req.valid("param").id);
  const [targetReport] = await toDuplicateReports(db, [target]);
  const occurred = Date.parse(target.occurredAt);
  const from = new Date(occurred - WINDOW_DAYS * DAY_MS).toISOString();
  const to = new Date(occurred + WINDOW_DAYS * DAY_MS).toISOString();
  const family = target.productId ? [target.productId, ...(targetReport?.lineage_product_ids ?? [])] : [];
  const rows = await similarCandidates(db, target.id, { from, to, family }, MAX_CANDIDATES);
  const ranked = rankCandidates(targetReport as DuplicateReport, await toDuplicateReports(db, rows), {
    limit,
    threshold: min_score,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const data = ranked.map((s) => {
    const r = byId.get(s.id) as IncidentRow;
    return {
      incident_id: s.id,
      reference: r.reference,
      status: r.status,
      product_id: r.productId,
      occurred_at: r.occurredAt,
      event_type: r.eventType,
      score: s.score,
      components: s.components,
      contributions: s.contributions,
    };
  });
  return c.json({ data }, 200);
});
