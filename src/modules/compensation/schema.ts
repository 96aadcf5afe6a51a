import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sealColumns } from "../../platform/audit/schema";
import { incidents } from "../incidents/schema";
import { actors } from "../registry/schema";

/**
 * No-fault compensation (issue 13). Every table is append-only (triggers in the migration) and sealed:
 * a fund's rules, claims, decisions and its ledger are evidence a court or an auditor may rely on, so a
 * change is always a new row (a new rules version, an appeal decision, a reversing ledger transaction).
 */

export const funds = sqliteTable("compensation_funds", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** EU or an ISO 3166-1 alpha-2 country: the incidents the fund pays for. */
  jurisdiction: text("jurisdiction").notNull(),
  /** ISO 4217; every amount of the fund is an integer in its minor unit. */
  currency: text("currency").notNull(),
  createdAt: text("created_at").notNull(),
  createdBySub: text("created_by_sub").notNull(),
  ...sealColumns(),
});

/** Published rules, versioned: a claim is judged under the version in force when it was filed. */
export const fundRuleVersions = sqliteTable(
  "compensation_fund_rules",
  {
    id: text("id").primaryKey(),
    fundId: text("fund_id")
      .notNull()
      .references(() => funds.id),
    version: integer("version").notNull(),
    rules: text("rules", { mode: "json" }).notNull(),
    effectiveFrom: text("effective_from").notNull(),
    publishedBySub: text("published_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [uniqueIndex("compensation_fund_rules_version_idx").on(t.fundId, t.version)],
);

export const claims = sqliteTable(
  "compensation_claims",
  {
    id: text("id").primaryKey(),
    fundId: text("fund_id")
      .notNull()
      .references(() => funds.id),
    rulesVersion: integer("rules_version").notNull(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    relationship: text("relationship").notNull(),
    losses: text("losses", { mode: "json" })
      .$type<{ kind: string; amount_minor: number; evidence: { sha256: string; media_type: string }[] }[]>()
      .notNull(),
    claimedMinor: integer("claimed_minor").notNull(),
    /** Name, email and phone as a JWE: read only by regulators and the fund's administrators. */
    claimantJwe: text("claimant_jwe").notNull(),
    receiptTokenHash: text("receipt_token_hash").notNull(),
    discoveredAt: text("discovered_at").notNull(),
    interactionAt: text("interaction_at").notNull(),
    filedAt: text("filed_at").notNull(),
    /** How the claimant proved the incident was theirs: its receipt token or a reporter token. */
    filedVia: text("filed_via").notNull(),
    filedBySub: text("filed_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("compensation_claims_fund_idx").on(t.fundId, t.filedAt, t.id),
    index("compensation_claims_incident_idx").on(t.incidentId),
    index("compensation_claims_receipt_idx").on(t.receiptTokenHash),
  ],
);

/** A fact the rules leave to a person (an exclusion), with who decided it; the latest one counts. */
export const claimDeterminations = sqliteTable(
  "compensation_claim_determinations",
  {
    id: text("id").primaryKey(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    rule: text("rule").notNull(),
    applies: integer("applies", { mode: "boolean" }).notNull(),
    reason: text("reason").notNull(),
    decidedBy: text("decided_by", { mode: "json" }).$type<{ kind: string; body: string }>().notNull(),
    recordedAt: text("recorded_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [index("compensation_claim_determinations_claim_idx").on(t.claimId, t.recordedAt)],
);

export const claimAppeals = sqliteTable(
  "compensation_claim_appeals",
  {
    id: text("id").primaryKey(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    decisionId: text("decision_id").notNull(),
    grounds: text("grounds").notNull(),
    filedAt: text("filed_at").notNull(),
    ...sealColumns(),
  },
  // One appeal per decision: the appeal's own decision is final within the fund (a court may still review it).
  (t) => [uniqueIndex("compensation_claim_appeals_decision_idx").on(t.decisionId)],
);

/** The fund's decision on a claim, or on an appeal against it; the latest one is the claim's decision. */
export const claimDecisions = sqliteTable(
  "compensation_claim_decisions",
  {
    id: text("id").primaryKey(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    appealId: text("appeal_id").references(() => claimAppeals.id),
    /** For an appeal: allowed (this decision replaces the one appealed) or dismissed (it repeats it). */
    appealOutcome: text("appeal_outcome"),
    decision: text("decision").notNull(),
    awardMinor: integer("award_minor").notNull(),
    awardByKind: text("award_by_kind", { mode: "json" }).$type<Record<string, number>>().notNull(),
    reasons: text("reasons").notNull(),
    overrideReason: text("override_reason"),
    /** The eligibility answer the decision was taken on, so a later rules or facts change cannot rewrite it. */
    eligibility: text("eligibility", { mode: "json" }).notNull(),
    decidedAt: text("decided_at").notNull(),
    decidedBySub: text("decided_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("compensation_claim_decisions_claim_idx").on(t.claimId, t.decidedAt),
    uniqueIndex("compensation_claim_decisions_first_idx").on(t.claimId).where(sql`${t.appealId} is null`),
    uniqueIndex("compensation_claim_decisions_appeal_idx")
      .on(t.appealId)
      .where(sql`${t.appealId} is not null`),
  ],
);

/** The fund's subrogation claim against an actor a frozen causality assessment finds liable. */
export const recourseClaims = sqliteTable(
  "compensation_recourse",
  {
    id: text("id").primaryKey(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id),
    fundId: text("fund_id")
      .notNull()
      .references(() => funds.id),
    actorId: text("actor_id")
      .notNull()
      .references(() => actors.id),
    amountMinor: integer("amount_minor").notNull(),
    causalityAssessmentId: text("causality_assessment_id").notNull(),
    /** liable, or jointly_and_severally_liable: what the assessment's incident result says of the actor. */
    basis: text("basis").notNull(),
    openedAt: text("opened_at").notNull(),
    openedBySub: text("opened_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("compensation_recourse_claim_idx").on(t.claimId),
    index("compensation_recourse_actor_idx").on(t.actorId),
  ],
);

/** How a recourse claim ended (settled or dismissed): once, never rewritten. */
export const recourseOutcomes = sqliteTable(
  "compensation_recourse_outcomes",
  {
    id: text("id").primaryKey(),
    recourseId: text("recourse_id")
      .notNull()
      .references(() => recourseClaims.id),
    status: text("status").notNull(),
    recoveredMinor: integer("recovered_minor").notNull(),
    note: text("note").notNull(),
    decidedAt: text("decided_at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [uniqueIndex("compensation_recourse_outcomes_recourse_idx").on(t.recourseId)],
);

/** One line of a double-entry transaction; a transaction's lines share `transaction_id` and balance. */
export const ledgerEntries = sqliteTable(
  "compensation_ledger",
  {
    id: text("id").primaryKey(),
    fundId: text("fund_id")
      .notNull()
      .references(() => funds.id),
    transactionId: text("transaction_id").notNull(),
    kind: text("kind").notNull(),
    account: text("account").notNull(),
    debitMinor: integer("debit_minor").notNull(),
    creditMinor: integer("credit_minor").notNull(),
    claimId: text("claim_id"),
    recourseId: text("recourse_id"),
    actorId: text("actor_id"),
    reference: text("reference"),
    at: text("at").notNull(),
    recordedBySub: text("recorded_by_sub").notNull(),
    ...sealColumns(),
  },
  (t) => [
    index("compensation_ledger_fund_idx").on(t.fundId, t.at, t.id),
    index("compensation_ledger_account_idx").on(t.fundId, t.account),
    index("compensation_ledger_claim_idx").on(t.claimId).where(sql`${t.claimId} is not null`),
  ],
);
