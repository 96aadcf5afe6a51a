import { expect } from "vitest";
import {
  createActor,
  createDeployment,
  createProduct,
  createVersion,
  fileIncident,
  type Owner,
} from "./factories";
import { createTestApp } from "./harness";

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Records one regulatory fact as `as` (the product's provider by default) and returns the created row. */
export async function recordFact(
  t: TestApp,
  productId: string,
  as: Owner | "regulator",
  body: Record<string, unknown>,
) {
  const res = await t.call("POST", `/v1/products/${productId}/regulatory-facts`, {
    as,
    body: { source: "Declaration of conformity, section 2", ...body },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

export interface ProductFacts {
  risk?: { value: string; basis?: string };
  device?: { value: string; device_class?: string };
  markets?: { territory: string; placed_at: string }[];
}

/**
 * A provider's product with the regulatory facts given, recorded as of `since` (the facts must not be in
 * the future of the app clock), and a version and deployment so incidents can name a deployer.
 */
export async function lawProduct(t: TestApp, facts: ProductFacts, since = "2026-01-01T00:00:00Z") {
  const dev = await createActor(t, { roles: ["developer"] });
  const prov = await createActor(t, { roles: ["provider"] });
  const deployer = await createActor(t, { roles: ["deployer"], country: "DE" });
  const product = await createProduct(t, prov.owner("provider"), {
    developer_actor_id: dev.id,
    kind: "application",
  });
  const version = await createVersion(t, prov.owner("provider"), product.id);
  const deployment = await createDeployment(t, deployer.owner("deployer"), version.id, { country: "DE" });
  const owner = prov.owner("provider");
  if (facts.risk)
    await recordFact(t, product.id, owner, {
      fact: "ai_act_risk_class",
      effective_from: since,
      ...facts.risk,
    });
  if (facts.device)
    await recordFact(t, product.id, owner, {
      fact: "medical_device",
      effective_from: since,
      ...facts.device,
    });
  for (const m of facts.markets ?? []) await recordFact(t, product.id, owner, { fact: "market", ...m });
  return { dev, prov, deployer, product, version, deployment };
}

export async function lawApp(now: string) {
  return createTestApp({ now });
}

/** Files an incident on the product (anonymously, by a carer) in `country` on `occurred_at`. */
export const fileOn = (
  t: TestApp,
  productId: string,
  overrides: Record<string, unknown>,
  init: Parameters<typeof fileIncident>[2] = {},
) => fileIncident(t, { product_id: productId, ...overrides }, init);

export async function deadlinesOf(t: TestApp, id: string, as: unknown = "regulator") {
  const res = await t.call("GET", `/v1/incidents/${id}/deadlines`, { as: as as "regulator" });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as { data: any[]; regimes: any[] };
}

export const regime = (d: { regimes: any[] }, id: string) => d.regimes.find((r) => r.ruleset === id);
export const reason = (r: { reasons: any[] }, code: string) => r.reasons.find((x) => x.code === code);

/** A court's decision record, as a regulator enters it (issue 12 `decided_by`). */
export const COURT = {
  kind: "court",
  body: "Landgericht Berlin",
  case_number: "12 O 345/28",
  legal_basis: "ProdHaftG as amended, transposing Directive (EU) 2024/2853",
};

/** A court (or, with `decidedBy` null, the regulator itself) records a legal fact about the incident or an actor. */
export async function legalFact(
  t: TestApp,
  incidentId: string,
  body: Record<string, unknown>,
  decidedBy: object | null = COURT,
) {
  const res = await t.call("POST", `/v1/incidents/${incidentId}/legal-facts`, {
    as: "regulator",
    body: {
      value: true,
      basis: "Judgment of 20 February 2028",
      decided_at: "2028-02-20T10:00:00Z",
      ...(decidedBy ? { decided_by: decidedBy } : {}),
      ...body,
    },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}
