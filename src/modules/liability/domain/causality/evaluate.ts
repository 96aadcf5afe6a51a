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

/**
 * Without an operator role given by the caller (who resolves relations and court facts), the first
 * operator rule naming the actor's chain role applies: a provider of the harming product is its
 * manufacturer, whatever reads the input.
 */
/** Condition ids the overall presumption depends on, following the outcomes it refers to. */
function presumptionElements(rule: Ruleset["roles"][string]): Set<string> {
  const outcomes = new Map(rule.outcomes.map((o) => [o.id, o.expr]));
  const out = new Set<string>();
  const visit = (expr: Parameters<typeof collectConditionRefs>[0]) => {
    for (const { id } of collectConditionRefs(expr)) {
      if (out.has(id)) continue;
      out.add(id);
      const inner = outcomes.get(id);
      if (inner) visit(inner);
    }
  };
  visit(rule.presumption);
  return out;
}

function chainOperatorRole(ruleset: Ruleset, actor: ActorFacts): string | undefined {
  return ruleset.operators?.find(
    (o) =>
      "chain_role" in o.from &&
      o.when === undefined &&
      o.from.chain_role === actor.role_in_chain &&
      (!o.from.direct || actor.via_lineage === undefined),
  )?.role;
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
    ...(actor.instrument_role
      ? { role_under_instrument: actor.instrument_role, role_basis: actor.instrument_role_basis ?? "" }
      : {}),
  };
  const roleKey = actor.instrument_role ?? chainOperatorRole(ruleset, actor) ?? actor.role_in_chain;
  const rule = ruleset.roles[roleKey];
  if (!rule) {
    return {
      ...head,
      conditions: [],
      presumption: "does_not_apply",
      rebutted: false,
      explanation: explainOutOfScope(ruleset, actor),
    };
  }
  const outcomeIds = new Set(rule.outcomes.map((o) => o.id));
  const refs = [rule.presumption, ...rule.outcomes.map((o) => o.expr)].flatMap((e) =>
    collectConditionRefs(e).map((r) => r.id),
  );
  const needed = neededConditions(
    ruleset,
    refs.filter((id) => !outcomeIds.has(id)),
  );
  // Only rebuttals a court accepted, under this ruleset, against an element this role is assessed on.
  const accepted = actor.rebuttals
    .filter((r) => r.ruleset_id === ruleset.id && r.accepted === true)
    .filter(
      (r) =>
        r.condition_id === ruleset.rebuttal.id ||
        needed.has(r.condition_id) ||
        outcomeIds.has(r.condition_id),
    )
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
        const rebuttalBasis = against.map(
          (r): Basis => ({
            type: "rebuttal",
            ref: r.id,
            ...(r.decided_by ? { decided_by: r.decided_by } : {}),
          }),
        );
        ev = { result: "not_met", basis: [...rebuttalBasis, ...ev.basis], implicated: [] };
      }
      results.set(c.id, ev);
    }
    const values = new Map([...results].map(([id, ev]) => [id, ev.result]));
    // Outcomes in order, each visible to later ones and to the overall presumption; an accepted
    // rebuttal naming an outcome (PLD Art. 10(5): rebut the presumed defect) defeats it.
    const outcomes = rule.outcomes.map((o) => {
      const rebuttedHere = withRebuttals && accepted.some((r) => r.condition_id === o.id);
      const tri: Tri = rebuttedHere ? "not_met" : evalExpr(o.expr, values);
      values.set(o.id, tri);
      return { id: o.id, citation: o.citation, text: o.text, tri };
    });
    const tri = evalExpr(rule.presumption, values);
    return { results, outcomes, tri };
  };

  const before = run(false);
  const after = accepted.length > 0 ? run(true) : before;
  const whole = accepted.some((r) => r.condition_id === ruleset.rebuttal.id);
  // "Rebutted" means an accepted rebuttal defeated a presumption that applied without it; a court that
  // accepts a rebuttal of the whole presumption also settles it as not applying.
  const rebutted = before.tri === "met" && (whole || after.tri !== "met");
  const presumption: Presumption = whole || rebutted ? "does_not_apply" : toPresumption(after.tri);
  const conditions: ConditionResult[] = ruleset.conditions
    .filter((c) => needed.has(c.id))
    .map((c) => {
      const ev = after.results.get(c.id) as Evaluated;
      return { id: c.id, citation: c.citation, text: c.text, result: ev.result, basis: sortBasis(ev.basis) };
    });
  // A presumption resting on a fact no court established is provisional: regulators' and the
  // registry's own readings can be overturned by the court that decides the claim.
  // Only elements the presumption rests on count (directly or through the outcomes it names), not those
  // feeding side outcomes such as a suggestion or a reduced exposure.
  const carrying = presumptionElements(rule);
  const provisional =
    presumption === "applies" &&
    conditions.some(
      (c) =>
        carrying.has(c.id) &&
        c.result === "met" &&
        c.basis.some((b) => b.decided_by !== undefined && b.decided_by !== "court"),
    );
  return {
    ...head,
    conditions,
    presumption,
    ...(rule.outcomes.length > 0
      ? {
          outcomes: after.outcomes.map((o) => ({
            id: o.id,
            citation: o.citation,
            text: o.text,
            result: toPresumption(o.tri),
          })),
        }
      : {}),
    provisional,
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
