import { defineRoute, jsonContent } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { detectSignals, EVANS_CRITERIA } from "../../domain/stats/disproportionality";
import { checkDateFilters } from "../../filters/date-filters";
import { countIncidents, NONE } from "../../queries/counts";
import { productsByIds } from "../../queries/signals";
import { SignalsQuery, SignalsResponse } from "./schemas";

const signalsRoute = defineRoute({
  method: "get",
  path: "/v1/signals",
  operationId: "listSignals",
  access: ["regulator"],
  tags: ["incidents"],
  summary: "Disproportionality signals (PRR, ROR with 95% CI, Yates χ²) per entity × risk",
  description:
    "Each (product or foundation model) × risk pair is compared with all other entities and risks; a " +
    "signal meets PRR ≥ 2, χ² ≥ 4 and n ≥ 3 (Evans). At foundation_model level every incident on a " +
    "descendant app counts for the model (version lineage at the time of the incident when known), which " +
    "surfaces a shared harm pattern that each app alone is too small to show. Unit: (incident, entity, risk).",
  request: { query: SignalsQuery },
  responses: { 200: jsonContent(SignalsResponse, "Scored pairs, signals first") },
});

export const signalRoutes = createRouter().openapi(signalsRoute, async (c) => {
  const { db } = c.get("deps");
  const { level, risk_code, signals_only, ...filters } = c.req.valid("query");
  checkDateFilters(c.get("deps").clock.now(), filters);
  const dimension = level === "product" ? "product" : "foundation_model";
  // The whole population forms the background: incidents with no entity of this level (unmatched, or no
  // foundation model) still count in c and d; only risk-less incidents are out (nothing to compare).
  const counts = await countIncidents(db, filters, { scope: { kind: "all" }, countableOnly: true }, [
    dimension,
    "risk_code",
  ]);
  const scored = detectSignals(
    counts
      .filter((cell) => cell.keys[1] !== NONE)
      .map((cell) => ({
        entity_id: cell.keys[0] as string,
        risk_code: cell.keys[1] as string,
        incident_count: cell.count,
      })),
  ).filter(
    (s) =>
      s.entity_id !== NONE &&
      (!risk_code || risk_code.includes(s.risk_code)) &&
      (signals_only === "false" || s.isSignal),
  );
  const ids = [...new Set(scored.map((s) => s.entity_id))];
  const products = await productsByIds(db, ids);
  const byId = new Map(products.map((p) => [p.id, p]));
  return c.json(
    {
      level,
      criteria: {
        min_prr: EVANS_CRITERIA.minPrr,
        min_chi_square: EVANS_CRITERIA.minChiSquare,
        min_cases: EVANS_CRITERIA.minCases,
      },
      data: scored.map((s) => ({
        entity_id: s.entity_id,
        entity_name: byId.get(s.entity_id)?.name ?? null,
        registration_number: byId.get(s.entity_id)?.registrationNumber ?? null,
        risk_code: s.risk_code,
        incident_count: s.a,
        table: { a: s.a, b: s.b, c: s.c, d: s.d },
        prr: s.prr,
        prr_ci95: s.prrCi95,
        ror: s.ror,
        ror_ci95: s.rorCi95,
        chi_square: s.chiSquareYates,
        signal: s.isSignal,
      })),
    },
    200,
  );
});
