import { asc, eq, inArray, sql } from "drizzle-orm";
import art18 from "../../../../law/pld-art18-derogations.json" with { type: "json" };
import { placementCounts } from "../../../domain/law/territories";
import type { Db } from "../../../platform/db/client";
import { incidentProfile } from "../../incidents";
import type { ChainMember } from "../../registry";
import * as registry from "../../registry";
import {
  ACTOR_FIELDS,
  type ActorFacts,
  type CausalityInput,
  type IncidentFacts,
  type Ruleset,
} from "../domain/causality";
import { type LegalFact, type LegalFactsAsOf, legalFactsAsOf } from "../domain/legal-facts";
import { engineEvidence } from "../domain/obligations";
import { CATALOG_FACTS } from "../routes/rulesets/load";
import * as t from "../schema";
import { allocationsFor } from "./allocations";
import { evidenceFor, loadEvidence } from "./evidence";
import type { LiabilityIncident } from "./incident";
import { withOperators } from "./operators";

/**
 * Medical-device software is a high-risk AI system (AI Act Art. 6(1) with Annex I, MDR), the scope test of
 * AILD Art. 4(2)-(5), unless a regulator or court recorded otherwise. The other legal facts (normal use,
 * obvious malfunction, access to evidence, excessive difficulty) come only from recorded determinations
 * known at `evaluatedAt`; without one they stay null, which rulesets treat as unrecorded.
 */
export async function incidentFacts(
  db: Db,
  li: LiabilityIncident,
  evaluatedAt: string,
): Promise<IncidentFacts & { actorFacts: LegalFactsAsOf }> {
  const { incident } = li;
  const [[product], recorded, profile] = await Promise.all([
    incident.productId
      ? db
          .select({ kind: registry.products.kind })
          .from(registry.products)
          .where(eq(registry.products.id, incident.productId))
      : Promise.resolve([]),
    db
      .select({
        id: t.incidentLegalFacts.id,
        fact: t.incidentLegalFacts.fact,
        actor_id: t.incidentLegalFacts.actorId,
        value: t.incidentLegalFacts.value,
        fact_date: t.incidentLegalFacts.factDate,
        decided_by: sql<string | null>`json_extract(${t.incidentLegalFacts.decidedBy}, '$.kind')`,
        recorded_at: t.incidentLegalFacts.recordedAt,
      })
      .from(t.incidentLegalFacts)
      .where(eq(t.incidentLegalFacts.incidentId, incident.id)),
    incidentProfile({ db }, incident, evaluatedAt),
  ]);
  const facts = legalFactsAsOf(recorded, evaluatedAt);
  const v = facts.values;
  const fact = (name: LegalFact) => v[name] ?? null;
  return {
    id: incident.id,
    occurred_at: incident.occurredAt,
    risk_codes: li.riskCodes,
    event_type: incident.eventType,
    severity: incident.severity,
    outcome: incident.outcome,
    use_area: incident.useArea,
    product_high_risk: fact("high_risk") ?? product?.kind === "medical_device_software",
    normal_use: fact("normal_use"),
    obvious_malfunction: fact("obvious_malfunction"),
    evidence_reasonably_accessible: fact("evidence_reasonably_accessible"),
    excessive_difficulty: fact("excessive_difficulty"),
    damage_personal_injury: fact("damage_personal_injury"),
    damage_property: fact("damage_property"),
    damage_data: fact("damage_data"),
    defect_established: fact("defect_established"),
    likely_defect_or_causation: fact("likely_defect_or_causation"),
    recall_or_withdrawal: fact("recall_or_withdrawal"),
    latent_personal_injury: fact("latent_personal_injury"),
    injured_person_fault: fact("injured_person_fault"),
    output_caused_damage: fact("output_caused_damage"),
    fault_causal_link_likely: fact("fault_causal_link_likely"),
    personal_non_professional_use: fact("personal_non_professional_use"),
    causal_link_likely: fact("causal_link_likely"),
    causal_link_established: fact("causal_link_established"),
    development_risk_defence_excluded:
      fact("development_risk_defence_excluded") ?? (ART18[incident.country] ? true : null),
    patient_knew_ai_was_used: incident.patientKnewAiWasUsed,
    fact_sources: {
      ...(ART18[incident.country] && facts.values.development_risk_defence_excluded == null
        ? {
            development_risk_defence_excluded: {
              id: `law/pld-art18-derogations.json#${incident.country}`,
              decided_by: "registry_default",
            },
          }
        : {}),
      ...facts.sources,
    },
    dates: timeLimitDates(incident, profile, facts),
    actorFacts: facts,
  };
}

/**
 * What the PLD time limits run from. Art. 16(1): the injured person's awareness of the damage, the
 * defect and the liable operator: a court's date when recorded, else (registry default, said so) the
 * later of the reporter's awareness and the product match, when the operator became identifiable.
 * Art. 17(1): the placing on the Union market of the harming version (its own placement after a
 * substantial modification).
 */
function timeLimitDates(
  incident: LiabilityIncident["incident"],
  profile: Awaited<ReturnType<typeof incidentProfile>>,
  facts: LegalFactsAsOf,
): NonNullable<IncidentFacts["dates"]> {
  const court = facts.dates.injured_person_aware;
  const aware = incident.awareAt ?? incident.occurredAt;
  const fallback =
    incident.productMatchedAt && incident.productMatchedAt > aware ? incident.productMatchedAt : aware;
  const placements = (profile?.markets ?? [])
    .filter((m) => placementCounts(m.territory, ["EU"]))
    .sort((a, b) => Date.parse(a.placed_at) - Date.parse(b.placed_at));
  const first = placements[0];
  return {
    limitation_start: court
      ? {
          at: court,
          basis: `legal fact ${facts.sources.injured_person_aware?.id} (${facts.sources.injured_person_aware?.decided_by})`,
        }
      : incident.productMatchedAt
        ? {
            at: fallback,
            basis: "registry_default: the later of the reporter's awareness and the product match",
          }
        : null,
    expiry_start: first
      ? { at: first.placed_at, basis: `regulatory fact ${first.fact_id} (${first.decided_by})` }
      : null,
  };
}

/** PLD Art. 18 measures by Member State (data, empty until a notification is read; a court's fact wins). */
const ART18: Record<string, unknown> = art18.member_states;

/** One engine actor per (actor, role): the same organisation may be developer and provider. */
function actorRoles(chain: ChainMember[]) {
  const out = new Map<string, { actor_id: string; role: ChainMember["role"]; members: ChainMember[] }>();
  for (const m of chain) {
    const key = `${m.actor_id}|${m.role}`;
    const entry = out.get(key) ?? { actor_id: m.actor_id, role: m.role, members: [] };
    entry.members.push(m);
    out.set(key, entry);
  }
  return [...out.values()];
}

/** Every dated row about the chain's actors; the engine itself decides what counted as of the harm. */
export async function buildCausalityInput(
  db: Db,
  li: LiabilityIncident,
  ruleset: Ruleset,
  evaluatedAt: string,
): Promise<CausalityInput> {
  const actorIds = [...new Set(li.chain.map((m) => m.actor_id))];
  const productIds = [...new Set(li.chain.map((m) => m.product_id))];
  const [evidence, orders, disclosures, rebuttals] = await Promise.all([
    loadEvidence(db, actorIds, productIds),
    db.select().from(t.disclosureOrders).where(eq(t.disclosureOrders.incidentId, li.incident.id)),
    productIds.length
      ? db.select().from(registry.disclosures).where(inArray(registry.disclosures.productId, productIds))
      : Promise.resolve([]),
    db
      .select({ r: t.rebuttals, d: t.rebuttalDecisions })
      .from(t.rebuttals)
      .leftJoin(t.rebuttalDecisions, eq(t.rebuttalDecisions.rebuttalId, t.rebuttals.id))
      .where(eq(t.rebuttals.incidentId, li.incident.id)),
  ]);
  const responses = orders.length
    ? await db
        .select()
        .from(t.disclosureOrderResponses)
        .where(
          inArray(
            t.disclosureOrderResponses.orderId,
            orders.map((o) => o.id),
          ),
        )
        .orderBy(asc(t.disclosureOrderResponses.recordedAt))
    : [];
  const actors: ActorFacts[] = actorRoles(li.chain).map(({ actor_id, role, members }) => {
    const products = members.map((m) => m.product_id);
    const nearest = members.find((m) => !m.via_lineage) ?? members[0];
    const codes = new Set(
      [...evidence.attestations, ...evidence.findings]
        .filter((r) => r.actorId === actor_id)
        .map((r) => r.obligationCode),
    );
    return {
      actor_id,
      role_in_chain: role,
      ...(nearest?.via_lineage
        ? { via_lineage: { product_id: nearest.via_lineage.product_id, depth: nearest.via_lineage.depth } }
        : {}),
      obligations: [...codes].sort().map((code) => {
        const rows = evidenceFor(evidence, actor_id, code, products);
        return engineEvidence(code, rows.attestations, rows.findings, li.incident.occurredAt);
      }),
      disclosure_orders: orders
        .filter((o) => o.actorId === actor_id)
        .map((o) => ({
          id: o.id,
          due_at: o.dueAt,
          answered_at: responses.find((r) => r.orderId === o.id)?.recordedAt ?? null,
          ...(o.decidedBy ? { decided_by: o.decidedBy.kind } : {}),
        })),
      // Unattributed disclosures are the product makers'; a deployer answers only for its own.
      disclosures: disclosures
        .filter((d) => products.includes(d.productId))
        .filter((d) => d.actorId === actor_id || (d.actorId === null && role !== "deployer"))
        .map((d) => ({ id: d.id, kind: d.kind, published: d.published, recorded_at: d.recordedAt })),
      rebuttals: rebuttals
        .filter(({ r }) => r.actorId === actor_id)
        .map(({ r, d }) => ({
          id: r.id,
          ruleset_id: r.rulesetId,
          condition_id: r.conditionId,
          accepted: d ? d.accepted : null,
          ...(d?.decidedBy ? { decided_by: d.decidedBy.kind } : {}),
        })),
    };
  });
  const { actorFacts, ...incident } = await incidentFacts(db, li, evaluatedAt);
  const actorFact = (actorId: string, fact: string) => actorFacts.values[`${actorId}:${fact}`] ?? null;
  const withFacts = actors.map((a) => ({
    ...a,
    legal_facts: Object.fromEntries(ACTOR_FIELDS.map((f) => [f, actorFact(a.actor_id, f)])),
  }));
  const engineActors = await withOperators(db, li, ruleset, withFacts, actorFact);
  return {
    ruleset,
    evaluated_at: evaluatedAt,
    incident,
    catalog: CATALOG_FACTS,
    actors: engineActors,
    allocations: await allocationsFor(
      db,
      engineActors.map((a) => a.actor_id),
      productIds,
      li.incident.occurredAt,
    ),
  };
}
