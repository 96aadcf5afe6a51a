import { orderState, resolveObligation } from "./as-of";
import { type Tri, triAll, triAny } from "./logic";
import type { Condition } from "./ruleset-schema";
import type { ActorFacts, Basis, CausalityInput, ObligationEvidence } from "./types";

/** One condition's outcome plus the obligation codes it blames (read by fault_risk_linkage). */
export interface Evaluated {
  result: Tri;
  basis: Basis[];
  implicated: string[];
}

export interface ActorContext {
  input: CausalityInput;
  actor: ActorFacts;
  /** Catalog obligations whose duty-bearers include this actor's role. */
  roleCodes: ReadonlySet<string>;
  /** Catalog obligations linked to any incident risk; null when the incident has no risk codes. */
  riskLinked: ReadonlySet<string> | null;
  evidence: ReadonlyMap<string, ObligationEvidence>;
  disclosures: ReadonlyMap<string, string[]>;
  /** Results of conditions evaluated so far, after rebuttals, in declaration order. */
  results: ReadonlyMap<string, Evaluated>;
}

const NO_RISKS: Basis = { type: "incident_field", ref: "risk_codes=" };

function riskBasis(codes: string[]): Basis[] {
  return codes.map((r) => ({ type: "incident_field", ref: `risk_codes=${r}` }));
}

function obligations(
  c: Extract<Condition, { kind: "obligation_non_compliance" }>,
  ctx: ActorContext,
): Evaluated {
  if (c.restrict_to_incident_risks && ctx.riskLinked === null) {
    // Relevance ("meant to protect against the damage") cannot be judged without knowing the harm.
    return { result: "unknown", basis: [NO_RISKS], implicated: [] };
  }
  const linked = ctx.riskLinked ?? new Set<string>();
  const candidates = [...new Set(c.codes ?? [...linked].sort())].filter(
    (code) => (!c.restrict_to_incident_risks || linked.has(code)) && ctx.roleCodes.has(code),
  );
  // No duty of this kind rests on this role for this harm, so it cannot have been breached.
  if (candidates.length === 0) return { result: "not_met", basis: [], implicated: [] };
  const resolved = candidates.map((code) =>
    resolveObligation(code, ctx.evidence.get(code), ctx.disclosures.get(code) ?? [], ctx.input),
  );
  const pick = (status: string) => resolved.filter((r) => r.status === status);
  const breached = pick("finding_breach");
  if (breached.length > 0) {
    return {
      result: "met",
      basis: breached.flatMap((r) => r.basis),
      implicated: breached.map((r) => r.code),
    };
  }
  const missing = pick("missing");
  if (missing.length > 0) {
    const basis = missing.flatMap((r) => r.basis);
    return c.missing_attestation === "met"
      ? { result: "met", basis, implicated: missing.map((r) => r.code) }
      : { result: "unknown", basis, implicated: [] };
  }
  return { result: "not_met", basis: resolved.flatMap((r) => r.basis), implicated: [] };
}

function disclosureOrders(ctx: ActorContext): Evaluated {
  const states = ctx.actor.disclosure_orders.map((o) => ({ o, s: orderState(o, ctx.input.evaluated_at) }));
  const of = (s: string): Basis[] =>
    states
      .filter((x) => x.s === s)
      .map((x) => ({
        type: "disclosure_order",
        ref: x.o.id,
        ...(x.o.decided_by ? { decided_by: x.o.decided_by } : {}),
      }));
  const missed = of("missed");
  if (missed.length > 0) {
    // Art. 3(5) AILD presumes non-compliance with "a relevant duty of care": the duties this role owes
    // against the harm that occurred, which is what the withheld evidence was meant to show.
    const implicated = [...(ctx.riskLinked ?? [])].filter((code) => ctx.roleCodes.has(code)).sort();
    return { result: "met", basis: missed, implicated };
  }
  const pending = of("pending");
  if (pending.length > 0) return { result: "unknown", basis: pending, implicated: [] };
  return { result: "not_met", basis: of("complied"), implicated: [] };
}

interface FieldTestLike {
  field: string;
  met_values: (string | number | boolean)[];
  not_met_values: (string | number | boolean)[];
  if_unrecorded: Tri;
}

/**
 * Field tests over a record of facts. A value a court or regulator recorded is cited as that decision
 * (type legal_fact, with who decided), anything else as the incident field it is.
 */
function fieldTests(
  tests: FieldTestLike[],
  combine: "all" | "any",
  values: Record<string, unknown>,
  sources: Record<string, { id: string; decided_by: string }>,
): Evaluated {
  const basis: Basis[] = [];
  const results = tests.map((t): Tri => {
    const value = values[t.field];
    const source = sources[t.field];
    basis.push(
      source && value != null
        ? { type: "legal_fact", ref: source.id, decided_by: source.decided_by }
        : { type: "incident_field", ref: `${t.field}=${value == null ? "" : String(value)}` },
    );
    if (value == null) return t.if_unrecorded;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      return "unknown";
    }
    if (t.met_values.includes(value)) return "met";
    return t.not_met_values.includes(value) ? "not_met" : "unknown";
  });
  return { result: combine === "all" ? triAll(results) : triAny(results), basis, implicated: [] };
}

function incidentFacts(c: Extract<Condition, { kind: "incident_facts" }>, ctx: ActorContext): Evaluated {
  const incident = ctx.input.incident as unknown as Record<string, unknown>;
  return fieldTests(c.tests, c.combine, incident, ctx.input.incident.fact_sources ?? {});
}

function actorFacts(c: Extract<Condition, { kind: "actor_facts" }>, ctx: ActorContext): Evaluated {
  const prefix = `${ctx.actor.actor_id}:`;
  const sources = Object.fromEntries(
    Object.entries(ctx.input.incident.fact_sources ?? {})
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
  return fieldTests(c.tests, c.combine, ctx.actor.legal_facts ?? {}, sources);
}

/**
 * Binding requirements whose duty-bearer is the actor's role and (optionally) that protect against the
 * incident's risks: a finding of breach is met; anything else leaves it to the claimant (unknown).
 */
function requirements(
  c: Extract<Condition, { kind: "requirement_non_compliance" }>,
  ctx: ActorContext,
): Evaluated {
  const risks = new Set(ctx.input.incident.risk_codes);
  if (c.restrict_to_incident_risks && risks.size === 0)
    return { result: "unknown", basis: [NO_RISKS], implicated: [] };
  const role = ctx.actor.instrument_role ?? ctx.actor.role_in_chain;
  const product = c.scope === "product";
  const relevant = (ctx.input.catalog.requirements ?? []).filter(
    (r) =>
      (c.instruments === undefined || c.instruments.includes(r.instrument)) &&
      (product || r.duty_bearers.includes(role) || r.duty_bearers.includes(ctx.actor.role_in_chain)) &&
      (!c.restrict_to_incident_risks || r.risks.some((x) => risks.has(x))),
  );
  if (relevant.length === 0) return { result: "not_met", basis: [], implicated: [] };
  // For the product, every actor's findings count: the breach makes the product non-compliant.
  const evidenceOf = (code: string) => {
    if (!product) return ctx.evidence.get(code);
    const all = ctx.input.actors.flatMap((a) => a.obligations.filter((o) => o.code === code));
    return {
      code,
      attestations: all.flatMap((o) => o.attestations),
      findings: all.flatMap((o) => o.findings),
    };
  };
  const resolved = relevant.map((r) => resolveObligation(r.code, evidenceOf(r.code), [], ctx.input));
  const breached = resolved.filter((r) => r.status === "finding_breach");
  if (breached.length > 0) {
    return {
      result: "met",
      basis: breached.flatMap((r) => r.basis),
      implicated: breached.map((r) => r.code),
    };
  }
  const cleared = resolved.every((r) => r.status === "finding_met" || r.status === "not_applicable");
  return {
    result: cleared ? "not_met" : "unknown",
    basis: resolved.filter((r) => r.status !== "missing").flatMap((r) => r.basis),
    implicated: [],
  };
}

function riskMatch(c: Extract<Condition, { kind: "incident_risk_match" }>, ctx: ActorContext): Evaluated {
  const risks = [...ctx.input.incident.risk_codes].sort();
  if (risks.length === 0) return { result: "unknown", basis: [NO_RISKS], implicated: [] };
  const hits = risks.filter((r) => c.risk_codes.includes(r));
  return hits.length > 0
    ? { result: "met", basis: riskBasis(hits), implicated: [] }
    : { result: "not_met", basis: riskBasis(risks), implicated: [] };
}

function linkage(c: Extract<Condition, { kind: "fault_risk_linkage" }>, ctx: ActorContext): Evaluated {
  const risks = [...ctx.input.incident.risk_codes].sort();
  if (risks.length === 0) return { result: "unknown", basis: [NO_RISKS], implicated: [] };
  const outputRisks = risks.filter((r) => c.output_risk_codes.includes(r));
  // The harm did not come through the system's output (e.g. a data breach), so 4(1)(b) cannot hold.
  if (outputRisks.length === 0) return { result: "not_met", basis: riskBasis(risks), implicated: [] };
  const faults = c.fault_conditions.map((id) => ctx.results.get(id)).filter((f) => f?.result === "met");
  const implicated = [...new Set(faults.flatMap((f) => f?.implicated ?? []))].sort();
  // Without an established fault there is nothing whose influence on the output could be weighed.
  if (implicated.length === 0) return { result: "unknown", basis: riskBasis(outputRisks), implicated: [] };
  const tables = ctx.input.catalog.risk_to_obligations;
  const linked = implicated.filter((code) => outputRisks.some((r) => tables[r]?.includes(code)));
  if (linked.length === 0) return { result: "not_met", basis: riskBasis(outputRisks), implicated: [] };
  const faultBasis = faults
    .flatMap((f) => f?.basis ?? [])
    .filter((b) => b.obligation_code === undefined || linked.includes(b.obligation_code));
  return { result: "met", basis: [...riskBasis(outputRisks), ...faultBasis], implicated: linked };
}

export function evaluateCondition(c: Condition, ctx: ActorContext): Evaluated {
  switch (c.kind) {
    case "obligation_non_compliance":
      return obligations(c, ctx);
    case "disclosure_order_missed":
      return disclosureOrders(ctx);
    case "incident_facts":
      return incidentFacts(c, ctx);
    case "incident_risk_match":
      return riskMatch(c, ctx);
    case "fault_risk_linkage":
      return linkage(c, ctx);
    case "actor_facts":
      return actorFacts(c, ctx);
    case "requirement_non_compliance":
      return requirements(c, ctx);
  }
}
