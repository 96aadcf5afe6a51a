import type { Db } from "../../../platform/db/client";
import { AppError, invalidField } from "../../../platform/errors";
import { SEVERITIES } from "../../incidents";
import { awardViolations } from "../domain/awards";
import type { Eligibility } from "../domain/eligibility";
import type { AwardKind, Decision, FundRules, LossKind } from "../domain/types";
import type { ClaimRow } from "./claims";
import { claimEligibility, incidentFacts } from "./eligibility";
import { rulesVersion } from "./funds";
import { awardedInYear, readBalance } from "./ledger";

export interface DecisionInput {
  decision: Decision;
  award_minor: number;
  award_by_kind?: Partial<Record<AwardKind, number>> | undefined;
  reasons: string;
  override_reason?: string | undefined;
}

export interface CheckedDecision {
  awardByKind: Partial<Record<AwardKind, number>>;
  eligibility: Eligibility;
  rules: FundRules;
}

/** A 422 naming the limit an award breaks, with the limit and its citation as problem members. */
const capError = (v: ReturnType<typeof awardViolations>[number]) =>
  new AppError("invalid_reference", `The award exceeds ${v.limit}`, {
    errors: [{ in: "body", path: v.path, message: v.message }],
    extensions: { limit: v.limit, limit_minor: v.limit_minor, citation: v.citation },
  });

/**
 * Everything a decision must satisfy before it is recorded: a denial awards nothing and an approval
 * something; the breakdown by kind adds up; every cap of the rules version the claim was filed under
 * holds (the annual cap against the ledger, and again inside the write batch); and approving a claim that
 * does not pass every eligibility rule needs an explicit `override_reason`, recorded with it.
 */
export async function checkDecision(db: Db, claim: ClaimRow, input: DecisionInput): Promise<CheckedDecision> {
  const denied = input.decision === "denied";
  if (denied && input.award_minor !== 0)
    throw invalidField("body", "award_minor", "must be 0 for a denial", "input");
  if (!denied && input.award_minor <= 0)
    throw invalidField("body", "award_minor", `must be positive when ${input.decision}`, "input");
  const claimedKinds = [...new Set((claim.losses as { kind: LossKind }[]).map((l) => l.kind))];
  let awardByKind = input.award_by_kind;
  if (awardByKind === undefined) {
    if (!denied && claimedKinds.length !== 1) {
      throw invalidField(
        "body",
        "award_by_kind",
        "is required when the claim has more than one kind of loss (each kind has its own caps)",
      );
    }
    awardByKind = denied ? {} : { [claimedKinds[0] as LossKind]: input.award_minor };
  }
  const sum = Object.values(awardByKind).reduce((n, v) => n + (v ?? 0), 0);
  if (sum !== input.award_minor) {
    throw invalidField("body", "award_by_kind", `adds up to ${sum}, not award_minor ${input.award_minor}`);
  }
  const [rules, incident, eligibility] = await Promise.all([
    rulesVersion(db, claim.fundId, claim.rulesVersion),
    incidentFacts(db, claim.incidentId),
    claimEligibility(db, claim),
  ]);
  const fundRules = rules.rules as FundRules;
  const violations = awardViolations({
    rules: fundRules,
    severities: SEVERITIES,
    severity: incident.severity,
    fatal: incident.severity === "fatal" || incident.outcome === "fatal",
    losses: claim.losses as { kind: LossKind; amount_minor: number }[],
    award_minor: input.award_minor,
    award_by_kind: awardByKind,
  });
  if (violations[0]) throw capError(violations[0]);
  if (!denied && eligibility.overall !== "eligible" && !input.override_reason) {
    const open = eligibility.rules.filter((r) => r.result !== "pass").map((r) => `${r.rule} (${r.result})`);
    throw invalidField(
      "body",
      "override_reason",
      `is required to award a claim that does not pass every rule: ${open.join(", ")}`,
    );
  }
  return { awardByKind, eligibility, rules: fundRules };
}

/** The annual cap, checked before the batch for a clear answer (the batch guard settles races). */
export async function checkAnnualCap(db: Db, claim: ClaimRow, rules: FundRules, delta: number, at: string) {
  if (delta <= 0) return;
  const year = new Date(at).getUTCFullYear();
  const awarded = await readBalance(db, awardedInYear(claim.fundId, year));
  const cap = rules.caps.annual_fund_minor;
  if (awarded + delta > cap) {
    throw capError({
      path: "award_minor",
      limit: "caps.annual_fund_minor",
      limit_minor: cap,
      message: `would take the fund's ${year} awards to ${awarded + delta}, above caps.annual_fund_minor (${cap})`,
      citation: rules.caps.citation,
    });
  }
}
