import { z } from "@hono/zod-openapi";
import { Id, IsoDateTime, Phone, Sha256 } from "../../../platform/http/schemas";
import { ACCOUNT_NAMES } from "../domain/ledger";
import { AWARD_KINDS, DECISIONS, LOSS_KINDS, RELATIONSHIPS } from "../domain/types";
import { Currency, FundRulesSchema, Jurisdiction } from "./rules";

const Minor = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .openapi({ description: "Integer minor units" });
const Positive = z
  .number()
  .int()
  .min(1)
  .max(Number.MAX_SAFE_INTEGER)
  .openapi({ description: "Integer minor units" });
const Text = (max: number) => z.string().trim().min(1).max(max);

export const FundCreate = z
  .object({ name: Text(200), jurisdiction: Jurisdiction, currency: Currency, rules: FundRulesSchema })
  .strict()
  .openapi("FundCreate");

const RulesVersion = z.object({
  version: z.number().int(),
  effective_from: z.string(),
  rules: FundRulesSchema,
});
const FundSummary = z.object({
  id: z.string(),
  name: z.string(),
  jurisdiction: z.string(),
  currency: z.string(),
  created_at: z.string(),
});
export const Fund = FundSummary.extend({
  rules: RulesVersion,
  history: z.array(z.object({ version: z.number().int(), effective_from: z.string() })),
}).openapi("Fund");
export const FundList = z.object({ data: z.array(FundSummary) }).openapi("FundList");
export const RulesPublished = RulesVersion.openapi("FundRulesVersion");

export const ContributionCreate = z
  .object({ actor_id: Id, amount_minor: Positive, reference: Text(300) })
  .strict()
  .openapi("ContributionCreate");
export const Contribution = z
  .object({
    id: z.string(),
    fund_id: z.string(),
    actor_id: z.string().nullable(),
    amount_minor: z.number().int(),
    reference: z.string().nullable(),
    received_at: z.string(),
  })
  .openapi("Contribution");
export const ContributionList = z.object({ data: z.array(Contribution) }).openapi("ContributionList");

const Claimant = z
  .object({
    name: Text(300),
    email: z.email().max(320).optional(),
    phone: Phone.optional(),
  })
  .strict()
  .refine((c) => c.email ?? c.phone, "give an email or a phone number, so the fund can reach you");

const Loss = z
  .object({
    kind: z.enum(LOSS_KINDS),
    amount_minor: Minor,
    evidence: z
      .array(
        z
          .object({
            sha256: Sha256,
            media_type: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, "must be a media type"),
          })
          .strict(),
      )
      .max(20)
      .optional(),
  })
  .strict();

export const ClaimCreate = z
  .object({
    fund_id: Id,
    incident_id: Id,
    claimant: Claimant,
    relationship: z.enum(RELATIONSHIPS),
    losses: z.array(Loss).min(1).max(20),
    discovered_at: IsoDateTime,
    interaction_at: IsoDateTime,
  })
  .strict()
  .openapi("ClaimCreate");

export const ClaimCreated = z
  .object({ id: z.string(), status: z.string(), rules_version: z.number().int(), receipt_token: z.string() })
  .openapi("ClaimCreated");

const DecisionView = z.object({
  id: z.string(),
  appeal_id: z.string().nullable(),
  appeal_outcome: z.string().nullable(),
  decision: z.string(),
  award_minor: z.number().int(),
  award_by_kind: z.record(z.string(), z.number().int()),
  reasons: z.string(),
  override_reason: z.string().nullable(),
  decided_at: z.string(),
});
export const Claim = z
  .object({
    id: z.string(),
    fund_id: z.string(),
    incident_id: z.string(),
    rules_version: z.number().int(),
    relationship: z.string(),
    currency: z.string(),
    losses: z.array(
      z.object({
        kind: z.string(),
        amount_minor: z.number().int(),
        evidence: z.array(z.object({ sha256: z.string(), media_type: z.string() })),
      }),
    ),
    claimed_minor: z.number().int(),
    discovered_at: z.string(),
    interaction_at: z.string(),
    filed_at: z.string(),
    filed_via: z.string(),
    status: z.string(),
    decision: DecisionView.nullable(),
    decisions: z.array(DecisionView),
    appeals: z.array(
      z.object({
        id: z.string(),
        decision_id: z.string(),
        grounds: z.string(),
        filed_at: z.string(),
        decided: z.boolean(),
      }),
    ),
    awarded_minor: z.number().int(),
    paid_minor: z.number().int(),
    payments: z.array(z.object({ id: z.string(), amount_minor: z.number().int(), paid_at: z.string() })),
    claimant: z
      .object({ name: z.string(), email: z.string().optional(), phone: z.string().optional() })
      .optional()
      .openapi({ description: "Only for the fund's administrators and regulators" }),
  })
  .openapi("Claim");
export const ClaimList = z.object({ data: z.array(Claim.omit({ claimant: true })) }).openapi("ClaimList");

export const Eligibility = z
  .object({
    claim_id: z.string(),
    rules_version: z.number().int(),
    overall: z.enum(["eligible", "ineligible", "needs_review"]),
    harm_table_entry: z.string().nullable(),
    rules: z.array(
      z.object({
        rule: z.string(),
        result: z.enum(["pass", "fail", "needs_review"]),
        detail: z.string(),
        citation: z.string(),
        assessment: z
          .object({
            id: z.string(),
            ruleset: z.string(),
            ruleset_version: z.number().int(),
            liable: z.array(z.string()),
            undecided: z.array(z.string()),
          })
          .optional(),
        decided_by: z.object({ kind: z.string(), body: z.string() }).optional(),
      }),
    ),
  })
  .openapi("ClaimEligibility");

const AwardByKind = z.partialRecord(z.enum(AWARD_KINDS), Minor);
export const DecisionCreate = z
  .object({
    decision: z.enum(DECISIONS),
    award_minor: Minor,
    award_by_kind: AwardByKind.optional(),
    reasons: Text(5000),
    override_reason: Text(5000)
      .optional()
      .openapi({ description: "Required to award a claim that fails or awaits review on a rule" }),
  })
  .strict()
  .openapi("ClaimDecisionCreate");
export const Decision = DecisionView.openapi("ClaimDecision");

export const DeterminationCreate = z
  .object({
    rule: z.string().min(1).max(100).openapi({ example: "exclusion:ORDINARY_CONSEQUENCE" }),
    applies: z.boolean(),
    reason: Text(5000),
    decided_by: z
      .object({ kind: z.enum(["fund", "regulator", "court"]), body: Text(300) })
      .strict()
      .optional(),
  })
  .strict()
  .openapi("ClaimDeterminationCreate");
export const Determination = z
  .object({
    id: z.string(),
    rule: z.string(),
    applies: z.boolean(),
    reason: z.string(),
    decided_by: z.object({ kind: z.string(), body: z.string() }),
    recorded_at: z.string(),
  })
  .openapi("ClaimDetermination");

export const AppealCreate = z
  .object({ grounds: Text(5000) })
  .strict()
  .openapi("AppealCreate");
export const Appeal = z
  .object({ id: z.string(), claim_id: z.string(), decision_id: z.string(), filed_at: z.string() })
  .openapi("Appeal");
export const AppealDecisionCreate = z
  .object({
    outcome: z.enum(["allowed", "dismissed"]),
    decision: z.enum(DECISIONS).optional(),
    award_minor: Minor.optional(),
    award_by_kind: AwardByKind.optional(),
    reasons: Text(5000),
    override_reason: Text(5000).optional(),
  })
  .strict()
  .openapi("AppealDecisionCreate");

export const PaymentCreate = z.object({ amount_minor: Positive }).strict().openapi("PaymentCreate");
export const Payment = z
  .object({
    id: z.string(),
    claim_id: z.string(),
    amount_minor: z.number().int(),
    awarded_minor: z.number().int(),
    paid_minor: z.number().int(),
    paid_at: z.string(),
  })
  .openapi("Payment");

export const RecourseCreate = z
  .object({ actor_id: Id, amount_minor: Positive, causality_assessment_id: Id })
  .strict()
  .openapi("RecourseCreate");
export const RecourseClose = z
  .object({ status: z.enum(["settled", "dismissed"]), recovered_minor: Minor.optional(), note: Text(5000) })
  .strict()
  .openapi("RecourseClose");
export const Recourse = z
  .object({
    id: z.string(),
    claim_id: z.string(),
    fund_id: z.string(),
    actor_id: z.string(),
    amount_minor: z.number().int(),
    causality_assessment_id: z.string(),
    basis: z.string(),
    opened_at: z.string(),
    status: z.enum(["open", "settled", "dismissed"]),
    recovered_minor: z.number().int(),
    note: z.string().nullable(),
    closed_at: z.string().nullable(),
  })
  .openapi("Recourse");

export const LedgerQuery = z.object({
  account: z.enum(ACCOUNT_NAMES as [string, ...string[]]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const Balance = z.object({
  account: z.string(),
  debit_minor: z.number().int(),
  credit_minor: z.number().int(),
  balance_minor: z.number().int(),
});
export const Ledger = z
  .object({
    fund_id: z.string(),
    currency: z.string(),
    entries: z.array(
      z.object({
        id: z.string(),
        transaction_id: z.string(),
        kind: z.string(),
        account: z.string(),
        debit_minor: z.number().int(),
        credit_minor: z.number().int(),
        balance_minor: z
          .number()
          .int()
          .openapi({ description: "The account's running balance after this line, on its normal side" }),
        claim_id: z.string().nullable(),
        recourse_id: z.string().nullable(),
        actor_id: z.string().nullable(),
        reference: z.string().nullable(),
        at: z.string(),
      }),
    ),
    next_cursor: z.string().nullable(),
    accounts: z.array(Balance),
    totals: z.object({
      debit_minor: z.number().int(),
      credit_minor: z.number().int(),
      balanced: z.boolean(),
    }),
  })
  .openapi("FundLedger");

const Figure = z.object({
  row: z.string().nullable(),
  bucket: z.string().nullable().optional(),
  value: z.union([
    z.object({ suppressed: z.literal(false), count: z.number().int() }),
    z.object({ suppressed: z.literal(true) }),
  ]),
});
export const FundReport = z
  .object({
    fund_id: z.string(),
    generated_at: z.string(),
    k: z.number().int(),
    harm_table_entries: z.array(z.string()),
    years: z.array(z.string()),
    received: z.array(Figure),
    decided: z.array(Figure),
    approved: z.array(Figure),
    paid: z.array(Figure),
    median_days_to_decision: z.array(
      z.object({
        harm_table_entry: z.string().nullable(),
        year: z.string().nullable(),
        value: z.union([
          z.object({ suppressed: z.literal(false), days: z.number().nullable() }),
          z.object({ suppressed: z.literal(true) }),
        ]),
      }),
    ),
  })
  .openapi("FundReport");

export const ClaimReceiptHeaders = z.object({
  "x-receipt-token": z
    .string()
    .min(10)
    .max(200)
    .optional()
    .openapi({ description: "The claim receipt token (claimants)" }),
});
export const IncidentReceiptHeaders = z.object({
  "x-receipt-token": z.string().min(10).max(200).optional().openapi({
    description: "The incident's receipt token; or send a reporter token that filed a report on it",
  }),
  "idempotency-key": z.string().optional(),
});
