import { expect } from "vitest";
import {
  createActor,
  createDeployment,
  createProduct,
  createVersion,
  fileIncident,
} from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

/**
 * A registry with at least two rows in every list that pages with a cursor, so each list issues a
 * genuine next_cursor the malformed ones can be compared with.
 */
export async function inputWorld() {
  const t = await createTestApp();
  const dev = await createActor(t, { roles: ["developer"] });
  const clinic = await createActor(t, { roles: ["deployer"] });
  const fm = await createProduct(t, dev.owner("developer"));
  await createProduct(t, dev.owner("developer"), { name: "Second model" });
  const v = await createVersion(t, dev.owner("developer"), fm.id);
  for (const [i, code] of ["DEV_PREMORTEM_RED_TEAM", "DEV_DPIA"].entries()) {
    await createDeployment(t, clinic.owner("deployer"), v.id, { population: `group ${i}` });
    const attestation = await t.call("POST", "/v1/attestations", {
      as: dev.owner("developer"),
      body: {
        product_id: fm.id,
        obligation_code: code,
        status: "met",
        statement: "ok",
        effective_from: "2026-01-01T00:00:00Z",
      },
    });
    expect(attestation.status).toBe(201);
    const finding = await t.call("POST", "/v1/findings", {
      as: "regulator",
      body: {
        actor_id: dev.id,
        obligation_code: code,
        result: "met",
        basis: "audit",
        decided_at: "2026-02-01T00:00:00Z",
      },
    });
    expect(finding.status).toBe(201);
    await fileIncident(t, { product_id: fm.id, description: `Wrong dose advice number ${i}` });
  }
  return { t, dev, clinic, fm, version: v };
}

/** Every list route that pages with a cursor, with a caller allowed to read it. */
export const CURSOR_LISTS = [
  { path: "/v1/products", as: undefined },
  { path: "/v1/actors", as: undefined },
  { path: "/v1/deployments", as: undefined },
  { path: "/v1/attestations", as: undefined },
  { path: "/v1/findings", as: undefined },
  { path: "/v1/audit", as: "regulator" },
  { path: "/v1/incidents", as: "regulator" },
  { path: "/v1/deadlines", as: "regulator" },
] as const;

export const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/** A 4xx RFC 9457 answer naming `field` in `where`. */
export function expectProblemNaming(
  res: Awaited<ReturnType<TestApp["call"]>>,
  field: string,
  status = 400,
  where = "query",
) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.json.errors).toEqual(
    expect.arrayContaining([expect.objectContaining({ in: where, path: field })]),
  );
}
