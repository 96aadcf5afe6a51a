import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import type { ChainMember } from "../../registry";
import * as registry from "../../registry";
import type { ActorFacts, CausalityInput, IncidentFacts, Ruleset } from "../domain/causality";
import { legalFactsAsOf } from "../domain/legal-facts";
import { engineEvidence } from "../domain/obligations";
import { CATALOG_FACTS } from "../routes/rulesets/load";
import * as t from "../schema";
import { evidenceFor, loadEvidence } from "./evidence";
import type { LiabilityIncident } from "./incident";

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
): Promise<IncidentFacts> {
  const { incident } = li;
  const [[product], recorded] = await Promise.all([
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
        value: t.incidentLegalFacts.value,
        recorded_at: t.incidentLegalFacts.recordedAt,
      })
      .from(t.incidentLegalFacts)
      .where(eq(t.incidentLegalFacts.incidentId, incident.id)),
  ]);
  const facts = legalFactsAsOf(recorded, evaluatedAt);
  return {
    id: incident.id,
    occurred_at: incident.occurredAt,
    risk_codes: li.riskCodes,
    event_type: incident.eventType,
    severity: incident.severity,
    outcome: incident.outcome,
    use_area: incident.useArea,
    product_high_risk: facts.high_risk ?? product?.kind === "medical_device_software",
    normal_use: facts.normal_use,
    obvious_malfunction: facts.obvious_malfunction,
    evidence_reasonably_accessible: facts.evidence_reasonably_accessible,
    excessive_difficulty: facts.excessive_difficulty,
  };
}

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
        })),
    };
  });
  return {
    ruleset,
    evaluated_at: evaluatedAt,
    incident: await incidentFacts(db, li, evaluatedAt),
    catalog: CATALOG_FACTS,
    actors,
  };
}
