import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sealColumns } from "../../platform/audit/schema";

/** Value-chain organisations (developers, providers, deployers). */
export const actors = sqliteTable(
  "actors",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    roles: text("roles", { mode: "json" }).$type<string[]>().notNull(),
    country: text("country").notNull(),
    contactEmail: text("contact_email").notNull(),
    identifiers: text("identifiers", { mode: "json" }).$type<Record<string, string>>().notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("actors_name_idx").on(t.name)],
);

export const products = sqliteTable(
  "products",
  {
    id: text("id").primaryKey(),
    registrationNumber: text("registration_number").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    intendedPurpose: text("intended_purpose").notNull(),
    useAreas: text("use_areas", { mode: "json" }).$type<string[]>().notNull(),
    modalities: text("modalities", { mode: "json" }).$type<string[]>().notNull(),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull(),
    developerActorId: text("developer_actor_id")
      .notNull()
      .references(() => actors.id),
    providerActorId: text("provider_actor_id").references(() => actors.id),
    stage: text("stage").notNull(),
    registeredAt: text("registered_at").notNull(),
  },
  (t) => [
    uniqueIndex("products_registration_number_idx").on(t.registrationNumber),
    index("products_developer_idx").on(t.developerActorId),
    index("products_provider_idx").on(t.providerActorId),
    index("products_registered_idx").on(t.registeredAt, t.id),
  ],
);

/** Lineage DAG: `productId` is built on `parentProductId` (an app on a foundation model). */
export const productLineage = sqliteTable(
  "product_lineage",
  {
    productId: text("product_id")
      .notNull()
      .references(() => products.id),
    parentProductId: text("parent_product_id")
      .notNull()
      .references(() => products.id),
    relation: text("relation").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.parentProductId] }),
    index("lineage_parent_idx").on(t.parentProductId),
  ],
);

export const productVersions = sqliteTable(
  "product_versions",
  {
    id: text("id").primaryKey(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id),
    version: text("version").notNull(),
    releasedAt: text("released_at"),
    changelog: text("changelog").notNull(),
    substantialModification: integer("substantial_modification", { mode: "boolean" }).notNull(),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("versions_product_version_idx").on(t.productId, t.version)],
);

/** Which foundation-model versions a product version was built on: lineage at the time of a harm. */
export const versionBases = sqliteTable(
  "version_bases",
  {
    versionId: text("version_id")
      .notNull()
      .references(() => productVersions.id),
    baseVersionId: text("base_version_id")
      .notNull()
      .references(() => productVersions.id),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.baseVersionId] }),
    index("version_bases_base_idx").on(t.baseVersionId),
  ],
);

export const stageTransitions = sqliteTable(
  "stage_transitions",
  {
    id: text("id").primaryKey(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id),
    fromStage: text("from_stage"),
    toStage: text("to_stage").notNull(),
    reason: text("reason").notNull(),
    at: text("at").notNull(),
    bySub: text("by_sub").notNull(),
    byRole: text("by_role").notNull(),
  },
  (t) => [index("stage_transitions_product_idx").on(t.productId, t.at)],
);

/** Append-only evidence published or filed about a product (model cards, red-team reports, DPIAs…). */
export const disclosures = sqliteTable(
  "disclosures",
  {
    id: text("id").primaryKey(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id),
    actorId: text("actor_id").references(() => actors.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    uri: text("uri"),
    sha256: text("sha256").notNull(),
    published: integer("published", { mode: "boolean" }).notNull(),
    summary: text("summary").notNull(),
    recordedAt: text("recorded_at").notNull(),
    ...sealColumns(),
  },
  (t) => [index("disclosures_product_idx").on(t.productId, t.recordedAt)],
);

export const deployments = sqliteTable(
  "deployments",
  {
    id: text("id").primaryKey(),
    productVersionId: text("product_version_id")
      .notNull()
      .references(() => productVersions.id),
    productId: text("product_id")
      .notNull()
      .references(() => products.id),
    deployerActorId: text("deployer_actor_id")
      .notNull()
      .references(() => actors.id),
    setting: text("setting").notNull(),
    country: text("country").notNull(),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull(),
    population: text("population").notNull(),
    humanOversight: text("human_oversight").notNull(),
    startedAt: text("started_at").notNull(),
    endedAt: text("ended_at"),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [
    index("deployments_product_idx").on(t.productId),
    index("deployments_deployer_idx").on(t.deployerActorId),
    index("deployments_version_idx").on(t.productVersionId),
  ],
);
