import type { DemoPost } from "./demo";

type Ref = { id: string; [k: string]: unknown };

/**
 * Demo compliance records and harms: attestations made before the harms (and one duty left
 * unattested, so the presumption analysis has something to show), four incidents of different
 * kinds, an anonymous patient report among them, and a provider's Art. 73 report.
 */
export async function seedDemoHarms(
  post: DemoPost,
  r: { aurora: Ref; medisynth: Ref; clinics: Ref; fm: Ref; triage: Ref; scribe: Ref; deployment: Ref },
) {
  const attest = (as: string, product: Ref, obligation_code: string, statement: string) =>
    post("/v1/attestations", as, {
      product_id: product.id,
      obligation_code,
      status: "met",
      statement,
      effective_from: "2026-02-15T00:00:00Z",
    });
  await attest(
    `deployer:${r.clinics.id}`,
    r.triage,
    "DEPL_FIT_FOR_SETTING",
    "Validated on 400 Swahili triage dialogues from our clinics before go-live.",
  );
  await attest(
    `deployer:${r.clinics.id}`,
    r.triage,
    "DEPL_HUMAN_IN_THE_LOOP",
    "A clinical officer confirms every triage outcome before the visit.",
  );
  await attest(
    `provider:${r.medisynth.id}`,
    r.triage,
    "PROV_CAPABILITY_LIMITATION_DISCLOSURE",
    "Limitations are shown in-app and in the instructions for use.",
  );

  const harm = (as: string, body: Record<string, unknown>) =>
    post("/v1/incidents", as, {
      country: "KE",
      setting: "primary_care",
      use_area: "U_PATIENT_GUIDED",
      outcome: "recovering",
      ...body,
    });
  const missed = await harm("reporter", {
    deployment_id: r.deployment.id,
    occurred_at: "2026-04-02T09:15:00Z",
    aware_at: "2026-04-03T08:00:00Z",
    description:
      "Mtoto alikuwa na homa kali na shingo ngumu; programu ilisema ni mafua ya kawaida na kushauri kupumzika nyumbani.",
    event_type: "serious_injury",
    severity: "severe",
    risk_codes: ["R_FALSE_INFO", "R_AUTOMATION_BIAS"],
    patient: { age_band: "2-11", sex: "female", language: "sw", patient_knew_ai_was_used: "yes" },
    reporter: { role: "carer", anonymous: true },
  });
  await post(`/v1/incidents/${missed.id}/reports`, `provider:${r.medisynth.id}`, {
    text: "Initial Art. 73 report: the triage prompt did not escalate neck stiffness with fever. Investigating.",
    reporter: { role: "provider", anonymous: false, contact: { email: "vigilance@medisynth.example" } },
    report_type: "initial",
  });
  const nearMiss = await harm("reporter", {
    product_id: r.triage.id,
    occurred_at: "2026-05-11T14:00:00Z",
    description: "The assistant advised doubling an insulin dose after a missed meal.",
    event_type: "near_miss",
    severity: "none",
    outcome: "recovered",
    risk_codes: ["R_FALSE_INFO"],
    patient: { age_band: "65-74", sex: "male", language: "en" },
    reporter: {
      role: "clinician",
      anonymous: false,
      contact: { name: "Dr A. Otieno", email: "a.otieno@clinic.example" },
    },
  });
  await harm("reporter", {
    product_id: r.scribe.id,
    country: "GB",
    setting: "telehealth",
    use_area: "U_CLERICAL_ADMIN",
    occurred_at: "2026-06-20T10:30:00Z",
    description:
      "A discharge letter drafted by the scribe included another patient's diagnosis and NHS number.",
    event_type: "malfunction",
    severity: "moderate",
    outcome: "unknown",
    risk_codes: ["R_PRIVACY"],
    reporter: { role: "patient", anonymous: true },
  });
  // A harm in Germany: TriageMate is an MDR device there, so MDR Art. 87 deadlines run (not AI Act Art. 73,
  // whose Art. 73(10) leaves health harms of medical devices to the MDR).
  await harm("reporter", {
    product_id: r.triage.id,
    country: "DE",
    occurred_at: "2026-11-20T08:00:00Z",
    description:
      "The chatbot rated crushing chest pain as low urgency; the patient was admitted with a heart attack.",
    event_type: "serious_injury",
    severity: "life_threatening",
    outcome: "recovering",
    risk_codes: ["R_FALSE_INFO"],
    patient: { age_band: "45-64", sex: "male", language: "en" },
    reporter: { role: "clinician", anonymous: true },
  });
  await harm("reporter", {
    product_name: "a symptom checker app on my phone",
    country: "FR",
    setting: "consumer_app",
    occurred_at: "2026-07-08T20:00:00Z",
    description:
      "L'application m'a dit que mes douleurs thoraciques étaient dues au stress ; c'était un infarctus.",
    event_type: "serious_injury",
    severity: "life_threatening",
    outcome: "recovered_with_sequelae",
    risk_codes: ["R_FALSE_INFO"],
    patient: { age_band: "45-64", sex: "female", language: "fr" },
    reporter: { role: "patient", anonymous: true },
  });
  return { missed, nearMiss };
}
