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

/**
 * Issue 11: the facts that decide whether an instrument applies to a product at all (where and when it
 * was placed on the market, its AI Act class, its medical-device status, open source). Append-only with
 * legal time: a fact holds from `effective_from` (for a market, the date it was placed there) and counts
 * in an analysis only once recorded. `decided_by` says whose statement it is (the maker's declaration,
 * a regulator or a court), because a declaration and a determination do not weigh the same.
 * A row with `version_id` is about that version only (e.g. a substantially modified version placed anew).
 */
export const productRegulatoryFacts = sqliteTable(
  "product_regulatory_facts",
  {
    id: text("id").primaryKey(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id),
    versionId: text("version_id").references(() => productVersions.id),
    fact: text("fact").notNull(),
    value: text("value").notNull(),
    /** AI Act class basis (annex_i / annex_iii) or device class (IIa, C, …). */
    qualifier: text("qualifier"),
    territory: text("territory"),
    effectiveFrom: text("effective_from").notNull(),
    source: text("source").notNull(),
    decidedBy: text("decided_by").notNull(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [index("product_regulatory_facts_product_idx").on(t.productId, t.fact, t.effectiveFrom)],
);

/**
 * Issue 11: an actor acting for another in the supply chain (authorised representative, importer,
 * fulfilment service provider, distributor), optionally for one product. These are the economic
 * operators the PLD (Art. 8) and AI Act Art. 26(5) name besides manufacturer and provider.
 */
export const actorRelations = sqliteTable(
  "actor_relations",
  {
    id: text("id").primaryKey(),
    actorId: text("actor_id")
      .notNull()
      .references(() => actors.id),
    relation: text("relation").notNull(),
    ofActorId: text("of_actor_id")
      .notNull()
      .references(() => actors.id),
    productId: text("product_id").references(() => products.id),
    effectiveFrom: text("effective_from").notNull(),
    effectiveTo: text("effective_to"),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("actor_relations_actor_idx").on(t.actorId),
    index("actor_relations_of_actor_idx").on(t.ofActorId),
  ],
);
