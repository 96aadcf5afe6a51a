import { z } from "@hono/zod-openapi";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Context } from "hono";
import type { AppEnv } from "../../deps";
import type { Db } from "../../platform/db/client";
import { writeOnceJson } from "../../platform/http/conditional";
import { defineRoute, jsonContent } from "../../platform/http/route";
import { createRouter } from "../../platform/http/router";
import * as t from "./schema";
import { catalog } from "./seed";

const Entry = z.record(z.string(), z.unknown()).openapi("CatalogEntry");
const listOf = (description: string) => ({
  200: { description, content: { "application/json": { schema: z.object({ data: z.array(Entry) }) } } },
});

const simple = (path: string, operationId: string, summary: string) =>
  defineRoute({
    method: "get",
    path,
    operationId,
    access: "public",
    tags: ["catalog"],
    summary,
    responses: listOf(summary),
  });

const ObligationQuery = z.object({
  actor: z
    .string()
    .regex(/^[A-Za-z_]+$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .openapi({ description: "Duty-bearer code, e.g. DEVELOPER, PROVIDER, DEPLOYER (case-insensitive)" }),
  stage: z
    .string()
    .regex(/^LC_[A-Z_]+$/)
    .optional()
    .openapi({ description: "Lifecycle stage code" }),
  risk: z
    .string()
    .regex(/^R_[A-Z_]+$/)
    .optional()
    .openapi({ description: "Risk code the obligation mitigates" }),
});

const obligationsRoute = defineRoute({
  method: "get",
  path: "/v1/catalog/obligations",
  operationId: "listCatalogObligations",
  access: "public",
  tags: ["catalog"],
  summary: "Obligations of the value chain, filterable by actor, stage and risk",
  request: { query: ObligationQuery },
  responses: listOf("Obligations"),
});

const evidenceKindsRoute = defineRoute({
  method: "get",
  path: "/v1/catalog/evidence-kinds",
  operationId: "listEvidenceKinds",
  access: "public",
  tags: ["catalog"],
  summary: "Kinds of evidence (disclosure kinds) and the obligations each one proves",
  responses: {
    200: jsonContent(
      z.object({ data: z.array(z.object({ kind: z.string(), obligations: z.array(z.string()) })) }),
      "Evidence kinds",
    ),
  },
});

const entries = (rows: { data: unknown }[]) => ({ data: rows.map((r) => r.data as Record<string, unknown>) });

/** Derived from each obligation's `evidence` list, so it can never disagree with the catalog. */
const evidenceKinds = (() => {
  const byKind = new Map<string, string[]>();
  for (const o of catalog.obligations)
    for (const e of o.evidence) byKind.set(e, [...(byKind.get(e) ?? []), o.code]);
  return [...byKind]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, obligations]) => ({ kind, obligations }));
})();

/** A catalog list: each entry's document from one table in one order, rendered once per app. */
const listed = <T extends SQLiteTable & { data: SQLiteColumn }>(
  c: Context<AppEnv>,
  name: string,
  table: T,
  order: SQLiteColumn,
) =>
  writeOnceJson(c, `catalog:${name}`, async () =>
    entries(
      await c
        .get("deps")
        .db.select({ data: table.data })
        .from(table as SQLiteTable)
        .orderBy(asc(order)),
    ),
  );

export const catalogRoutes = createRouter()
  .openapi(evidenceKindsRoute, (c) => c.json({ data: evidenceKinds }, 200))
  .openapi(simple("/v1/catalog/principles", "listPrinciples", "Ethical principles"), (c) =>
    listed(c, "principles", t.principles, t.principles.code),
  )
  .openapi(simple("/v1/catalog/risks", "listRisks", "Risks of LMMs in health"), (c) =>
    listed(c, "risks", t.risks, t.risks.code),
  )
  .openapi(simple("/v1/catalog/lifecycle-stages", "listLifecycleStages", "Lifecycle stages in order"), (c) =>
    listed(c, "lifecycle-stages", t.lifecycleStages, t.lifecycleStages.order),
  )
  .openapi(simple("/v1/catalog/use-areas", "listUseAreas", "Health use areas"), (c) =>
    listed(c, "use-areas", t.useAreas, t.useAreas.code),
  )
  .openapi(obligationsRoute, (c) => {
    const { actor, stage, risk } = c.req.valid("query");
    // Only a non-empty answer is kept, so the keys are bounded by the catalog's own combinations.
    return writeOnceJson(c, `catalog:obligations:${actor ?? ""}:${stage ?? ""}:${risk ?? ""}`, () =>
      obligationsWhere(c.get("deps").db, actor, stage, risk),
    );
  });

async function obligationsWhere(db: Db, actor?: string, stage?: string, risk?: string) {
  const where: SQL[] = [];
  if (stage) where.push(eq(t.obligations.stage, stage));
  if (actor) {
    const codes = db
      .select({ code: t.obligationActors.obligationCode })
      .from(t.obligationActors)
      .where(eq(t.obligationActors.actorCode, actor));
    where.push(inArray(t.obligations.code, codes));
  }
  if (risk) {
    const codes = db
      .select({ code: t.riskObligations.obligationCode })
      .from(t.riskObligations)
      .where(eq(t.riskObligations.riskCode, risk));
    where.push(inArray(t.obligations.code, codes));
  }
  const rows = await db
    .select()
    .from(t.obligations)
    .where(and(...where))
    .orderBy(asc(t.obligations.code));
  return entries(rows);
}
