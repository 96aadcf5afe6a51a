import { describe, expect, it } from "vitest";
import { createActor, createDeployment, createProduct, createVersion } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

/** Follows next_cursor one row at a time and returns the ids in the order served. */
async function pageThrough(t: TestApp, path: string, as?: "regulator") {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const res: any = await t.call(
      "GET",
      `${path}${sep}limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      as ? { as } : {},
    );
    expect(res.status).toBe(200);
    ids.push(...res.json.data.map((r: { id: string }) => r.id));
    cursor = res.json.next_cursor;
  } while (cursor);
  return ids;
}

describe("keyset paging of the registry lists", () => {
  it("serves every row once, in order, even when rows share a timestamp", async () => {
    const t = await createTestApp(); // frozen clock: every row below has the same recorded_at
    const dev = await createActor(t, { roles: ["developer"] });
    const clinic = await createActor(t, { roles: ["deployer"] });
    const fm = await createProduct(t, dev.owner("developer"));
    const v = await createVersion(t, dev.owner("developer"), fm.id);
    const deployments = [];
    const attestations = [];
    const findings = [];
    for (const [i, code] of ["DEV_PREMORTEM_RED_TEAM", "DEV_DPIA", "DEV_ETHICS_CERTIFICATION"].entries()) {
      deployments.push(
        (await createDeployment(t, clinic.owner("deployer"), v.id, { population: `group ${i}` })).id,
      );
      const body = {
        product_id: fm.id,
        obligation_code: code,
        status: "met",
        statement: "ok",
        effective_from: "2026-01-01T00:00:00Z",
      };
      attestations.push(
        (await t.call("POST", "/v1/attestations", { as: dev.owner("developer"), body })).json.id,
      );
      const finding = {
        actor_id: dev.id,
        obligation_code: code,
        result: "met",
        basis: "audit",
        decided_at: "2026-02-01T00:00:00Z",
      };
      findings.push((await t.call("POST", "/v1/findings", { as: "regulator", body: finding })).json.id);
    }
    // Ids are time-ordered: oldest-first lists follow them, newest-first lists reverse them.
    expect(await pageThrough(t, `/v1/deployments?product_id=${fm.id}`)).toEqual(deployments);
    expect(await pageThrough(t, `/v1/attestations?product_id=${fm.id}`)).toEqual([...attestations].reverse());
    expect(await pageThrough(t, `/v1/findings?actor_id=${dev.id}`)).toEqual([...findings].reverse());
    expect(new Set(await pageThrough(t, "/v1/actors")).size).toBe(2);
  });
});
