import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The WHO guidance catalog, imported from ./catalog.json at seed time. Scalar fields used for
 * filtering are columns; the rest of each entry is kept verbatim in `data` so nothing is lost.
 */
export const catalogMeta = sqliteTable("catalog_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const principles = sqliteTable("catalog_principles", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  data: text("data", { mode: "json" }).notNull(),
});

export const catalogActors = sqliteTable("catalog_actors", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  data: text("data", { mode: "json" }).notNull(),
});

export const lifecycleStages = sqliteTable("catalog_lifecycle_stages", {
  code: text("code").primaryKey(),
  order: integer("order").notNull(),
  name: text("name").notNull(),
  data: text("data", { mode: "json" }).notNull(),
});

export const useAreas = sqliteTable("catalog_use_areas", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  data: text("data", { mode: "json" }).notNull(),
});

export const risks = sqliteTable("catalog_risks", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  level: text("level"),
  category: text("category"),
  data: text("data", { mode: "json" }).notNull(),
});

export const obligations = sqliteTable(
  "catalog_obligations",
  {
    code: text("code").primaryKey(),
    title: text("title").notNull(),
    stage: text("stage").notNull(),
    strength: text("strength").notNull(),
    data: text("data", { mode: "json" }).notNull(),
  },
  (t) => [index("catalog_obligations_stage_idx").on(t.stage)],
);

export const obligationActors = sqliteTable(
  "catalog_obligation_actors",
  { obligationCode: text("obligation_code").notNull(), actorCode: text("actor_code").notNull() },
  (t) => [primaryKey({ columns: [t.obligationCode, t.actorCode] }), index("coa_actor_idx").on(t.actorCode)],
);

export const riskObligations = sqliteTable(
  "catalog_risk_obligations",
  { riskCode: text("risk_code").notNull(), obligationCode: text("obligation_code").notNull() },
  (t) => [
    primaryKey({ columns: [t.riskCode, t.obligationCode] }),
    index("cro_obligation_idx").on(t.obligationCode),
  ],
);

export const liabilityPoints = sqliteTable("catalog_liability_points", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  data: text("data", { mode: "json" }).notNull(),
});
