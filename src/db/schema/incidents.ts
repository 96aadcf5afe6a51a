import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { deployments, products, productVersions } from "./registry";

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
    mergedIntoId: text("merged_into_id"),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("incidents_reference_idx").on(t.reference),
    index("incidents_received_idx").on(t.receivedAt, t.id),
    index("incidents_occurred_idx").on(t.occurredAt, t.id),
    index("incidents_product_idx").on(t.productId, t.occurredAt),
    index("incidents_version_idx").on(t.productVersionId),
    index("incidents_status_idx").on(t.status),
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
    body: text("body", { mode: "json" }).notNull(),
    receiptTokenHash: text("receipt_token_hash"),
    supersedesReportId: text("supersedes_report_id"),
    submittedAt: text("submitted_at").notNull(),
  },
  (t) => [
    index("reports_incident_idx").on(t.incidentId, t.submittedAt),
    index("reports_actor_idx").on(t.actorId),
  ],
);
