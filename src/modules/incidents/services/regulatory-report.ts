import { eq } from "drizzle-orm";
import type { Deps } from "../../../deps";
import { actingActorId, type Principal } from "../../../platform/auth/principal";
import { conflict, forbidden, invalidField } from "../../../platform/errors";
import * as registry from "../../registry";
import { incidentAccess } from "../access";
import type { ComputedDeadline } from "../domain/deadlines";
import { flagsOf } from "../domain/flags";
import type { ReportFormActor, ReportFormInput } from "../domain/report-forms";
import * as t from "../schema";
import { incidentProfile, incidentRegimes } from "./regimes";
import { familyReports } from "./repo";

export type FormRegime = ReportFormInput["regime"];

const formActor = (a: registry.ActorRow, withContact: boolean): ReportFormActor => ({
  id: a.id,
  name: a.name,
  country: a.country,
  identifiers: a.identifiers,
  contact_email: withContact ? a.contactEmail : null,
});

/** The accountable actor's authorised representative for this product (or generally), if recorded. */
async function representativeOf(
  deps: Pick<Deps, "db">,
  actorId: string,
  productId: string | null,
  at: string,
) {
  const rel = (await registry.relationsOf(deps.db, actorId)).find(
    (r) =>
      r.relation === "authorised_representative_of" &&
      r.ofActorId === actorId &&
      (r.productId === null || r.productId === productId) &&
      r.effectiveFrom <= at &&
      (r.effectiveTo === null || r.effectiveTo > at),
  );
  return rel ? registry.loadActor(deps.db, rel.actorId) : null;
}

/**
 * What the regulator's form for `regime` needs, for the actor that owes the report: the actor itself or
 * (for a regulator) the one named, else the first one bound. Refused when the regime does not apply
 * (409, with the reasons) and for actors that owe nothing under it (403). The reporter's identity is
 * never read: the input type has no place for it.
 */
export async function reportFormInput(
  deps: Pick<Deps, "db" | "config" | "clock">,
  principal: Principal,
  incidentId: string,
  regime: FormRegime,
  actorFilter: string | undefined,
): Promise<ReportFormInput> {
  const { incident, chain, audience } = await incidentAccess(deps.db, principal, incidentId);
  const now = deps.clock.now().toISOString();
  const { regimes, deadlines } = await incidentRegimes(deps, incident, now, chain);
  const analysis = regimes.find((r) => r.ruleset === regime);
  if (analysis?.applies !== true) {
    throw conflict(`${regime} does not apply to this incident`, { reasons: analysis?.reasons ?? [] });
  }
  const rows = deadlines.filter((d) => d.ruleset === regime);
  const own = actingActorId(principal);
  const actorId = audience.kind === "regulator" ? (actorFilter ?? rows[0]?.actor_id) : own;
  if (audience.kind !== "regulator" && actorFilter !== undefined && actorFilter !== own) {
    throw forbidden("An actor may fetch only its own report form");
  }
  const mine = rows.filter((d) => d.actor_id === actorId);
  if (actorId === undefined || mine.length === 0) {
    if (audience.kind === "regulator")
      throw invalidField("query", "actor_id", `owes no report under ${regime}`);
    throw forbidden(`This actor owes no report under ${regime} for this incident`);
  }
  const regulator = audience.kind === "regulator";
  const [actor, product, profile, risks, reports] = await Promise.all([
    registry.loadActor(deps.db, actorId),
    incident.productId ? registry.loadProduct(deps.db, incident.productId) : Promise.resolve(null),
    incidentProfile(deps, incident, now),
    deps.db.select().from(t.incidentRisks).where(eq(t.incidentRisks.incidentId, incident.id)),
    familyReports(deps.db, incident.id),
  ]);
  const [version] = incident.productVersionId
    ? await deps.db
        .select()
        .from(registry.productVersions)
        .where(eq(registry.productVersions.id, incident.productVersionId))
    : [];
  const deployerId = chain.find((m) => m.role === "deployer" && !m.via_lineage)?.actor_id;
  const representative = await representativeOf(deps, actorId, incident.productId, incident.occurredAt);
  const first = mine[0] as ComputedDeadline;
  return {
    regime,
    generated_at: now,
    incident: {
      id: incident.id,
      reference: incident.reference,
      occurred_at: incident.occurredAt,
      received_at: incident.receivedAt,
      country: incident.country,
      setting: incident.setting,
      use_area: incident.useArea,
      event_type: incident.eventType,
      severity: incident.severity,
      outcome: incident.outcome,
      // A narrative flagged as identifying stays with the regulator, as everywhere else.
      description: regulator || !incident.descriptionIdentifying ? incident.description : null,
      risk_codes: risks.map((r) => r.riskCode).sort(),
      flags: flagsOf(incident),
      // Patient attributes are regulator-only (PATIENT_FIELD_AUDIENCE): an actor's form leaves them blank.
      patient: regulator ? { age_band: incident.ageBand, sex: incident.sex } : { age_band: null, sex: null },
      report_count: reports.length,
    },
    product: product && {
      id: product.id,
      registration_number: product.registrationNumber,
      name: product.name,
      kind: product.kind,
      intended_purpose: product.intendedPurpose,
      version: version?.version ?? null,
      version_released_at: version?.releasedAt ?? null,
      ai_act_risk_class: profile?.ai_act_risk_class
        ? { value: profile.ai_act_risk_class.value, basis: profile.ai_act_risk_class.qualifier }
        : null,
      medical_device: profile?.medical_device
        ? { value: profile.medical_device.value, device_class: profile.medical_device.qualifier }
        : null,
      markets: (profile?.markets ?? []).map((m) => ({ territory: m.territory, placed_at: m.placed_at })),
    },
    reporting_actor: { ...formActor(actor, true), role: first.role },
    authorised_representative: representative && formActor(representative, true),
    deployer: deployerId ? formActor(await registry.loadActor(deps.db, deployerId), regulator) : null,
    awareness: { source: first.clock_basis, aware_at: first.clock_start_at },
    deadlines: mine.map((d) => ({
      rule_id: d.rule_id,
      kind: d.kind,
      citation: d.citation,
      due_at: d.due_at,
      status: d.status,
      met_at: d.met_at,
    })),
    reports_filed: reports
      .filter((r) => r.actorId === actorId && r.filing !== null)
      .map((r) => ({ kind: r.filing as "initial" | "complete", submitted_at: r.submittedAt })),
  };
}
