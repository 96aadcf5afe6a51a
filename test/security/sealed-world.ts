import { fileIncident } from "../helpers/factories";
import type { TestApp } from "../helpers/harness";
import { liabilityWorld } from "../liability/liability-world";

async function created(what: string, res: Promise<{ status: number; text: string; json: any }>) {
  const r = await res;
  if (r.status !== 201 && r.status !== 200) throw new Error(`${what}: ${r.status} ${r.text}`);
  return r.json;
}

/**
 * At least one row in every sealed table, each written through its route (and the incident updated
 * in place by PATCH, a transition and a merge), so verification covers every write site.
 */
export async function sealedWorld(t: TestApp) {
  const w = await liabilityWorld(t);
  const attestation = await w.attest("appDev", "DEV_PREMORTEM_RED_TEAM");
  const incident = await w.fileHarm();
  const receipt = { "x-receipt-token": incident.receipt_token };
  const id = incident.id;
  const regulator = "regulator" as const;
  await created(
    "follow-up",
    t.call("POST", `/v1/incidents/${id}/reports`, {
      headers: receipt,
      body: { text: "More detail.", reporter: { role: "carer", anonymous: true } },
    }),
  );
  await created(
    "addition",
    t.call("POST", `/v1/incidents/${id}/receipt/additions`, {
      headers: receipt,
      body: { text: "He is home now.", evidence: [{ sha256: "a".repeat(64), media_type: "image/png" }] },
    }),
  );
  await created(
    "response",
    t.call("POST", `/v1/incidents/${id}/responses`, {
      as: w.as.appDev,
      body: { kind: "acknowledgement", text: "Investigating." },
    }),
  );
  await created(
    "patch",
    t.call("PATCH", `/v1/incidents/${id}`, { as: regulator, body: { widespread_infringement: true } }),
  );
  await created(
    "transition",
    t.call("POST", `/v1/incidents/${id}/transitions`, {
      as: regulator,
      body: { to: "triaged", reason: "triage" },
    }),
  );
  await created(
    "finding",
    t.call("POST", "/v1/findings", {
      as: regulator,
      body: {
        actor_id: w.appDev.id,
        product_id: w.app.id,
        obligation_code: "DEV_PREMORTEM_RED_TEAM",
        result: "breached",
        basis: "Audit",
        decided_at: "2026-05-30T00:00:00Z",
      },
    }),
  );
  await created(
    "link",
    t.call("POST", `/v1/incidents/${id}/links`, {
      as: regulator,
      body: { actor_id: w.fmDev.id, obligation_code: "DEV_PREMORTEM_RED_TEAM", rationale: "Hallucinated" },
    }),
  );
  await created(
    "disclosure",
    t.call("POST", `/v1/products/${w.app.id}/disclosures`, {
      as: w.as.appDev,
      body: {
        kind: "red_team_report",
        title: "Red team",
        sha256: "b".repeat(64),
        published: true,
        summary: "Findings",
      },
    }),
  );
  const order = await created(
    "order",
    t.call("POST", `/v1/incidents/${id}/disclosure-orders`, {
      as: regulator,
      body: { actor_id: w.appDev.id, items: ["Evaluation report"], due_at: "2026-06-10T00:00:00Z" },
    }),
  );
  await created(
    "order response",
    t.call("POST", `/v1/disclosure-orders/${order.id}/responses`, {
      as: w.as.appDev,
      body: { disclosure_ids: [], statement: "Attached" },
    }),
  );
  const rebuttal = await created(
    "rebuttal",
    t.call("POST", `/v1/incidents/${id}/rebuttals`, {
      as: w.as.appDev,
      body: { ruleset: "who-2024", condition_id: "s7_rebuttal", statement: "Warnings ignored", evidence: [] },
    }),
  );
  await created(
    "decision",
    t.call("POST", `/v1/rebuttals/${rebuttal.id}/decision`, {
      as: regulator,
      body: { accepted: false, reason: "Weighed" },
    }),
  );
  await created(
    "legal fact",
    t.call("POST", `/v1/incidents/${id}/legal-facts`, {
      as: regulator,
      body: { fact: "normal_use", value: true, basis: "Inspection", decided_at: "2026-06-01T00:00:00Z" },
    }),
  );
  await created(
    "assessment",
    t.call("POST", `/v1/incidents/${id}/causality-assessments`, {
      as: regulator,
      body: { ruleset: "who-2024" },
    }),
  );
  const duplicate = await fileIncident(t, { deployment_id: w.deployment.id });
  await created(
    "merge",
    t.call("POST", `/v1/incidents/${duplicate.id}/merge`, { as: regulator, body: { into: id } }),
  );
  return { ...w, attestation, incident, duplicate };
}
