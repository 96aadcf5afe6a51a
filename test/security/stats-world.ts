import { fileIncident, type Owner } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import { buildWorld, seedKnown, type World } from "../helpers/query-world";

/**
 * The issue-9 attack set-up: a value chain (lab's model F → appCo's app A → clinic's deployment) and a
 * victim incident filed through HTTP with rare patient attributes, its twin (same visible facts, other
 * attributes) a minute later, and background incidents with mixed attributes, so a leaking table would
 * show a visible difference.
 */
export const VICTIM = {
  occurred_at: "2026-05-20T10:00:00.123Z",
  patient: {
    age_band: "12-17",
    sex: "intersex",
    language: "ff-Adlm",
    disability: "yes",
    ethnicity: "Tuareg",
  },
} as const;
export const TWIN = {
  occurred_at: "2026-05-20T10:01:00.456Z",
  patient: { age_band: "30-44", sex: "female", language: "en", disability: "no", ethnicity: "Breton" },
} as const;

/** Each attribute with the victim's value and another value from the published category list. */
export const ATTRIBUTE_PROBES = [
  ["sex", "intersex", "female"],
  ["age_band", "12-17", "30-44"],
  ["language", "ff-Adlm", "en"],
  ["disability", "yes", "no"],
] as const;

export interface StatsWorld {
  t: TestApp;
  w: World;
  victimId: string;
  twinId: string;
  /** developer (of the foundation model), provider (of the app), deployer: all see the victim. */
  viewers: { label: string; as: Owner }[];
}

export async function buildStatsWorld(): Promise<StatsWorld> {
  const t = await createTestApp();
  const w = await buildWorld(t);
  const visible = { deployment_id: w.deployment.id, country: "KE", severity: "severe" };
  const victim = await fileIncident(t, { ...visible, ...VICTIM });
  const twin = await fileIncident(t, { ...visible, ...TWIN });
  await seedKnown(
    t,
    ["0-1", "18-29", "65-74", "75+", "unknown", "45-64"].map((ageBand, i) => ({
      productId: w.A.id,
      productVersionId: w.A1.id,
      deploymentId: w.deployment.id,
      occurredAt: `2026-04-${String(10 + i).padStart(2, "0")}T08:00:00.000Z`,
      country: "KE",
      ageBand,
      sex: ["male", "female", "unknown"][i % 3] ?? null,
      language: ["sw", "fr"][i % 2] ?? null,
      disability: ["no", "unknown"][i % 2] ?? null,
    })),
  );
  return {
    t,
    w,
    victimId: victim.id,
    twinId: twin.id,
    viewers: [
      { label: "developer", as: w.lab.owner("developer") },
      { label: "provider", as: w.appCo.owner("provider") },
      { label: "deployer", as: w.clinic.owner("deployer") },
    ],
  };
}

/** `[t, t + ms)`: the narrowest window around an instant the actor read from its own incident view. */
export function windowAround(iso: string, ms = 1): string {
  const from = new Date(iso);
  const to = new Date(from.getTime() + ms);
  return `occurred_from=${from.toISOString()}&occurred_to=${to.toISOString()}`;
}

/**
 * A response as an attacker would compare it: the status and body, minus the per-request
 * `request_id` (random, so it carries nothing about the data but would make every answer differ).
 */
export const answerOf = (res: { status: number; json: unknown; text: string }) => {
  if (res.json === null || typeof res.json !== "object") return `${res.status} ${res.text}`;
  const { request_id: _requestId, ...body } = res.json as Record<string, unknown>;
  return `${res.status} ${JSON.stringify(body)}`;
};
