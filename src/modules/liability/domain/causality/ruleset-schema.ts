import { z } from "zod";
import { ApplicabilitySchema } from "../../../../domain/law/applicability-schema";
import {
  VALUE_CHAIN_ROLES as CHAIN_ROLES,
  type ValueChainRole as ChainRole,
} from "../../../../platform/auth/roles";
import { ACTOR_FIELDS, ConditionSchema, nonEmpty, obligationCode, slug } from "./condition-schema";
import { collectConditionRefs, type Expr, ExprSchema } from "./logic";

export {
  ACTOR_FIELDS,
  type ActorField,
  type Condition,
  ConditionSchema,
  INCIDENT_FIELDS,
  type IncidentField,
} from "./condition-schema";

/**
 * Causality rulesets are data (rulesets/*.json) because the law they encode moves: the AI Liability
 * Directive proposal was withdrawn in 2025, the revised PLD applies from December 2026, and assessments
 * frozen under an older version must stay reproducible. This module only validates that data; the
 * engine (evaluate.ts) interprets a fixed, small set of condition kinds.
 */

export const ROLES = CHAIN_ROLES;
export type Role = ChainRole;

/** A named result beside the overall one (PLD: the presumed defect and the presumed causal link apart). */
const OutcomeSchema = z.strictObject({ id: slug, expr: ExprSchema, citation: nonEmpty, text: nonEmpty });

const RoleRuleSchema = z.strictObject({
  presumption: ExprSchema,
  outcomes: z.array(OutcomeSchema).default([]),
  note: z.string().optional(),
});

/**
 * How an actor of the value chain becomes an operator the instrument names (PLD Art. 8): by its chain
 * role, by a recorded relation to the manufacturer (importer, authorised representative, …), or by a
 * fact a court recorded about it (a deployer that substantially modified the product). `when` narrows it
 * to the cases the article covers. Without `operators`, the chain role is the role under the instrument.
 */
export const OPERATOR_CONDITIONS = [
  "manufacturer_outside_union",
  "no_importer_or_representative_in_union",
  "no_union_operator_identified",
] as const;
const OperatorSchema = z.strictObject({
  role: slug,
  citation: nonEmpty,
  text: nonEmpty,
  from: z.union([
    z.strictObject({ chain_role: z.enum(CHAIN_ROLES), direct: z.boolean().optional() }),
    z.strictObject({
      relation: z.enum([
        "authorised_representative_of",
        "importer_of",
        "fulfilment_service_provider_for",
        "distributor_of",
      ]),
    }),
    z.strictObject({ actor_fact: z.enum(ACTOR_FIELDS) }),
  ]),
  when: z.enum(OPERATOR_CONDITIONS).optional(),
});
export type OperatorRule = z.infer<typeof OperatorSchema>;

/** Periods after which a claim fails (PLD Art. 16, 17), computed from the facts they rest on. */
const TimeLimitsSchema = z.strictObject({
  limitation: z
    .strictObject({ years: z.number().int().positive(), citation: nonEmpty, text: nonEmpty })
    .optional(),
  expiry: z
    .strictObject({
      years: z.number().int().positive(),
      latent_personal_injury_years: z.number().int().positive().optional(),
      citation: nonEmpty,
      text: nonEmpty,
    })
    .optional(),
});

export const RulesetSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug"),
    version: z.number().int().positive(),
    title: nonEmpty,
    jurisdiction: nonEmpty,
    status: slug,
    source: z.strictObject({
      instrument: nonEmpty,
      citation: nonEmpty,
      celex: z.string().optional(),
      url: z.url().optional(),
      articles: z.array(nonEmpty).optional(),
    }),
    note: z.string().optional(),
    /** Whether the instrument covers the incident at all: evaluated before any condition. */
    applicability: ApplicabilitySchema,
    /** Published disclosures of these kinds, on record by the incident date, evidence these obligations. */
    disclosure_evidence: z.record(slug, z.array(obligationCode).min(1)).default({}),
    rebuttal: z.strictObject({ id: slug, citation: nonEmpty, text: nonEmpty }),
    conditions: z.array(ConditionSchema).min(1),
    /**
     * Keyed by the role under the instrument: the chain role (developer, provider, deployer) unless
     * `operators` maps actors to the instrument's own roles. A role left out is outside its scope.
     */
    roles: z.record(slug, RoleRuleSchema),
    operators: z.array(OperatorSchema).optional(),
    time_limits: TimeLimitsSchema.optional(),
    /** Where several operators are liable for the same damage, the victim may claim from each (PLD Art. 12). */
    joint_liability: z.strictObject({ citation: nonEmpty, text: nonEmpty }).optional(),
    /** Shown on every answer: withdrawn proposal, non-binding guidance, a registry reading. */
    banner: z.string().optional(),
  })
  .superRefine((rs, ctx) => {
    const index = new Map<string, number>();
    rs.conditions.forEach((c, i) => {
      if (index.has(c.id) || c.id === rs.rebuttal.id) {
        ctx.addIssue({ code: "custom", path: ["conditions", i, "id"], message: `duplicate id "${c.id}"` });
      }
      index.set(c.id, i);
      if (c.kind === "obligation_non_compliance" && !c.codes && !c.restrict_to_incident_risks) {
        // Without either bound the condition would test the whole catalog, which no rule of law does.
        ctx.addIssue({
          code: "custom",
          path: ["conditions", i, "codes"],
          message: "give codes or set restrict_to_incident_risks",
        });
      }
      if (c.kind === "fault_risk_linkage") {
        c.fault_conditions.forEach((ref, j) => {
          const at = index.get(ref);
          const target = at === undefined ? undefined : rs.conditions[at];
          // Linkage reads results already computed, so its inputs must be declared earlier.
          if (
            !target ||
            at === i ||
            target.kind === "fault_risk_linkage" ||
            target.kind === "incident_facts"
          ) {
            ctx.addIssue({
              code: "custom",
              path: ["conditions", i, "fault_conditions", j],
              message: `"${ref}" must name an earlier obligation or disclosure-order condition`,
            });
          }
        });
      }
    });
    const known = new Set<string>(rs.operators ? rs.operators.map((o) => o.role) : ROLES);
    for (const [role, rule] of Object.entries(rs.roles)) {
      if (!known.has(role)) {
        ctx.addIssue({
          code: "custom",
          path: ["roles", role],
          message: rs.operators ? "no operator rule yields this role" : `must be one of ${ROLES.join(", ")}`,
        });
      }
      // An outcome may build on earlier outcomes; the overall presumption on any of them.
      const ids = rule.outcomes.map((o) => o.id);
      const exprs = [
        ...rule.outcomes.map((o, i) => ({
          path: ["outcomes", i, "expr"],
          expr: o.expr,
          outcomes: ids.slice(0, i),
        })),
        { path: ["presumption"], expr: rule.presumption, outcomes: ids },
      ];
      for (const { path, expr, outcomes } of exprs) {
        for (const ref of collectConditionRefs(expr)) {
          if (!index.has(ref.id) && !outcomes.includes(ref.id)) {
            ctx.addIssue({
              code: "custom",
              path: ["roles", role, ...path, ...ref.path],
              message: `unknown condition "${ref.id}"`,
            });
          }
        }
      }
    }
    if (Object.keys(rs.roles).length === 0) {
      ctx.addIssue({ code: "custom", path: ["roles"], message: "at least one role must be covered" });
    }
  });
export type Ruleset = z.infer<typeof RulesetSchema>;
export type { Expr };

export interface RulesetIssue {
  path: string;
  message: string;
}

/** Typed so the start-up code and the API error mapper can react on `code`, not on message text. */
export class RulesetError extends Error {
  readonly code = "invalid_causality_ruleset";
  constructor(
    readonly sourceName: string,
    readonly issues: RulesetIssue[],
  ) {
    super(
      `invalid causality ruleset "${sourceName}": ${issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`,
    );
    this.name = "RulesetError";
  }
}

/** Validates one ruleset (JSON text or parsed value); `sourceName` (the file name) is in every error. */
export function parseRuleset(json: unknown, sourceName: string): Ruleset {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (err) {
      throw new RulesetError(sourceName, [
        { path: "", message: `not valid JSON: ${(err as Error).message}` },
      ]);
    }
  }
  const result = RulesetSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({
      path: i.path.map(String).join("."),
      message: i.message,
    }));
    throw new RulesetError(sourceName, issues);
  }
  return result.data;
}

/**
 * Validates every ruleset and indexes them by id. Two files claiming the same id would make the choice
 * of law depend on load order, so that is an error too.
 */
export function loadRulesets(jsons: Record<string, unknown>): Map<string, Ruleset> {
  const byId = new Map<string, Ruleset>();
  const from = new Map<string, string>();
  for (const name of Object.keys(jsons).sort()) {
    const rs = parseRuleset(jsons[name], name);
    const other = from.get(rs.id);
    if (other !== undefined) {
      throw new RulesetError(name, [{ path: "id", message: `id "${rs.id}" already defined by "${other}"` }]);
    }
    byId.set(rs.id, rs);
    from.set(rs.id, name);
  }
  return byId;
}
