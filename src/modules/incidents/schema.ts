import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sealColumns } from "../../platform/audit/schema";
import { deployments, products, productVersions } from "../registry/schema";

export { incidentMonthCounts, incidentRiskCounts, incidentStartCounts } from "./stats-schema";

/** Single-column GROUP BY dimensions of the statistics that get a countable index each. */
const COUNTABLE_DIMENSIONS = [
  "severity",
  "eventType",
  "outcome",
  "ageBand",
  "sex",
  "language",
  "disability",
  "useArea",
  "setting",
] as const;

/**
 * An incident is one harm event; it gathers many reports (patient, clinician, deployer, provider),
 * as in the AI Incident Database. Patient attributes are kept as columns for disaggregated queries.
 */
export const incidents = sqliteTable(
  "incidents",
  {
    id: text("id").primaryKey(),
    reference: text("reference").notNull(),
    status: text("status").notNull(),
    closure: text("closure"),
    productId: text("product_id").references(() => products.id),
    productVersionId: text("product_version_id").references(() => productVersions.id),
    deploymentId: text("deployment_id").references(() => deployments.id),
    productNameText: text("product_name_text"),
    occurredAt: text("occurred_at").notNull(),
    awareAt: text("aware_at"),
    receivedAt: text("received_at").notNull(),
    country: text("country").notNull(),
    setting: text("setting").notNull(),
    useArea: text("use_area"),
    description: text("description").notNull(),
    eventType: text("event_type").notNull(),
    severity: text("severity").notNull(),
    /** Ordinal of `severity` (0 none … 5 fatal) so `severity_min` is an indexable range. */
    severityRank: integer("severity_rank").notNull(),
    outcome: text("outcome").notNull(),
    ageBand: text("age_band"),
    sex: text("sex"),
    language: text("language"),
    disability: text("disability"),
    ethnicity: text("ethnicity"),
    patientKnewAiWasUsed: text("patient_knew_ai_was_used"),
    widespreadInfringement: integer("widespread_infringement", { mode: "boolean" }).notNull().default(false),
    criticalInfrastructureDisruption: integer("critical_infrastructure_disruption", { mode: "boolean" })
      .notNull()
      .default(false),
    fundamentalRightsInfringement: integer("fundamental_rights_infringement", { mode: "boolean" })
      .notNull()
      .default(false),
    propertyOrEnvironmentHarm: integer("property_or_environment_harm", { mode: "boolean" })
      .notNull()
      .default(false),
    seriousPublicHealthThreat: integer("serious_public_health_threat", { mode: "boolean" })
      .notNull()
      .default(false),
    unanticipatedDeterioration: integer("unanticipated_deterioration", { mode: "boolean" })
      .notNull()
      .default(false),
    providerUnreachable: integer("provider_unreachable", { mode: "boolean" }).notNull().default(false),
    /** Set when a regulator flags the narrative as identifying: actor views then withhold it. */
    descriptionIdentifying: integer("description_identifying", { mode: "boolean" }).notNull().default(false),
    /** When the incident was tied to a registered product: the accountable actors learn of it from then. */
    productMatchedAt: text("product_matched_at"),
    mergedIntoId: text("merged_into_id"),
    updatedAt: text("updated_at").notNull(),
    ...sealColumns(),
  },
  (t) => [
    uniqueIndex("incidents_reference_idx").on(t.reference),
    index("incidents_received_idx").on(t.receivedAt, t.id),
    // received_at last (issue 14): a page of an occurred_at range in received order reads only this
    // index to pick its rows (a month at 1M is ~40k entries), never every row of the range.
    index("incidents_occurred_idx").on(t.occurredAt, t.id, t.receivedAt),
    index("incidents_product_idx").on(t.productId, t.occurredAt),
    // Partial indexes for mostly-empty references: once ANALYZE has seen a column that is NULL in most
    // rows, a full index looks unselective and the planner scans `incidents` instead (seen at 50k rows).
    index("incidents_version_idx").on(t.productVersionId).where(sql`${t.productVersionId} is not null`),
    index("incidents_status_idx").on(t.status),
    // Issue 6 (regulator queries): equality filter + the default keyset order (received_at, id), so a
    // filtered page is an index range walk with no sort, at any depth.
    // Issue 14: severity_rank at the end, so `status=…&severity_min=…` checks the rank from the index
    // entry while it walks a status in received order (no row lookup per entry walked).
    index("incidents_status_received_rank_idx").on(t.status, t.receivedAt, t.id, t.severityRank),
    index("incidents_product_received_idx").on(t.productId, t.receivedAt, t.id),
    index("incidents_event_type_received_idx").on(t.eventType, t.receivedAt, t.id),
    index("incidents_country_received_idx").on(t.country, t.receivedAt, t.id),
    index("incidents_severity_rank_idx").on(t.severityRank, t.receivedAt),
    index("incidents_deployment_idx").on(t.deploymentId).where(sql`${t.deploymentId} is not null`),
    index("incidents_merged_idx").on(t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
    // Issue 14, statistics: partial ("countable": merged duplicates excluded, exactly the stats WHERE)
    // indexes on each GROUP BY expression, so an unfiltered or index-filtered count streams one narrow
    // index in group order instead of reading and sorting 1M table rows (1–4 s → ~0.1–0.25 s at 1M).
    ...COUNTABLE_DIMENSIONS.map((column) =>
      index(`incidents_countable_${t[column].name}_idx`).on(t[column]).where(sql`${t.mergedIntoId} is null`),
    ),
    // incidents_countable_country_month_idx (country, substr(occurred_at, 1, 7)) is an expression
    // index that drizzle-kit cannot render: hand-written at the end of drizzle/0015_*.sql.
    // The product page's incident counts (total and by severity) and group_by=product.
    index("incidents_countable_product_severity_idx")
      .on(t.productId, t.severity)
      .where(sql`${t.mergedIntoId} is null`),
    // Statistics by value chain (group_by actor / foundation_model) with filters: the countable
    // incidents are first counted per start of their chain walk (queries/chain-counts.ts), in this
    // index's order (no sort, no table rows), and only those few thousand starts are walked.
    index("incidents_countable_start_idx")
      .on(t.productId, t.productVersionId, t.deploymentId)
      .where(sql`${t.mergedIntoId} is null`),
  ],
);

export const incidentRisks = sqliteTable(
  "incident_risks",
  {
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    riskCode: text("risk_code").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.riskCode] }),
    index("incident_risks_code_idx").on(t.riskCode),
  ],
);

/**
 * One submission about an incident. Reporter contact is a JWE (never plaintext); anonymous reports
 * store none. Reports are never edited: a correction is a new report that `supersedes` another.
 */
export const reports = sqliteTable(
  "incident_reports",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    kind: text("kind").notNull(),
    reporterRole: text("reporter_role").notNull(),
    anonymous: integer("anonymous", { mode: "boolean" }).notNull(),
    submittedBySub: text("submitted_by_sub"),
    actorId: text("actor_id"),
    contactJwe: text("contact_jwe"),
    /** Everything the reporter sent except contact data, verbatim (JSON of the validated body). */
    body: text("body", { mode: "json" }).notNull(),
    /** The reporter flagged this report's free text as identifying: actor views withhold it. */
    identifyingText: integer("identifying_text", { mode: "boolean" }).notNull().default(false),
    /** For actors' own reports: Art. 73 `initial` (possibly incomplete) or `complete`; null otherwise. */
    filing: text("filing"),
    receiptTokenHash: text("receipt_token_hash"),
    supersedesReportId: text("supersedes_report_id"),
    submittedAt: text("submitted_at").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("reports_incident_idx").on(t.incidentId, t.submittedAt),
    index("reports_actor_idx").on(t.actorId),
    index("reports_receipt_idx").on(t.receiptTokenHash),
  ],
);

/**
 * What happened to an incident, in order (status changes, merges, product matching, new reports).
 * The reporter's receipt shows a filtered subset; regulators see all of it.
 */
export const incidentEvents = sqliteTable(
  "incident_events",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    type: text("type").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    closure: text("closure"),
    /** Non-personal details only (references, report ids, response kinds), never reporter text. */
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    at: text("at").notNull(),
    byRole: text("by_role").notNull(),
  },
  (t) => [index("incident_events_incident_idx").on(t.incidentId, t.at)],
);

/** Accountable actors' answers to an incident; append-only like reports. */
export const incidentResponses = sqliteTable(
  "incident_responses",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    actorId: text("actor_id").notNull(),
    kind: text("kind").notNull(),
    text: text("text").notNull(),
    evidence: text("evidence", { mode: "json" })
      .$type<{ sha256: string; media_type: string; description?: string }[]>()
      .notNull(),
    /** The lifecycle move a corrective action made, recorded in stage_transitions in the same batch. */
    productId: text("product_id"),
    stageTransitionId: text("stage_transition_id"),
    submittedBySub: text("submitted_by_sub").notNull(),
    submittedAt: text("submitted_at").notNull(),
    ...sealColumns(),
  },
  (t) => [index("incident_responses_incident_idx").on(t.incidentId, t.submittedAt)],
);

/**
 * Issue 11: when each accountable actor became aware of an incident. Reporting periods run from the
 * *actor's* awareness (AI Act Art. 73(2), MDR Art. 87(2)), never from the reporter's `aware_at`. This
 * table holds the facts the registry cannot derive: an actor's acknowledgement and a regulator's
 * record (e.g. from the actor's complaint log). Notification through the registry and the actor's own
 * reports are derived from the incident and report rows.
 */
export const incidentActorAwareness = sqliteTable(
  "incident_actor_awareness",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    actorId: text("actor_id").notNull(),
    awareAt: text("aware_at").notNull(),
    source: text("source").notNull(),
    evidence: text("evidence"),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [index("incident_actor_awareness_incident_idx").on(t.incidentId, t.actorId)],
);
