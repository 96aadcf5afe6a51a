import { disclosureEvidence } from "./as-of";
import { type ActorContext, type Evaluated, evaluateCondition } from "./conditions";
import { explain, explainOutOfScope } from "./explain";
import { collectConditionRefs, evalExpr, type Tri } from "./logic";
import type { Ruleset } from "./ruleset-schema";
import type {
  ActorAssessment,
  ActorFacts,
  Basis,
  CausalityInput,
  ConditionResult,
  ObligationEvidence,
  Presumption,
} from "./types";

export type * from "./types";

/**
 * Pure and deterministic: the output depends only on `input` (no clock, no I/O, no randomness), and
 * basis lists are sorted so that the order in which the DB returned rows cannot change the result.
 * Assessments can therefore be frozen with a hash of their input and recomputed later for audit.
 */
export function evaluateCausality(input: CausalityInput): ActorAssessment[] {
  const { incident, catalog } = input;
  const riskLinked =
    incident.risk_codes.length === 0
      ? null
      : new Set(incident.risk_codes.flatMap((r) => catalog.risk_to_obligations[r] ?? []));
  return input.actors.map((actor) => assessActor(input, actor, riskLinked));
}

/** Conditions a role's presumption needs, including those that a linkage condition reads. */
function neededConditions(ruleset: Ruleset, roots: string[]): Set<string> {
  const needed = new Set<string>();
  const visit = (id: string) => {
    if (needed.has(id)) return;
    needed.add(id);
    const c = ruleset.conditions.find((x) => x.id === id);
    if (c?.kind === "fault_risk_linkage") c.fault_conditions.forEach(visit);
  };
  roots.forEach(visit);
  return needed;
}

function mergeEvidence(items: ObligationEvidence[]): Map<string, ObligationEvidence> {
  const out = new Map<string, ObligationEvidence>();
  for (const e of items) {
    const prev = out.get(e.code);
    out.set(
      e.code,
      prev
        ? {
            code: e.code,
            attestations: [...prev.attestations, ...e.attestations],
            findings: [...prev.findings, ...e.findings],
          }
        : e,
    );
  }
  return out;
}

const BASIS_ORDER: Basis["type"][] = [
  "rebuttal",
  "finding",
  "disclosure_order",
  "missing_attestation",
  "attestation",
  "disclosure",
  "incident_field",
];

function sortBasis(basis: Basis[]): Basis[] {
  const key = (b: Basis) => `${BASIS_ORDER.indexOf(b.type)}|${b.obligation_code ?? ""}|${b.ref}`;
  const seen = new Set<string>();
  return [...basis]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .filter((b) => !seen.has(key(b)) && Boolean(seen.add(key(b))));
}

function toPresumption(t: Tri): Presumption {
  if (t === "met") return "applies";
  return t === "not_met" ? "does_not_apply" : "insufficient_information";
}

function assessActor(
  input: CausalityInput,
  actor: ActorFacts,
  riskLinked: Set<string> | null,
): ActorAssessment {
  const { ruleset, catalog } = input;
  const head = {
    actor_id: actor.actor_id,
    role_in_chain: actor.role_in_chain,
    ...(actor.via_lineage ? { via_lineage: actor.via_lineage } : {}),
    ruleset: ruleset.id,
    ruleset_version: ruleset.version,
  };
  const rule = ruleset.roles[actor.role_in_chain];
  if (!rule) {
    return {
      ...head,
      conditions: [],
      presumption: "does_not_apply",
      rebutted: false,
      explanation: explainOutOfScope(ruleset, actor),
    };
  }
  const needed = neededConditions(
    ruleset,
    collectConditionRefs(rule.presumption).map((r) => r.id),
  );
  // Only rebuttals a court accepted, under this ruleset, against an element this role is assessed on.
  const accepted = actor.rebuttals
    .filter((r) => r.ruleset_id === ruleset.id && r.accepted === true)
    .filter((r) => r.condition_id === ruleset.rebuttal.id || needed.has(r.condition_id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const role = actor.role_in_chain.toUpperCase();
  const ctxBase = {
    input,
    actor,
    roleCodes: new Set(catalog.obligations.filter((o) => o.actors.includes(role)).map((o) => o.code)),
    riskLinked,
    evidence: mergeEvidence(actor.obligations),
    disclosures: disclosureEvidence(
      actor.disclosures,
      ruleset.disclosure_evidence,
      input.incident.occurred_at,
    ),
  };

  // Evaluated twice, without and with rebuttals, so "rebutted" means exactly that the accepted
  // rebuttals defeated a presumption that would otherwise apply, not merely that one was filed.
  const run = (withRebuttals: boolean) => {
    const results = new Map<string, Evaluated>();
    const ctx: ActorContext = { ...ctxBase, results };
    for (const c of ruleset.conditions) {
      if (!needed.has(c.id)) continue;
      let ev = evaluateCondition(c, ctx);
      const against = withRebuttals ? accepted.filter((r) => r.condition_id === c.id) : [];
      if (against.length > 0) {
        const rebuttalBasis = against.map((r): Basis => ({ type: "rebuttal", ref: r.id }));
        ev = { result: "not_met", basis: [...rebuttalBasis, ...ev.basis], implicated: [] };
      }
      results.set(c.id, ev);
    }
    const tri = evalExpr(rule.presumption, new Map([...results].map(([id, ev]) => [id, ev.result])));
    return { results, tri };
  };

  const before = run(false);
  const after = accepted.length > 0 ? run(true) : before;
  const whole = accepted.some((r) => r.condition_id === ruleset.rebuttal.id);
  const rebutted = whole || (before.tri === "met" && after.tri !== "met");
  const presumption: Presumption = rebutted ? "does_not_apply" : toPresumption(after.tri);
  const conditions: ConditionResult[] = ruleset.conditions
    .filter((c) => needed.has(c.id))
    .map((c) => {
      const ev = after.results.get(c.id) as Evaluated;
      return { id: c.id, citation: c.citation, text: c.text, result: ev.result, basis: sortBasis(ev.basis) };
    });
  return {
    ...head,
    conditions,
    presumption,
    rebutted,
    explanation: explain({
      ruleset,
      actor,
      conditions,
      presumption,
      rebutted,
      acceptedRebuttals: accepted.map((r) => r.id),
    }),
  };
}
