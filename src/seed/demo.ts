import { count } from "drizzle-orm";
import { createApp } from "../app";
import type { Deps } from "../deps";
import { isValueChainRole, type Principal, ROLES, type Role } from "../platform/auth/principal";
import { actors } from "../schema";
import { seedDemoFund } from "./demo-fund";
import { seedDemoHarms } from "./demo-harms";

export type DemoPost = (
  path: string,
  as: string,
  body: unknown,
  headers?: Record<string, string>,
) => Promise<{ id: string; [k: string]: unknown }>;

/**
 * A small, realistic demo data set, written through the API itself so it is validated and audited
 * exactly like real traffic. Internal tokens are "role" or "role:actor_id", accepted only by this
 * private app instance (never by the served one).
 */
export async function seedDemo(deps: Deps): Promise<boolean> {
  const [existing] = await deps.db.select({ n: count() }).from(actors);
  if ((existing?.n ?? 0) > 0) return false;

  const app = createApp({
    ...deps,
    verifyToken: async (token): Promise<Principal> => {
      const [role, actorId] = token.split(":") as [Role, string | undefined];
      if (!ROLES.includes(role)) throw new Error(`bad seed token ${token}`);
      return {
        kind: "user",
        sub: `seed:${token}`,
        role,
        actorId: isValueChainRole(role) ? actorId : undefined,
        // "fund_admin:<fund_id>": the seed's administrator of the demo fund.
        ...(role === "fund_admin" ? { fundId: actorId } : {}),
      };
    },
  });
  const post: DemoPost = async (path, as, body, headers = {}) => {
    const res = await app.request(path, {
      method: "POST",
      // "public": no token at all, as a harmed person filing with a receipt token would call.
      headers: {
        ...(as === "public" ? {} : { authorization: `Bearer ${as}` }),
        "content-type": "application/json",
        ...headers,
      },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (res.status >= 300) throw new Error(`seeding ${path} failed: ${res.status} ${JSON.stringify(json)}`);
    return json as { id: string; [k: string]: unknown };
  };

  const actor = (name: string, roles: string[], country: string, email: string) =>
    post("/v1/actors", "admin", { name, roles, country, contact_email: email });
  const aurora = await actor("Aurora AI Labs", ["developer"], "US", "safety@aurora-ai.example");
  const medisynth = await actor(
    "MediSynth Health GmbH",
    ["developer", "provider"],
    "DE",
    "vigilance@medisynth.example",
  );
  const clinics = await actor("Nairobi Community Clinics", ["deployer"], "KE", "quality@ncc.example");
  const careline = await actor(
    "CareLine Telehealth Ltd",
    ["deployer", "developer"],
    "GB",
    "dpo@careline.example",
  );

  const fm = await post("/v1/products", `developer:${aurora.id}`, {
    name: "Aurora-Med 2",
    kind: "foundation_model",
    intended_purpose: "General-purpose multimodal foundation model offered to health application builders.",
    use_areas: ["U_DIAGNOSIS_CLINICAL_CARE", "U_PATIENT_GUIDED", "U_CLERICAL_ADMIN"],
    modalities: ["text", "image", "speech"],
    languages: ["en", "fr", "sw", "es"],
  });
  const fmV = await post(`/v1/products/${fm.id}/versions`, `developer:${aurora.id}`, {
    version: "2.1.0",
    released_at: "2026-01-15T00:00:00Z",
    changelog: "Medical instruction tuning; refusal of dosing questions without context.",
    substantial_modification: false,
  });
  await post(`/v1/products/${fm.id}/disclosures`, `developer:${aurora.id}`, {
    kind: "model_card",
    title: "Aurora-Med 2 model card",
    uri: "https://aurora-ai.example/model-card",
    sha256: "3b5d5c3712955042212316173ccf37be80021b7c5e9a1a2f1c4e5d6a7b8c9d0e",
    published: true,
    summary:
      "Capabilities, known limitations (hallucinated citations), evaluation sets and languages covered.",
  });
  for (const to of [
    "LC_DESIGN_DEVELOPMENT",
    "LC_PRE_RELEASE_EVALUATION",
    "LC_REGULATORY_REVIEW",
    "LC_PROVIDED",
  ]) {
    await post(`/v1/products/${fm.id}/transitions`, `developer:${aurora.id}`, {
      to,
      reason: "Demo lifecycle",
    });
  }

  const triage = await post("/v1/products", `provider:${medisynth.id}`, {
    name: "TriageMate",
    kind: "medical_device_software",
    intended_purpose: "Symptom triage chatbot for patients before a primary-care visit.",
    use_areas: ["U_PATIENT_GUIDED", "U_DIAGNOSIS_CLINICAL_CARE"],
    modalities: ["text", "speech"],
    languages: ["en", "sw"],
    builds_on: [{ product_id: fm.id, relation: "fine_tune" }],
  });
  const triageV = await post(`/v1/products/${triage.id}/versions`, `provider:${medisynth.id}`, {
    version: "1.0.0",
    released_at: "2026-03-01T00:00:00Z",
    changelog: "First release, fine-tuned on Aurora-Med 2.1 with Swahili triage dialogues.",
    substantial_modification: false,
    base_versions: [fmV.id],
  });
  for (const to of [
    "LC_DESIGN_DEVELOPMENT",
    "LC_PRE_RELEASE_EVALUATION",
    "LC_REGULATORY_REVIEW",
    "LC_PROVIDED",
  ]) {
    await post(`/v1/products/${triage.id}/transitions`, `provider:${medisynth.id}`, {
      to,
      reason: "Demo lifecycle",
    });
  }
  // Issue 11: the facts that decide which law applies. TriageMate is MDR class IIa software (so high-risk
  // under AI Act Art. 6(1), Annex I), placed in Germany and put into service in Kenya in March 2026.
  const fact = (as: string, productId: string, body: Record<string, unknown>) =>
    post(`/v1/products/${productId}/regulatory-facts`, as, { source: "Demo declaration", ...body });
  const ms = `provider:${medisynth.id}`;
  await fact(ms, triage.id, {
    fact: "medical_device",
    value: "mdr",
    device_class: "IIa",
    effective_from: "2026-03-01T00:00:00Z",
  });
  await fact(ms, triage.id, {
    fact: "ai_act_risk_class",
    value: "high_risk",
    basis: "annex_i",
    effective_from: "2026-03-01T00:00:00Z",
  });
  await fact(ms, triage.id, { fact: "market", territory: "DE", placed_at: "2026-03-01T00:00:00Z" });
  await fact(ms, triage.id, { fact: "market", territory: "KE", placed_at: "2026-03-10T00:00:00Z" });
  await fact(`developer:${aurora.id}`, fm.id, {
    fact: "ai_act_risk_class",
    value: "gpai",
    effective_from: "2026-01-15T00:00:00Z",
  });
  const deployment = await post("/v1/deployments", `deployer:${clinics.id}`, {
    product_version_id: triageV.id,
    setting: "primary care",
    country: "KE",
    languages: ["sw", "en"],
    population: "Adults and children attending community clinics",
    human_oversight: "A clinical officer reviews every triage outcome before the visit",
    started_at: "2026-03-10T00:00:00Z",
  });

  const scribe = await post("/v1/products", `developer:${careline.id}`, {
    name: "CareLine Scribe",
    kind: "application",
    intended_purpose: "Drafts visit notes and patient letters from telehealth consultations.",
    use_areas: ["U_CLERICAL_ADMIN"],
    modalities: ["speech", "text"],
    languages: ["en"],
    builds_on: [{ product_id: fm.id, relation: "integration" }],
  });
  const cl = `developer:${careline.id}`;
  await fact(cl, scribe.id, {
    fact: "ai_act_risk_class",
    value: "not_high_risk",
    effective_from: "2026-01-01T00:00:00Z",
  });
  await fact(cl, scribe.id, {
    fact: "medical_device",
    value: "none",
    effective_from: "2026-01-01T00:00:00Z",
  });
  await fact(cl, scribe.id, { fact: "market", territory: "GB", placed_at: "2026-02-01T00:00:00Z" });
  await post(`/v1/products/${scribe.id}/versions`, `developer:${careline.id}`, {
    version: "0.9.0",
    changelog: "Pilot build on Aurora-Med 2.1 API.",
    substantial_modification: false,
    base_versions: [fmV.id],
  });
  const harms = await seedDemoHarms(post, { aurora, medisynth, clinics, fm, triage, scribe, deployment });
  await seedDemoFund(post, { aurora, medisynth }, harms);
  return true;
}
