import {
  createActor,
  createDeployment,
  createProduct,
  createVersion,
  fileIncident,
} from "../helpers/factories";
import type { TestApp } from "../helpers/harness";

export const HARM = "2026-05-20T10:00:00.000Z";

/**
 * A value chain with a harm: FM (foundation model by fmDev) and FM2 (by fm2Dev) ← App (medical-device
 * software by appDev, version 1 pinned on FM v1 only) ← deployed by a hospital. Registered in January,
 * deployed; the harm on 20 May; `fileHarm` files the incident on 1 June and leaves the clock there.
 */
export async function liabilityWorld(t: TestApp) {
  t.clock.set("2026-01-01T00:00:00Z");
  const fmDev = await createActor(t, { roles: ["developer"], name: "Foundation Labs" });
  const fm2Dev = await createActor(t, { roles: ["developer"], name: "Other Labs" });
  const appDev = await createActor(t, { roles: ["developer", "provider"], name: "HealthApp Ltd" });
  const hospital = await createActor(t, { roles: ["deployer"], name: "City Hospital" });
  const fm = await createProduct(t, fmDev.owner("developer"), { name: "FM" });
  const fm2 = await createProduct(t, fm2Dev.owner("developer"), { name: "FM2" });
  const fmV = await createVersion(t, fmDev.owner("developer"), fm.id);
  const app = await createProduct(t, appDev.owner("developer"), {
    name: "Triage app",
    kind: "medical_device_software",
    builds_on: [
      { product_id: fm.id, relation: "integration" },
      { product_id: fm2.id, relation: "integration" },
    ],
  });
  const appV = await createVersion(t, appDev.owner("developer"), app.id, { base_versions: [fmV.id] });
  // Through the real lifecycle route, so the stage history is what a court would see.
  for (const to of [
    "LC_DESIGN_DEVELOPMENT",
    "LC_PRE_RELEASE_EVALUATION",
    "LC_REGULATORY_REVIEW",
    "LC_PROVIDED",
    "LC_DEPLOYED",
  ]) {
    const moved = await t.call("POST", `/v1/products/${app.id}/transitions`, {
      as: appDev.owner("developer"),
      body: { to, reason: "scenario" },
    });
    if (moved.status !== 201) throw new Error(`transition to ${to}: ${moved.status} ${moved.text}`);
  }
  const deployment = await createDeployment(t, hospital.owner("deployer"), appV.id);
  // Attestations in the scenarios are recorded in February, well before the harm.
  t.clock.set("2026-02-01T00:00:00Z");
  const as = {
    fmDev: fmDev.owner("developer"),
    fm2Dev: fm2Dev.owner("developer"),
    appDev: appDev.owner("developer"),
    hospital: hospital.owner("deployer"),
  };
  const attest = async (
    who: keyof typeof as,
    obligation_code: string,
    extra: Record<string, unknown> = {},
  ) => {
    const res = await t.call("POST", "/v1/attestations", {
      as: as[who],
      body: {
        product_id: who === "fmDev" ? fm.id : who === "fm2Dev" ? fm2.id : app.id,
        obligation_code,
        status: "met",
        statement: `We comply with ${obligation_code}`,
        effective_from: "2026-01-15T00:00:00Z",
        ...extra,
      },
    });
    if (res.status !== 201) throw new Error(`attest: ${res.status} ${res.text}`);
    return res.json as { id: string };
  };
  const fileHarm = async () => {
    t.clock.set("2026-06-01T12:00:00Z");
    return fileIncident(t, { deployment_id: deployment.id, occurred_at: HARM });
  };
  return { fmDev, fm2Dev, appDev, hospital, fm, fm2, fmV, app, appV, deployment, as, attest, fileHarm };
}

export type World = Awaited<ReturnType<typeof liabilityWorld>>;

export async function causality(
  t: TestApp,
  incidentId: string,
  ruleset: string,
  as: NonNullable<Parameters<TestApp["call"]>[2]>["as"] = "regulator",
) {
  const res = await t.call("GET", `/v1/incidents/${incidentId}/causality?ruleset=${ruleset}`, { as });
  if (res.status !== 200) throw new Error(`causality: ${res.status} ${res.text}`);
  return res.json as { assessments: any[]; as_of: string };
}

export const row = (a: { assessments: any[] }, actorId: string, role: string) =>
  a.assessments.find((x) => x.actor_id === actorId && x.role_in_chain === role);

export const cond = (r: any, id: string) => r?.conditions.find((c: any) => c.id === id);
