import { getTableColumns } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as t from "../db/schema";

/**
 * The evidence-bearing tables whose rows carry a seal (audit_seq, audit_sha256). Each row's canonical
 * content is the payload of the audit entry at `audit_seq`, so the log (hashes only) vouches for it.
 * `entity` + `actions` select that table's entries in the log; `entityIdKey` is the row column the
 * entry's entity_id names; `mutable` tables are updated in place and sealed anew by each change;
 * `exclude` lists columns whose value is computed inside the batch by SQL (not known to the writer).
 */
export interface SealedTable {
  name: string;
  table: SQLiteTable;
  entity: string;
  actions?: readonly string[];
  entityIdKey: string;
  mutable?: boolean;
  exclude?: readonly string[];
}

export const SEALED_TABLES: readonly SealedTable[] = [
  // `reference` (INC-YYYY-NNNNNN) is allocated from a counter inside the filing batch; it is unique-indexed.
  {
    name: "incidents",
    table: t.incidents,
    entity: "incident",
    entityIdKey: "id",
    mutable: true,
    exclude: ["reference"],
  },
  { name: "incident_reports", table: t.reports, entity: "incident_report", entityIdKey: "id" },
  { name: "incident_responses", table: t.incidentResponses, entity: "incident_response", entityIdKey: "id" },
  { name: "attestations", table: t.attestations, entity: "attestation", entityIdKey: "id" },
  { name: "findings", table: t.findings, entity: "finding", entityIdKey: "id" },
  { name: "obligation_links", table: t.obligationLinks, entity: "obligation_link", entityIdKey: "id" },
  { name: "disclosures", table: t.disclosures, entity: "disclosure", entityIdKey: "id" },
  {
    name: "disclosure_orders",
    table: t.disclosureOrders,
    entity: "disclosure_order",
    actions: ["disclosure_order.issue"],
    entityIdKey: "id",
  },
  {
    name: "disclosure_order_responses",
    table: t.disclosureOrderResponses,
    entity: "disclosure_order",
    actions: ["disclosure_order.respond"],
    entityIdKey: "orderId",
  },
  {
    name: "rebuttals",
    table: t.rebuttals,
    entity: "rebuttal",
    actions: ["rebuttal.file"],
    entityIdKey: "id",
  },
  {
    name: "rebuttal_decisions",
    table: t.rebuttalDecisions,
    entity: "rebuttal",
    actions: ["rebuttal.decide"],
    entityIdKey: "rebuttalId",
  },
  {
    name: "causality_assessments",
    table: t.causalityAssessments,
    entity: "causality_assessment",
    entityIdKey: "id",
  },
  {
    name: "incident_legal_facts",
    table: t.incidentLegalFacts,
    entity: "incident_legal_fact",
    entityIdKey: "id",
  },
];

const SEAL_KEYS = new Set(["auditSeq", "auditSha256"]);

function specOf(table: SQLiteTable): SealedTable {
  const spec = SEALED_TABLES.find((s) => s.table === table);
  if (!spec) throw new Error("not a sealed table");
  return spec;
}

/**
 * A row's canonical content: every column but the seal (and `exclude`), by SQL name, with a missing
 * value as its column default or null. Computed the same way from the values a route inserts and
 * from the row drizzle reads back, so the hash taken at write time can be recomputed at verify time.
 */
export function sealedContent(table: SQLiteTable, values: Record<string, unknown>): Record<string, unknown> {
  const spec = specOf(table);
  const content: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table)) as [string, SQLiteColumn][]) {
    if (SEAL_KEYS.has(key) || spec.exclude?.includes(key)) continue;
    const value = values[key];
    content[column.name] = value !== undefined ? value : column.hasDefault ? (column.default ?? null) : null;
  }
  return content;
}

/** A row as a route builds it, before commitWithAudit stamps its seal. */
export type Unsealed<Row> = Omit<Row, "auditSeq" | "auditSha256">;
