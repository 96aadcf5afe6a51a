import {
  createActor,
  createDeployment,
  createProduct,
  createVersion,
  fileIncident,
} from "../helpers/factories";
import type { TestApp } from "../helpers/harness";

/**
 * The case of issue 10 item 3, with one incident per way the harming version can relate to the models:
 *   base model M (by `baseDev`) ← foundation model F (by `fmDev`, built on M at product level; F1 pins
 *   nothing); foundation model G (by `otherFmDev`, version G1);
 *   app A (by `appDev`) built on F and G at product level, with versions pinning G1 only, F1 only, or
 *   nothing; `hospital` deploys the G1-pinned version; `stranger` develops an unrelated product.
 * Each incident occurs on its own day, so a one-day window isolates it in lists and counts.
 */
export async function accessWorld(t: TestApp) {
  const actor = (name: string, roles: ("developer" | "provider" | "deployer")[] = ["developer"]) =>
    createActor(t, { roles, name });
  const baseDev = await actor("Base Labs");
  const fmDev = await actor("Foundation Labs");
  const otherFmDev = await actor("Other Labs");
  const appDev = await actor("HealthApp Ltd", ["developer", "provider"]);
  const hospital = await actor("City Hospital", ["deployer"]);
  const stranger = await actor("Unrelated Ltd");
  const M = await createProduct(t, baseDev.owner(), { name: "Base model M" });
  const F = await createProduct(t, fmDev.owner(), {
    name: "Foundation model F",
    kind: "foundation_model",
    builds_on: [{ product_id: M.id, relation: "fine_tune" }],
  });
  const G = await createProduct(t, otherFmDev.owner(), { name: "Foundation model G" });
  await createProduct(t, stranger.owner(), { name: "Unrelated model" });
  const F1 = await createVersion(t, fmDev.owner(), F.id);
  const G1 = await createVersion(t, otherFmDev.owner(), G.id);
  const A = await createProduct(t, appDev.owner(), {
    name: "Triage app A",
    builds_on: [
      { product_id: F.id, relation: "integration" },
      { product_id: G.id, relation: "integration" },
    ],
  });
  const pinsG = await createVersion(t, appDev.owner(), A.id, { base_versions: [G1.id] });
  const pinsF = await createVersion(t, appDev.owner(), A.id, { base_versions: [F1.id] });
  const pinsNothing = await createVersion(t, appDev.owner(), A.id);
  const deployment = await createDeployment(t, hospital.owner(), pinsG.id);
  const file = async (day: string, refs: Record<string, string>) => ({
    day,
    ...(await fileIncident(t, { ...refs, occurred_at: `2026-05-${day}T10:00:00.000Z` })),
  });
  const incidents = {
    pinsG: await file("10", { deployment_id: deployment.id }),
    pinsF: await file("11", { product_version_id: pinsF.id }),
    pinsNothing: await file("12", { product_version_id: pinsNothing.id }),
    noVersion: await file("13", { product_id: A.id }),
  };
  const actors = { baseDev, fmDev, otherFmDev, appDev, hospital, stranger };
  return { actors, incidents, products: { M, F, G, A } };
}

export type AccessWorld = Awaited<ReturnType<typeof accessWorld>>;
export type ActorName = keyof AccessWorld["actors"];
export type IncidentName = keyof AccessWorld["incidents"];

/**
 * Who is in each incident's value chain, by the version-first rule (routes/incidents/access.ts):
 * pinned bases decide; an unpinned or unknown version falls back to product lineage, at every step.
 */
export const EXPECTED: Record<IncidentName, ActorName[]> = {
  // A@pinsG → G1: G's developer, not F's (nor M's, which is under F only), and the deployer.
  pinsG: ["appDev", "otherFmDev", "hospital"],
  // A@pinsF → F1, which pins nothing → F's product lineage → M.
  pinsF: ["appDev", "fmDev", "baseDev"],
  // No pins on the harming version: product lineage A → F → M and A → G.
  pinsNothing: ["appDev", "fmDev", "otherFmDev", "baseDev"],
  noVersion: ["appDev", "fmDev", "otherFmDev", "baseDev"],
};
