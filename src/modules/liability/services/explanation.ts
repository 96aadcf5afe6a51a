import { eq, inArray } from "drizzle-orm";
import type { Deps } from "../../../deps";
import type { Principal } from "../../../platform/auth/principal";
import type { Db } from "../../../platform/db/client";
import { invalidField } from "../../../platform/errors";
import * as registry from "../../registry";
import {
  type ActorAssessment,
  type Basis,
  type Condition,
  type ConditionResult,
  type Expr,
  evaluateCausality,
  incidentLiability,
  type Presumption,
  type Ruleset,
  type Tri,
  timeLimits,
} from "../domain/causality";
import type {
  BannerReason,
  ChainStep,
  EstablishedBy,
  Explanation,
  ExplanationActor,
  ExplanationElement,
} from "../domain/explanation-html";
import type { Rulesets } from "../routes/rulesets/load";
import * as t from "../schema";
import type { DecidedBy } from "../schemas/decided-by";
import { evaluationMode, rulesetApplicability } from "./applicability";
import { incidentResultFor, visibleRows } from "./causality-view";
import { loadEvidence } from "./evidence";
import { buildCausalityInput } from "./facts";
import { chainProducts, type LiabilityIncident, loadLiabilityIncident } from "./incident";

/**
 * Issue 12 item 7: the causality analysis explained for a judge, both parties and regulators. It runs
 * exactly what GET /v1/incidents/{id}/causality runs (applicability, the engine, the visible rows, time
 * limits, the incident result) and adds what the record says about each element: who established each
 * fact and when, the standard of proof the ruleset states, what is missing and how to obtain it, how a
 * met element is answered, and the attestations the engine disregarded because they came after the harm.
 * An actor sees only its own entry; nothing of the reporter's identity is read.
 */
export async function buildExplanation(
  deps: Pick<Deps, "db" | "clock"> & { rulesets: Rulesets },
  principal: Principal,
  incidentId: string,
  rulesetId: string,
  hypothetical: boolean,
  actorFilter?: string,
): Promise<Explanation> {
  const ruleset = deps.rulesets.get(rulesetId);
  if (!ruleset) throw invalidField("query", "ruleset", `unknown ruleset ${rulesetId}`);
  const li = await loadLiabilityIncident(deps.db, principal, incidentId);
  const now = deps.clock.now().toISOString();
  const applicability = await rulesetApplicability(deps, li, ruleset, now);
  const mode = evaluationMode(applicability, hypothetical, "query.hypothetical");
  const input = mode.evaluate ? await buildCausalityInput(deps.db, li, ruleset, now) : undefined;
  const all = input ? evaluateCausality(input) : [];
  const rows = visibleRows(principal, all, actorFilter);
  const limits = input ? timeLimits(ruleset, input.incident, now) : undefined;
  const [records, chain, disregarded, names] = await Promise.all([
    loadRecords(deps.db, li, rows),
    chainOfFacts(deps.db, li),
    disregardedAttestations(deps.db, li, rows),
    actorNames(deps.db, rows),
  ]);
  const actors = rows.map((row) =>
    explainActor(ruleset, li, row, {
      name: names.get(row.actor_id) ?? row.actor_id,
      records,
      disregarded: disregarded.get(row.actor_id) ?? [],
      products: chain.productNames,
    }),
  );
  const notices = bannerNotices(ruleset, applicability, mode.hypothetical, actors);
  const { incident } = li;
  return {
    incident: {
      id: incident.id,
      reference: incident.reference,
      occurred_at: incident.occurredAt,
      country: incident.country,
    },
    ruleset: {
      id: ruleset.id,
      version: ruleset.version,
      title: ruleset.title,
      status: ruleset.status,
      citation: ruleset.source.citation,
      ...(ruleset.banner ? { banner: ruleset.banner } : {}),
    },
    evaluated_at: now,
    hypothetical: mode.hypothetical,
    banner_reasons: notices.map((n) => n.reason),
    notices,
    applicability,
    chain_of_facts: chain.steps,
    actors,
    ...(limits ? { time_limits: limits } : {}),
    ...(input
      ? { incident_result: incidentResultFor(principal, incidentLiability(ruleset, all, limits)) }
      : {}),
  };
}

function bannerNotices(
  ruleset: Ruleset,
  applicability: Explanation["applicability"],
  hypothetical: boolean,
  actors: ExplanationActor[],
): Explanation["notices"] {
  const out: Explanation["notices"] = [];
  const add = (reason: BannerReason, text: string) => out.push({ reason, text });
  const extra = ruleset.banner ? ` ${ruleset.banner}` : "";
  if (/withdrawn/.test(ruleset.status)) {
    add(
      "withdrawn",
      `${ruleset.title} was withdrawn (status ${ruleset.status}): it is not law and binds no one.${extra}`,
    );
  } else if (/non_binding|guidance/.test(ruleset.status)) {
    add(
      "non_binding",
      `${ruleset.title} is non-binding guidance (status ${ruleset.status}): no court is bound by this reading.${extra}`,
    );
  }
  const why = applicability.reasons
    .filter((r) => r.outcome !== true)
    .map((r) => `${r.citation}: ${r.text}`)
    .join(" ");
  if (applicability.applies === false) {
    const instead = applicability.governed_instead_by
      ? ` Governed instead by ${applicability.governed_instead_by.instrument} (${applicability.governed_instead_by.citation}).`
      : "";
    add("not_applicable", `The instrument does not apply to this incident. ${why}${instead}`.trim());
  } else if (applicability.applies === "unknown") {
    add("applicability_uncertain", `Whether the instrument applies is not established. ${why}`.trim());
  }
  if (hypothetical) {
    add(
      "hypothetical",
      "Evaluated on request although the instrument does not (or not certainly) apply: the result is hypothetical.",
    );
  }
  const provisional = actors.filter((a) => a.provisional).map((a) => a.name);
  if (provisional.length > 0) {
    add(
      "provisional",
      `The result for ${provisional.join(", ")} rests on a fact no court established (a regulator's or the registry's reading): provisional until a court decides it.`,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Records the basis items point to: who decided each, and when.

interface Records {
  legalFacts: Map<string, typeof t.incidentLegalFacts.$inferSelect>;
  findings: Map<string, typeof t.findings.$inferSelect>;
  attestations: Map<string, typeof t.attestations.$inferSelect>;
  orders: Map<string, typeof t.disclosureOrders.$inferSelect>;
  rebuttals: Map<
    string,
    { r: typeof t.rebuttals.$inferSelect; d: typeof t.rebuttalDecisions.$inferSelect | null }
  >;
  disclosures: Map<string, typeof registry.disclosures.$inferSelect>;
  receivedAt: string;
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

async function loadRecords(db: Db, li: LiabilityIncident, rows: ActorAssessment[]): Promise<Records> {
  const refs = (type: Basis["type"]) => [
    ...new Set(
      rows.flatMap((r) =>
        r.conditions.flatMap((c) => c.basis.filter((b) => b.type === type).map((b) => b.ref)),
      ),
    ),
  ];
  const ids = {
    finding: refs("finding"),
    attestation: refs("attestation"),
    disclosure_order: refs("disclosure_order"),
    rebuttal: refs("rebuttal"),
    disclosure: refs("disclosure"),
  };
  const [legalFacts, findings, attestations, orders, rebuttals, disclosures] = await Promise.all([
    db.select().from(t.incidentLegalFacts).where(eq(t.incidentLegalFacts.incidentId, li.incident.id)),
    ids.finding.length ? db.select().from(t.findings).where(inArray(t.findings.id, ids.finding)) : [],
    ids.attestation.length
      ? db.select().from(t.attestations).where(inArray(t.attestations.id, ids.attestation))
      : [],
    ids.disclosure_order.length
      ? db.select().from(t.disclosureOrders).where(inArray(t.disclosureOrders.id, ids.disclosure_order))
      : [],
    ids.rebuttal.length
      ? db
          .select({ r: t.rebuttals, d: t.rebuttalDecisions })
          .from(t.rebuttals)
          .leftJoin(t.rebuttalDecisions, eq(t.rebuttalDecisions.rebuttalId, t.rebuttals.id))
          .where(inArray(t.rebuttals.id, ids.rebuttal))
      : [],
    ids.disclosure.length
      ? db.select().from(registry.disclosures).where(inArray(registry.disclosures.id, ids.disclosure))
      : [],
  ]);
  return {
    legalFacts: byId(legalFacts),
    findings: byId(findings),
    attestations: byId(attestations),
    orders: byId(orders),
    rebuttals: new Map(rebuttals.map((x) => [x.r.id, x])),
    disclosures: byId(disclosures),
    receivedAt: li.incident.receivedAt,
  };
}

const decider = (d: DecidedBy | null | undefined) =>
  d ? [d.body, d.case_number].filter((x): x is string => Boolean(x)).join(", ") : undefined;

const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
  (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

function establishedBy(b: Basis, rec: Records, actorName: string): EstablishedBy {
  const head = { type: b.type, ref: b.ref, ...optional("obligation_code", b.obligation_code) };
  switch (b.type) {
    case "legal_fact": {
      const f = rec.legalFacts.get(b.ref);
      const d = f?.decidedBy as DecidedBy | null | undefined;
      const kind = d?.kind ?? b.decided_by ?? "regulator";
      return {
        ...head,
        decided_by: kind,
        by: `${decider(d) ?? "Recording regulator"}: ${f ? `${f.fact} = ${f.value}` : "legal fact"}`,
        ...optional("when", f?.decidedAt),
        ...optional("basis", f?.basis),
      };
    }
    case "finding": {
      const f = rec.findings.get(b.ref);
      return {
        ...head,
        decided_by: "regulator",
        by: `Finding${f ? ` (${f.result})` : ""} recorded by the regulator`,
        ...optional("when", f?.decidedAt),
        ...optional("basis", f?.basis),
      };
    }
    case "attestation": {
      const a = rec.attestations.get(b.ref);
      return {
        ...head,
        decided_by: null,
        by: `${actorName}'s own attestation${a ? ` (${a.status}, effective from ${a.effectiveFrom})` : ""}`,
        ...optional("when", a?.recordedAt),
      };
    }
    case "missing_attestation":
      return {
        ...head,
        decided_by: null,
        by: `No one: no attestation of ${b.ref} was on record when the harm occurred`,
      };
    case "disclosure": {
      const d = rec.disclosures.get(b.ref);
      return {
        ...head,
        decided_by: null,
        by: `Published disclosure${d ? ` "${d.title}" (${d.kind})` : ""}`,
        ...optional("when", d?.recordedAt),
      };
    }
    case "disclosure_order": {
      const o = rec.orders.get(b.ref);
      const d = o?.decidedBy as DecidedBy | null | undefined;
      return {
        ...head,
        decided_by: d?.kind ?? b.decided_by ?? "regulator",
        by: `Disclosure order by ${decider(d) ?? "the regulator"}${o ? `, due ${o.dueAt}` : ""}`,
        ...optional("when", d?.decided_at ?? o?.recordedAt),
        ...optional("basis", d?.legal_basis),
      };
    }
    case "rebuttal": {
      const x = rec.rebuttals.get(b.ref);
      const d = x?.d?.decidedBy as DecidedBy | null | undefined;
      return {
        ...head,
        decided_by: d?.kind ?? b.decided_by ?? (x?.d ? "regulator" : null),
        by: `Rebuttal by ${actorName}${x?.d ? `, ${x.d.accepted ? "accepted" : "refused"} by ${decider(d) ?? "the regulator"}` : ", undecided"}`,
        ...optional("when", x?.d?.decidedAt ?? x?.r.recordedAt),
        ...optional("basis", x?.d?.reason),
      };
    }
    case "incident_field": {
      const [field, value] = splitField(b.ref);
      return value === ""
        ? { ...head, decided_by: null, by: `Not recorded (${field})` }
        : {
            ...head,
            decided_by: null,
            by: `The incident record (${field} = ${value})`,
            when: rec.receivedAt,
          };
    }
  }
}

const splitField = (ref: string): [string, string] => {
  const at = ref.indexOf("=");
  return at < 0 ? [ref, ""] : [ref.slice(0, at), ref.slice(at + 1)];
};

// ---------------------------------------------------------------------------------------------------
// One actor's entry.

const REBUTTAL_DECISION = "POST /v1/rebuttals/{id}/decision";

function missingText(c: Condition, el: ConditionResult, incidentId: string): string {
  if (c.how_to_establish) return c.how_to_establish;
  const unrecorded = el.basis
    .filter((b) => b.type === "incident_field" && splitField(b.ref)[1] === "")
    .map((b) => splitField(b.ref)[0]);
  switch (c.kind) {
    case "incident_facts":
    case "actor_facts":
      return unrecorded.length > 0
        ? `Not recorded: ${unrecorded.join(", ")}. A court (or, provisionally, the regulator) records it: POST /v1/incidents/${incidentId}/legal-facts with fact ${unrecorded.join(" / ")}.`
        : "The recorded value decides neither way; the court weighs it.";
    case "obligation_non_compliance": {
      if (unrecorded.includes("risk_codes"))
        return "Record the incident's risk codes (the harm decides which duties are relevant).";
      const codes = el.basis.filter((b) => b.type === "missing_attestation").map((b) => b.ref);
      return `No finding on ${codes.join(", ") || "the relevant obligations"}, and silence in the registry proves nothing here (the claimant must show non-compliance): a regulator's or court's finding (POST /v1/findings) decides it.`;
    }
    case "requirement_non_compliance":
      return unrecorded.includes("risk_codes")
        ? "Record the incident's risk codes."
        : "A finding (POST /v1/findings) of breach of a binding requirement (GET /v1/binding-requirements) that protects against the incident's risks.";
    case "disclosure_order_missed":
      return "A disclosure order is pending: the element is decided when it is answered or its due date passes.";
    case "incident_risk_match":
      return "Record the incident's risk codes.";
    case "fault_risk_linkage":
      return `Depends on the fault conditions ${c.fault_conditions.join(", ")} being established.`;
  }
}

function answersText(c: Condition, ruleset: Ruleset, incidentId: string): string {
  const own = c.answer ?? "Contest the facts the element rests on.";
  return `${own} Rebuttal (${ruleset.rebuttal.citation}): POST /v1/incidents/${incidentId}/rebuttals with ruleset "${ruleset.id}" and condition_id "${c.id}" (or "${ruleset.rebuttal.id}" against the whole presumption); it counts once a court accepts it (${REBUTTAL_DECISION}).`;
}

const toTri = (p: Presumption): Tri =>
  p === "applies" ? "met" : p === "does_not_apply" ? "not_met" : "unknown";

interface Walk {
  values: Map<string, Tri>;
  describe: (id: string) => string;
  outcomeExpr: (id: string) => Expr | undefined;
}

/** The lines that made `expr` come out `want`: met children of an any, every child of an all. */
function carried(
  expr: Expr,
  want: "met" | "not_met",
  w: Walk,
  depth = 0,
  expanded = new Set<string>(),
): string[] {
  if (typeof expr === "string") {
    if (w.values.get(expr) !== want) return [];
    const sub = w.outcomeExpr(expr);
    const again = sub !== undefined && expanded.has(expr);
    const line = `${"· ".repeat(depth)}${want === "met" ? "Met" : "Not met"}: ${w.describe(expr)}${again ? " (as above)" : ""}`;
    if (!sub || again) return [line];
    expanded.add(expr);
    return [line, ...carried(sub, want, w, depth + 1, expanded)];
  }
  if ("not" in expr) return carried(expr.not, want === "met" ? "not_met" : "met", w, depth, expanded);
  const children = "all" in expr ? expr.all : expr.any;
  return children.flatMap((e) => carried(e, want, w, depth, expanded));
}

/** Condition ids under an odd number of negations: what the defendant proves to escape (defences). */
function negated(
  expr: Expr,
  outcomeExpr: (id: string) => Expr | undefined,
  odd = false,
  seen = new Set<string>(),
): string[] {
  if (typeof expr === "string") {
    const sub = outcomeExpr(expr);
    if (!sub) return odd ? [expr] : [];
    if (seen.has(expr)) return [];
    seen.add(expr);
    return negated(sub, outcomeExpr, odd, seen);
  }
  if ("not" in expr) return negated(expr.not, outcomeExpr, !odd, seen);
  return ("all" in expr ? expr.all : expr.any).flatMap((e) => negated(e, outcomeExpr, odd, seen));
}

function explainActor(
  ruleset: Ruleset,
  li: LiabilityIncident,
  row: ActorAssessment,
  ctx: {
    name: string;
    records: Records;
    disregarded: ExplanationActor["disregarded_attestations"];
    products: Map<string, string>;
  },
): ExplanationActor {
  const incidentId = li.incident.id;
  const roleKey = row.role_under_instrument ?? row.role_in_chain;
  const rule = ruleset.roles[roleKey];
  const conditionOf = (id: string) => ruleset.conditions.find((c) => c.id === id);
  const elements: ExplanationElement[] = row.conditions.map((el) => {
    const c = conditionOf(el.id);
    const silence =
      el.result !== "unknown" &&
      el.basis.length > 0 &&
      el.basis.every((b) => b.type === "missing_attestation");
    return {
      id: el.id,
      citation: el.citation,
      text: el.text,
      result: el.result,
      standard: c?.standard ?? null,
      established_by: el.basis.map((b) => establishedBy(b, ctx.records, ctx.name)),
      inference_from_silence: silence,
      ...(el.result === "unknown" && c ? { missing: missingText(c, el, incidentId) } : {}),
      ...(el.result === "met" && c ? { answers: answersText(c, ruleset, incidentId) } : {}),
    };
  });
  const outcomes = row.outcomes ?? [];
  const outcomeRule = (id: string) => rule?.outcomes.find((o) => o.id === id);
  const walk: Walk = {
    values: new Map<string, Tri>([
      ...row.conditions.map((c) => [c.id, c.result] as const),
      ...outcomes.map((o) => [o.id, toTri(o.result)] as const),
    ]),
    describe: (id) => {
      const x = conditionOf(id) ?? outcomeRule(id);
      return x ? `${x.citation} (${id}): ${x.text}` : id;
    },
    outcomeExpr: (id) => outcomeRule(id)?.expr,
  };
  const branch = rule && row.presumption === "applies" ? carried(rule.presumption, "met", walk) : [];
  const defenceIds =
    rule && row.presumption === "applies" ? [...new Set(negated(rule.presumption, walk.outcomeExpr))] : [];
  const defences = defenceIds.flatMap((id) => {
    const el = row.conditions.find((c) => c.id === id);
    const c = conditionOf(id);
    // Open: not proven, and no decision on record either way (a court's "no" closes it).
    if (!el || !c || el.result === "met" || el.basis.some((b) => b.type === "legal_fact")) return [];
    return [{ id, citation: c.citation, text: c.text, ...optional("how_to_establish", c.how_to_establish) }];
  });
  const members = li.chain.filter((m) => m.actor_id === row.actor_id && m.role === row.role_in_chain);
  const via = (m: (typeof members)[number]) =>
    m.via_lineage
      ? ` (reached through the lineage of ${ctx.products.get(m.via_lineage.product_id) ?? m.via_lineage.product_id}, depth ${m.via_lineage.depth}, pinned by ${m.via_lineage.level})`
      : "";
  const chainBasis =
    members.length > 0
      ? `${row.role_in_chain} of ${members.map((m) => `${ctx.products.get(m.product_id) ?? m.product_id}${via(m)}`).join("; ")}`
      : row.role_in_chain;
  return {
    actor_id: row.actor_id,
    name: ctx.name,
    role_in_chain: row.role_in_chain,
    role_under_instrument: roleKey,
    role_basis:
      row.role_basis ||
      `The ruleset assesses the chain role itself: ${chainBasis}.${rule ? "" : " It sets no presumption for this role."}`,
    ...(row.via_lineage ? { via_lineage: row.via_lineage } : {}),
    presumption: row.presumption,
    provisional: row.provisional ?? false,
    rebutted: row.rebutted,
    summary: row.explanation,
    branch,
    outcomes,
    elements,
    defences,
    disregarded_attestations: ctx.disregarded,
  };
}

async function actorNames(db: Db, rows: ActorAssessment[]) {
  const ids = [...new Set(rows.map((r) => r.actor_id))];
  const found = ids.length
    ? await db
        .select({ id: registry.actors.id, name: registry.actors.name })
        .from(registry.actors)
        .where(inArray(registry.actors.id, ids))
    : [];
  return new Map(found.map((a) => [a.id, a.name]));
}

/**
 * Attestations of the visible actors about their chain products recorded after the harm: the engine
 * never counts them (a declaration filed afterwards, even back-dated, was not on record when it mattered).
 */
async function disregardedAttestations(db: Db, li: LiabilityIncident, rows: ActorAssessment[]) {
  const actorIds = [...new Set(rows.map((r) => r.actor_id))];
  const productIds = [
    ...new Set(li.chain.filter((m) => actorIds.includes(m.actor_id)).map((m) => m.product_id)),
  ];
  const out = new Map<string, ExplanationActor["disregarded_attestations"]>();
  if (productIds.length === 0) return out;
  const { attestations } = await loadEvidence(db, actorIds, productIds);
  const harm = li.incident.occurredAt;
  for (const a of [...attestations].sort(
    (x, y) => x.recordedAt.localeCompare(y.recordedAt) || x.id.localeCompare(y.id),
  )) {
    if (a.recordedAt <= harm || !chainProducts(li.chain, a.actorId).includes(a.productId)) continue;
    const list = out.get(a.actorId) ?? [];
    list.push({
      id: a.id,
      obligation_code: a.obligationCode,
      recorded_at: a.recordedAt,
      why: `recorded after the harm (recorded ${a.recordedAt}, harm ${harm}${a.effectiveFrom <= harm ? `, back-dated to ${a.effectiveFrom}` : ""}): only declarations on record when the harm occurred count`,
    });
    out.set(a.actorId, list);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Deployment → version → the base-model versions it pinned (→ products reached without a pinned version).

async function chainOfFacts(db: Db, li: LiabilityIncident) {
  const { incident } = li;
  const steps: ChainStep[] = [];
  const [deployment] = incident.deploymentId
    ? await db.select().from(registry.deployments).where(eq(registry.deployments.id, incident.deploymentId))
    : [];
  if (deployment) {
    steps.push({
      step: "deployment",
      id: deployment.id,
      label: `Deployment in ${deployment.country} (${deployment.setting}), from ${deployment.startedAt}${deployment.endedAt ? ` to ${deployment.endedAt}` : ""}`,
    });
  }
  const versionId = incident.productVersionId ?? deployment?.productVersionId ?? null;
  const productIds = new Set(li.chain.map((m) => m.product_id));
  if (incident.productId) productIds.add(incident.productId);
  const versions = new Map<string, typeof registry.productVersions.$inferSelect>();
  const edges: { versionId: string; baseVersionId: string }[] = [];
  let frontier = versionId ? [versionId] : [];
  for (let depth = 0; frontier.length > 0 && depth <= registry.MAX_CHAIN_DEPTH; depth += 1) {
    const wanted = frontier.filter((id) => !versions.has(id));
    if (wanted.length === 0) break;
    const [found, bases] = await Promise.all([
      db.select().from(registry.productVersions).where(inArray(registry.productVersions.id, wanted)),
      db.select().from(registry.versionBases).where(inArray(registry.versionBases.versionId, wanted)),
    ]);
    for (const v of found) {
      versions.set(v.id, v);
      productIds.add(v.productId);
    }
    edges.push(...bases);
    frontier = bases.map((b) => b.baseVersionId);
  }
  for (const v of versions.values()) productIds.add(v.productId);
  const products = productIds.size
    ? await db
        .select({ id: registry.products.id, name: registry.products.name })
        .from(registry.products)
        .where(inArray(registry.products.id, [...productIds]))
    : [];
  const productNames = new Map(products.map((p) => [p.id, p.name]));
  const versionLabel = (v: typeof registry.productVersions.$inferSelect) =>
    `${productNames.get(v.productId) ?? v.productId} version ${v.version}${v.releasedAt ? `, released ${v.releasedAt}` : ""}${v.substantialModification ? ", a substantial modification" : ""}`;
  const top = versionId ? versions.get(versionId) : undefined;
  if (top) {
    steps.push({
      step: "version",
      id: top.id,
      label: versionLabel(top),
      ...optional("from", deployment?.id),
    });
  } else if (incident.productId) {
    steps.push({
      step: "product",
      id: incident.productId,
      label: `${productNames.get(incident.productId) ?? incident.productId} (no version recorded for the harm)`,
    });
  }
  const seen = new Set<string>();
  for (const e of edges) {
    const base = versions.get(e.baseVersionId);
    if (!base || seen.has(`${e.versionId}|${e.baseVersionId}`)) continue;
    seen.add(`${e.versionId}|${e.baseVersionId}`);
    steps.push({
      step: "base_version",
      id: base.id,
      label: `${versionLabel(base)}: the base-model version ${versions.get(e.versionId)?.version ?? e.versionId} pinned`,
      from: e.versionId,
    });
  }
  // Upstream products the chain reaches through product lineage only (no version pinned).
  const pinned = new Set([...versions.values()].map((v) => v.productId));
  for (const m of li.chain) {
    const via = m.via_lineage;
    if (via?.level !== "product" || pinned.has(m.product_id)) continue;
    pinned.add(m.product_id);
    steps.push({
      step: "product",
      id: m.product_id,
      label: `${productNames.get(m.product_id) ?? m.product_id}: built on at product level, no version pinned (depth ${via.depth})`,
    });
  }
  return { steps, productNames };
}
