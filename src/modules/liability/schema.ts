import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sealColumns } from "../../platform/audit/schema";
import { incidents } from "../incidents/schema";
import { actors, products } from "../registry/schema";

/** Stored shape of schemas/decided-by.ts `DecidedBy`; null on rows recorded before issue 12. */
type DecidedByColumn = {
  kind: string;
  body: string;
  case_number: string | null;
  decided_at: string;
  legal_basis: string;
};

/**
 * Liability evidence. Every row carries its legal time (effective_from / decided_at / due_at) and the
 * time the registry learned it (recorded_at): presumptions are judged as of the incident date, and
 * courts need to know what was on record when. Nothing here is updated in place; a correction is a
 * new row that supersedes (latest effective attestation, latest recorded finding, first decision).
 */

/** An actor's own compliance claim about one catalog obligation for one product. */
export const attestations = sqliteTable(
  "attestations",
  {
    id: text("id").primaryKey(),
    actorId: text("actor_id")
      .notNull()
      .references(() => actors.id),
    productId: text("product_id")
      .notNull()
      .references(() => products.id),
    obligationCode: text("obligation_code").notNull(),
    status: text("status").notNull(),
    disclosureIds: text("disclosure_ids", { mode: "json" }).$type<string[]>().notNull(),
    evidenceSha256: text("evidence_sha256"),
    statement: text("statement").notNull(),
    effectiveFrom: text("effective_from").notNull(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("attestations_actor_idx").on(t.actorId, t.obligationCode),
    index("attestations_product_idx").on(t.productId, t.recordedAt, t.id),
  ],
);

/** A regulator's or court's determination (inspection, audit, judgment) about an actor's duty. */
export const findings = sqliteTable(
  "findings",
  {
    id: text("id").primaryKey(),
    actorId: text("actor_id")
      .notNull()
      .references(() => actors.id),
    productId: text("product_id").references(() => products.id),
    obligationCode: text("obligation_code").notNull(),
    result: text("result").notNull(),
    basis: text("basis").notNull(),
    decidedAt: text("decided_at").notNull(),
    /** The period of conduct the finding speaks about; null bounds are open. */
    periodFrom: text("period_from"),
    periodTo: text("period_to"),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("findings_actor_idx").on(t.actorId, t.obligationCode),
    index("findings_recorded_idx").on(t.recordedAt, t.id),
  ],
);

/** A regulator confirms or adds that a harm engages an actor's obligation. */
export const obligationLinks = sqliteTable(
  "obligation_links",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    actorId: text("actor_id")
      .notNull()
      .references(() => actors.id),
    obligationCode: text("obligation_code").notNull(),
    rationale: text("rationale").notNull(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [index("obligation_links_incident_idx").on(t.incidentId, t.recordedAt)],
);

/** Order to disclose or preserve evidence (AILD Art. 3, PLD Art. 9); missing it is a legal fact. */
export const disclosureOrders = sqliteTable(
  "disclosure_orders",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    actorId: text("actor_id")
      .notNull()
      .references(() => actors.id),
    items: text("items", { mode: "json" }).$type<string[]>().notNull(),
    dueAt: text("due_at").notNull(),
    /** Issue 12: the body that ordered disclosure (a court under PLD Art. 9 / AILD Art. 3). */
    decidedBy: text("decided_by", { mode: "json" }).$type<DecidedByColumn>(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("disclosure_orders_incident_idx").on(t.incidentId, t.actorId),
    index("disclosure_orders_actor_idx").on(t.actorId),
  ],
);

export const disclosureOrderResponses = sqliteTable(
  "disclosure_order_responses",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => disclosureOrders.id),
    actorId: text("actor_id").notNull(),
    disclosureIds: text("disclosure_ids", { mode: "json" }).$type<string[]>().notNull(),
    statement: text("statement").notNull(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [index("dor_order_idx").on(t.orderId, t.recordedAt)],
);

/** An actor's attempt to rebut a presumption (AILD Art. 4(7), PLD Art. 10(5)). */
export const rebuttals = sqliteTable(
  "rebuttals",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    actorId: text("actor_id")
      .notNull()
      .references(() => actors.id),
    rulesetId: text("ruleset_id").notNull(),
    conditionId: text("condition_id").notNull(),
    statement: text("statement").notNull(),
    evidence: text("evidence", { mode: "json" })
      .$type<{ sha256: string; media_type: string; description?: string }[]>()
      .notNull(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [index("rebuttals_incident_idx").on(t.incidentId, t.actorId)],
);

/** The regulator's decision on a rebuttal: a separate row so the filing itself is never rewritten. */
export const rebuttalDecisions = sqliteTable(
  "rebuttal_decisions",
  {
    id: text("id").primaryKey(),
    rebuttalId: text("rebuttal_id")
      .notNull()
      .references(() => rebuttals.id),
    accepted: integer("accepted", { mode: "boolean" }).notNull(),
    reason: text("reason").notNull(),
    decidedAt: text("decided_at").notNull(),
    decidedBy: text("decided_by", { mode: "json" }).$type<DecidedByColumn>(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  // One decision per rebuttal: a changed mind is an appeal, not an overwrite.
  (t) => [uniqueIndex("rebuttal_decisions_rebuttal_idx").on(t.rebuttalId)],
);

/** A frozen causality analysis for claims and courts, with the hashes of what it was computed from. */
export const causalityAssessments = sqliteTable(
  "causality_assessments",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    rulesetId: text("ruleset_id").notNull(),
    rulesetVersion: integer("ruleset_version").notNull(),
    evaluatedAt: text("evaluated_at").notNull(),
    input: text("input", { mode: "json" }).notNull(),
    inputSha256: text("input_sha256").notNull(),
    inputHashes: text("input_hashes", { mode: "json" }).$type<Record<string, string>>().notNull(),
    result: text("result", { mode: "json" }).notNull(),
    resultSha256: text("result_sha256").notNull(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [index("causality_assessments_incident_idx").on(t.incidentId, t.recordedAt)],
);

/**
 * Facts about an incident that only a regulator or court can establish (normal use, obvious
 * malfunction, access to evidence, excessive difficulty, high-risk status). Append-only: the latest
 * decision on record for a fact is the one analyses use; earlier ones remain as history.
 */
export const incidentLegalFacts = sqliteTable(
  "incident_legal_facts",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    fact: text("fact").notNull(),
    /** Issue 12: a fact about one actor of the chain (e.g. it substantially modified the product). */
    actorId: text("actor_id"),
    value: integer("value", { mode: "boolean" }).notNull(),
    /** For dated facts (injured_person_aware): the date the fact is about. */
    factDate: text("fact_date"),
    basis: text("basis").notNull(),
    decidedAt: text("decided_at").notNull(),
    decidedBy: text("decided_by", { mode: "json" }).$type<DecidedByColumn>(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [index("incident_legal_facts_incident_idx").on(t.incidentId, t.fact, t.recordedAt)],
);

/**
 * Issue 12: a contractual allocation of liability between two operators (who bears what share, whether
 * recourse is waived, PLD Art. 12(2)). It matters only between them, for recourse (Art. 14): by Art. 15
 * no contract limits liability towards the injured person. Append-only like other evidence.
 */
export const liabilityAllocations = sqliteTable(
  "liability_allocations",
  {
    id: text("id").primaryKey(),
    actorId: text("actor_id")
      .notNull()
      .references(() => actors.id),
    counterpartyActorId: text("counterparty_actor_id")
      .notNull()
      .references(() => actors.id),
    productId: text("product_id"),
    /** The share `actorId` bears between the two, in basis points (0-10000); null when unspecified. */
    shareBasisPoints: integer("share_basis_points"),
    waivesRecourse: integer("waives_recourse", { mode: "boolean" }).notNull(),
    reference: text("reference").notNull(),
    effectiveFrom: text("effective_from").notNull(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("liability_allocations_actor_idx").on(t.actorId),
    index("liability_allocations_counterparty_idx").on(t.counterpartyActorId),
  ],
);
