import type { Ruleset } from "./ruleset-schema";
import type { ActorFacts, ConditionResult, Presumption } from "./types";

/**
 * Human-readable summary built only from the condition results, so the sentence can never claim more
 * than the structured record shows (regulators read the sentence; courts check the record).
 */

const VERB: Record<Presumption, string> = {
  applies: "applies",
  does_not_apply: "does not apply",
  insufficient_information: "cannot be decided on the recorded facts",
};

function list(conditions: ConditionResult[], result: ConditionResult["result"]): string | null {
  const hits = conditions.filter((c) => c.result === result).map((c) => `${c.citation} [${c.id}]`);
  return hits.length > 0 ? hits.join("; ") : null;
}

function who(actor: ActorFacts): string {
  const lineage = actor.via_lineage
    ? ` (reached through the lineage of product ${actor.via_lineage.product_id} at depth ${actor.via_lineage.depth})`
    : "";
  return `${actor.role_in_chain} ${actor.actor_id}${lineage}`;
}

export function explainOutOfScope(ruleset: Ruleset, actor: ActorFacts): string {
  return `${ruleset.title} (v${ruleset.version}, ${ruleset.status}) sets no presumption for the ${actor.role_in_chain} role, so none is assessed for ${who(actor)}.`;
}

export interface ExplainArgs {
  ruleset: Ruleset;
  actor: ActorFacts;
  conditions: ConditionResult[];
  presumption: Presumption;
  rebutted: boolean;
  acceptedRebuttals: string[];
}

export function explain(a: ExplainArgs): string {
  const parts = [
    `Under ${a.ruleset.title} (v${a.ruleset.version}, ${a.ruleset.status}) the presumption ${VERB[a.presumption]} for ${who(a.actor)}.`,
  ];
  const met = list(a.conditions, "met");
  const notMet = list(a.conditions, "not_met");
  const unknown = list(a.conditions, "unknown");
  if (met) parts.push(`Met: ${met}.`);
  if (notMet) parts.push(`Not met: ${notMet}.`);
  if (unknown) parts.push(`Not established on the record: ${unknown}.`);
  if (a.rebutted) {
    parts.push(
      `It was rebutted (${a.ruleset.rebuttal.citation}) by accepted rebuttal ${a.acceptedRebuttals.join(", ")}.`,
    );
  } else if (a.acceptedRebuttals.length > 0) {
    parts.push(
      `Accepted rebuttal ${a.acceptedRebuttals.join(", ")} did not change the outcome, which rests on other conditions.`,
    );
  }
  return parts.join(" ");
}
