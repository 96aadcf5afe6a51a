import { inUnion } from "../../../domain/law/territories";
import type { Db } from "../../../platform/db/client";
import * as registry from "../../registry";
import type { ActorFacts, OperatorRule, Ruleset } from "../domain/causality";
import type { LiabilityIncident } from "./incident";

type Relation = Awaited<ReturnType<typeof registry.relationsOf>>[number];

/** Relations to the manufacturer in force at the harm, for this product or for all its products. */
function relationsAt(all: Relation[], manufacturerId: string, productId: string | null, at: string) {
  return all.filter(
    (r) =>
      r.ofActorId === manufacturerId &&
      (r.productId === null || r.productId === productId) &&
      r.effectiveFrom <= at &&
      (r.effectiveTo === null || r.effectiveTo > at),
  );
}

/**
 * The instrument's operators (PLD Art. 8) for this incident, from its `operators` rules: each value-chain
 * actor takes the first rule it meets (a court's fact, e.g. a substantial modification, before its chain
 * role); actors related to the manufacturer (importer, authorised representative, fulfilment service
 * provider, distributor) join when the rule's condition holds, e.g. a manufacturer established outside
 * the Union (Art. 8(1)(c)). An actor no rule names is assessed as outside the instrument ("none").
 */
export async function withOperators(
  db: Db,
  li: LiabilityIncident,
  ruleset: Ruleset,
  chainActors: ActorFacts[],
  actorFact: (actorId: string, fact: string) => boolean | null,
): Promise<ActorFacts[]> {
  const rules = ruleset.operators;
  if (!rules) return chainActors;
  const manufacturer = li.chain.find((m) => m.role === "provider" && !m.via_lineage)?.actor_id;
  const actorRow = manufacturer ? await registry.loadActor(db, manufacturer) : undefined;
  const outside = actorRow ? !inUnion(actorRow.country) : false;
  const related = manufacturer
    ? relationsAt(
        await registry.relationsOf(db, manufacturer),
        manufacturer,
        li.incident.productId,
        li.incident.occurredAt,
      )
    : [];
  const relatedActors = new Map(
    await Promise.all(
      [...new Set(related.map((r) => r.actorId))].map(
        async (id) => [id, await registry.loadActor(db, id)] as const,
      ),
    ),
  );
  const representedInUnion = related.some(
    (r) =>
      (r.relation === "importer_of" || r.relation === "authorised_representative_of") &&
      inUnion(relatedActors.get(r.actorId)?.country ?? ""),
  );
  const holds = (when: OperatorRule["when"]) =>
    when === undefined ||
    (when === "manufacturer_outside_union" && outside) ||
    (when === "no_importer_or_representative_in_union" && outside && !representedInUnion) ||
    (when === "no_union_operator_identified" && outside && !representedInUnion);

  const fromChain = chainActors.map((a): ActorFacts => {
    const rule = rules.find((r) => {
      if (!holds(r.when)) return false;
      if ("actor_fact" in r.from) return actorFact(a.actor_id, r.from.actor_fact) === true;
      if ("chain_role" in r.from) {
        return r.from.chain_role === a.role_in_chain && (!r.from.direct || a.via_lineage === undefined);
      }
      return false;
    });
    return rule
      ? { ...a, instrument_role: rule.role, instrument_role_basis: `${rule.citation}: ${rule.text}` }
      : {
          ...a,
          instrument_role: "none",
          instrument_role_basis: "No operator rule of the instrument names this actor",
        };
  });
  const inChain = new Set(chainActors.map((a) => a.actor_id));
  const fromRelations = rules.flatMap((rule) => {
    if (!("relation" in rule.from) || !holds(rule.when)) return [];
    const relation = rule.from.relation;
    return related
      .filter((r) => r.relation === relation && !inChain.has(r.actorId))
      .map(
        (r): ActorFacts => ({
          actor_id: r.actorId,
          role_in_chain: "supply_chain",
          instrument_role: rule.role,
          instrument_role_basis: `${rule.citation}: ${rule.text} (relation ${r.id})`,
          legal_facts: {},
          obligations: [],
          disclosure_orders: [],
          disclosures: [],
          rebuttals: [],
        }),
      );
  });
  return [...fromChain, ...fromRelations];
}
