import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as t from "../db/schema";
import { INCIDENT_SEAL, REPORT_SEAL, RESPONSE_SEAL } from "../modules/incidents";
import { DISCLOSURE_SEAL } from "../modules/registry";
import { type SealedTable, sealedContentOf } from "../platform/audit/seal";

export type { SealedTable, Unsealed } from "../platform/audit/seal";

/** Every sealed table: what /v1/audit/verify recomputes. Modules declare their own (e.g. disclosures). */
export const SEALED_TABLES: readonly SealedTable[] = [
  INCIDENT_SEAL,
  REPORT_SEAL,
  RESPONSE_SEAL,
  { name: "attestations", table: t.attestations, entity: "attestation", entityIdKey: "id" },
  { name: "findings", table: t.findings, entity: "finding", entityIdKey: "id" },
  { name: "obligation_links", table: t.obligationLinks, entity: "obligation_link", entityIdKey: "id" },
  DISCLOSURE_SEAL,
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

function specOf(table: SQLiteTable): SealedTable {
  const spec = SEALED_TABLES.find((s) => s.table === table);
  if (!spec) throw new Error("not a sealed table");
  return spec;
}

/** `sealedContentOf` for a table of the list above. */
export function sealedContent(table: SQLiteTable, values: Record<string, unknown>): Record<string, unknown> {
  return sealedContentOf(specOf(table), values);
}
