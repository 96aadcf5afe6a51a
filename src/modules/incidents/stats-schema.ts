import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Issue 14, statistics at 1M incidents: pre-aggregated counts of countable incidents (merged
 * duplicates excluded), for unfiltered statistics that would otherwise visit every incident (its row,
 * or an index entry). All are maintained by SQLite triggers (hand-written in drizzle/0017_*.sql) on
 * `incidents` and `incident_risks`, so every write that changes them (filing, product matching and
 * other corrections, merges) updates them in the same statement, hence in the same audited batch,
 * whichever service wrote it; the migration backfills them from the existing rows. They hold only
 * counts derived from audited rows: nothing here is a record, so nothing here is sealed.
 *
 * `''` stands for "no value" (SQLite primary keys treat NULLs as distinct). A count may fall to 0 (an
 * incident merged away); readers skip those rows.
 */

/**
 * Countable incidents per risk code (`''`: incidents with none) and severity. Answers group_by
 * risk_code, and risk_code with severity, optionally filtered by severity / severity_min: without it
 * each was a join of every incident to its risk codes (3–4.5 s at 1M: 1.5M probes and a sort).
 */
export const incidentRiskCounts = sqliteTable(
  "incident_risk_counts",
  {
    riskCode: text("risk_code").notNull(),
    severity: text("severity").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.riskCode, t.severity] })],
);

/**
 * Countable incidents per start of their value-chain walk (product, version, deployment; `''` when
 * not set): ~5,000 rows for 1M incidents. group_by product / actor / foundation_model expands these
 * starts through the registry's lineage (queries/chain-counts.ts), so a lineage change needs no
 * maintenance here: the expansion reads the registry as it is at query time.
 */
export const incidentStartCounts = sqliteTable(
  "incident_start_counts",
  {
    productId: text("product_id").notNull(),
    versionId: text("version_id").notNull(),
    deploymentId: text("deployment_id").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.versionId, t.deploymentId] })],
);

/**
 * Countable incidents per month of occurrence and value of each single-valued dimension (`value` ''
 * when not given): ~10 dimensions × ~10 values × the months covered, a few thousand rows. Answers an
 * unfiltered group_by of one of them, alone or by month or year. Those had a narrow partial index each
 * (schema.ts), but streaming 1M entries still took 0.1–0.3 s on the shared bench machine, so their
 * p99 was at the mercy of every other process; a few thousand rows take milliseconds.
 */
export const incidentMonthCounts = sqliteTable(
  "incident_month_counts",
  {
    dimension: text("dimension").notNull(),
    value: text("value").notNull(),
    month: text("month").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.dimension, t.value, t.month] })],
);
