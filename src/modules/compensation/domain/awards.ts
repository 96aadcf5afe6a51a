import type { AwardKind, FundRules, LossKind } from "./types";

/**
 * The limits an award must respect, each named by the rule that sets it, so a refusal says which cap was
 * exceeded: the award schedule (by severity and kind), the caps per kind, the per-claim cap, and the claimed
 * amount for kinds that reimburse a loss (nobody is paid more medical costs than they claimed). The fund's
 * annual cap depends on other claims and is checked by the service against the ledger.
 */

export interface AwardViolation {
  /** The field at fault in the decision body. */
  path: string;
  /** The rule that sets the limit, e.g. `caps.per_kind_minor.pain_and_suffering`. */
  limit: string;
  limit_minor: number;
  message: string;
  citation: string;
}

export interface AwardInput {
  rules: FundRules;
  severities: readonly string[];
  severity: string;
  fatal: boolean;
  losses: { kind: LossKind; amount_minor: number }[];
  award_minor: number;
  award_by_kind: Partial<Record<AwardKind, number>>;
}

/** Kinds the fund pays as a fixed sum rather than against a claimed loss. */
const FIXED_KINDS: readonly AwardKind[] = ["pain_and_suffering", "death_benefit"];

export function awardViolations(input: AwardInput): AwardViolation[] {
  const { rules } = input;
  const out: AwardViolation[] = [];
  const rank = input.severities.indexOf(input.severity);
  const claimed = new Map<string, number>();
  for (const l of input.losses) claimed.set(l.kind, (claimed.get(l.kind) ?? 0) + l.amount_minor);

  for (const [kind, amount] of Object.entries(input.award_by_kind) as [AwardKind, number][]) {
    const path = `award_by_kind.${kind}`;
    if (amount === 0) continue;
    if (kind === "death_benefit" && !input.fatal) {
      out.push({
        path,
        limit: "death_benefit",
        limit_minor: 0,
        message: "is paid only for a death",
        citation: rules.caps.citation,
      });
      continue;
    }
    if (!FIXED_KINDS.includes(kind) && amount > (claimed.get(kind) ?? 0)) {
      out.push({
        path,
        limit: "claimed_loss",
        limit_minor: claimed.get(kind) ?? 0,
        message: `exceeds the ${kind} claimed (${claimed.get(kind) ?? 0})`,
        citation: rules.caps.citation,
      });
    }
    const schedule = rules.award_schedule
      .map((s, index) => ({ ...s, index }))
      .filter((s) => s.kind === kind && input.severities.indexOf(s.min_severity) <= rank)
      .sort((a, b) => input.severities.indexOf(b.min_severity) - input.severities.indexOf(a.min_severity))[0];
    if (!schedule) {
      out.push({
        path,
        limit: "award_schedule",
        limit_minor: 0,
        message: `the award schedule pays no ${kind} at severity ${input.severity}`,
        citation: rules.caps.citation,
      });
    } else if (amount > schedule.max_minor) {
      out.push({
        path,
        limit: `award_schedule[${schedule.index}]`,
        limit_minor: schedule.max_minor,
        message: `exceeds award_schedule[${schedule.index}] (${kind} at ${schedule.min_severity} or worse: at most ${schedule.max_minor})`,
        citation: schedule.citation,
      });
    }
    const kindCap = rules.caps.per_kind_minor[kind];
    if (kindCap !== undefined && amount > kindCap) {
      out.push({
        path,
        limit: `caps.per_kind_minor.${kind}`,
        limit_minor: kindCap,
        message: `exceeds caps.per_kind_minor.${kind} (${kindCap})`,
        citation: rules.caps.citation,
      });
    }
  }
  if (input.award_minor > rules.caps.per_claim_minor) {
    out.push({
      path: "award_minor",
      limit: "caps.per_claim_minor",
      limit_minor: rules.caps.per_claim_minor,
      message: `exceeds caps.per_claim_minor (${rules.caps.per_claim_minor})`,
      citation: rules.caps.citation,
    });
  }
  return out;
}
