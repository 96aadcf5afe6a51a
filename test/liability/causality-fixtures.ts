/** Shared builders for the causality engine unit tests. */

import { catalog as catalogJson } from "../../src/modules/catalog";
import type { ActorFacts, CatalogFacts, CausalityInput, IncidentFacts } from "../../src/modules/liability";
import { evaluateCausality, loadBundledRulesets } from "../../src/modules/liability";

export const catalog: CatalogFacts = catalogJson;
export const rulesets = loadBundledRulesets();
export const OCCURRED = "2026-01-10T09:00:00Z";
export const EVALUATED = "2026-03-01T00:00:00Z";

export function incident(patch: Partial<IncidentFacts> = {}): IncidentFacts {
  return {
    id: "inc-1",
    occurred_at: OCCURRED,
    risk_codes: ["R_FALSE_INFO"],
    event_type: "injury",
    severity: "moderate",
    outcome: "recovering",
    product_high_risk: true,
    ...patch,
  };
}

export function actor(role: ActorFacts["role_in_chain"], patch: Partial<ActorFacts> = {}): ActorFacts {
  return {
    actor_id: `${role}-1`,
    role_in_chain: role,
    obligations: [],
    disclosure_orders: [],
    disclosures: [],
    rebuttals: [],
    ...patch,
  };
}

export const attested = (...codes: string[]) =>
  codes.map((code) => ({
    code,
    attestations: [
      { id: `att-${code}`, effective_from: "2025-06-01T00:00:00Z", recorded_at: "2025-06-01T00:00:00Z" },
    ],
    findings: [],
  }));

export const breached = (code: string) => ({
  code,
  attestations: [],
  findings: [
    {
      id: `fnd-${code}`,
      outcome: "breach" as const,
      effective_from: "2025-01-01T00:00:00Z",
      recorded_at: "2026-02-01T00:00:00Z",
    },
  ],
});

export function run(rulesetId: string, actors: ActorFacts[], inc: Partial<IncidentFacts> = {}) {
  const ruleset = rulesets.get(rulesetId);
  if (!ruleset) throw new Error(rulesetId);
  const input: CausalityInput = {
    ruleset,
    evaluated_at: EVALUATED,
    incident: incident(inc),
    catalog,
    actors,
  };
  return evaluateCausality(input);
}

export const result = (a: ReturnType<typeof run>[number], id: string) =>
  a.conditions.find((c) => c.id === id)?.result;
export const missedOrder = { id: "ord-1", due_at: "2026-02-01T00:00:00Z", answered_at: null };

/** One condition of one ruleset for a single actor of `role`, or a thrown error if not assessed. */
export function conditionOf(
  rulesetId: string,
  conditionId: string,
  role: ActorFacts["role_in_chain"],
  act: Partial<ActorFacts> = {},
  inc: Partial<IncidentFacts> = {},
) {
  const [a] = run(rulesetId, [actor(role, act)], inc);
  const cond = a?.conditions.find((c) => c.id === conditionId);
  if (!cond) throw new Error(`${conditionId} not assessed for ${role}`);
  return cond;
}
