import { describe, expect, it } from "vitest";
import { createActor, fileIncident } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { recordFact } from "../helpers/law-world";
import { causality, cond, liabilityWorld, row, type World } from "./liability-world";

/**
 * PLD 2024 covers products placed on the EU market after 9 December 2026 and harm in the Union: the app
 * is placed on the EU market in January 2027 and harms someone in France (the default country) in
 * February 2027; the incident is filed on 1 March 2027 and the clock is left there.
 */
async function fileHarmUnderPld(t: Parameters<typeof liabilityWorld>[0], w: World) {
  t.clock.set("2027-01-12T08:00:00Z");
  await recordFact(t, w.app.id, w.as.appDev, {
    fact: "market",
    territory: "EU",
    placed_at: "2027-01-12T08:00:00Z",
  });
  t.clock.set("2027-03-01T12:00:00Z");
  return fileIncident(t, { deployment_id: w.deployment.id, occurred_at: "2027-02-20T10:00:00Z" });
}

describe("recorded legal facts feed the causality analysis", () => {
  it("an obvious malfunction in normal use, recorded by a regulator, meets PLD Art. 10(2)(c)", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const incident = await fileHarmUnderPld(t, w);
    const beforeAnalysis = await causality(t, incident.id, "eu-pld-2024");
    expect(beforeAnalysis).toMatchObject({ hypothetical: false, applicability: { applies: true } });
    const before = row(beforeAnalysis, w.appDev.id, "developer");
    expect(cond(before, "art10_2_c_obvious_malfunction").result).toBe("unknown");

    const record = (fact: string, value: boolean) =>
      t.call("POST", `/v1/incidents/${incident.id}/legal-facts`, {
        as: "regulator",
        body: { fact, value, basis: "Inspection report 14/2027", decided_at: "2027-03-01T00:00:00Z" },
      });
    expect((await record("obvious_malfunction", true)).status).toBe(201);
    expect((await record("normal_use", true)).status).toBe(201);
    const after = row(await causality(t, incident.id, "eu-pld-2024"), w.appDev.id, "developer");
    expect(cond(after, "art10_2_c_obvious_malfunction").result).toBe("met");

    // A later decision supersedes an earlier one; both stay in the history.
    t.clock.advance(60_000);
    expect((await record("normal_use", false)).status).toBe(201);
    const corrected = row(await causality(t, incident.id, "eu-pld-2024"), w.appDev.id, "developer");
    expect(cond(corrected, "art10_2_c_obvious_malfunction").result).toBe("not_met");
    const history = await t.call("GET", `/v1/incidents/${incident.id}/legal-facts`, { as: w.as.appDev });
    expect(history.json.data.map((f: any) => [f.fact, f.value])).toEqual([
      ["obvious_malfunction", true],
      ["normal_use", true],
      ["normal_use", false],
    ]);
  });

  it("only regulators record, only the chain and claim handlers read, and bad input names the field", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const incident = await w.fileHarm();
    const path = `/v1/incidents/${incident.id}/legal-facts`;
    const body = {
      fact: "excessive_difficulty",
      value: true,
      basis: "Court order",
      decided_at: "2026-06-01T00:00:00Z",
    };
    expect((await t.call("POST", path, { as: w.as.appDev, body })).status).toBe(403);
    const outsider = await createActor(t, { roles: ["deployer"], name: "Elsewhere" });
    expect((await t.call("GET", path, { as: outsider.owner("deployer") })).status).toBe(404);
    expect((await t.call("GET", path, { as: "fund_admin" })).status).toBe(200);
    const bad = await t.call("POST", path, { as: "regulator", body: { ...body, fact: "vibes" } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].path).toBe("fact");
    const future = await t.call("POST", path, {
      as: "regulator",
      body: { ...body, decided_at: "2027-01-01T00:00:00Z" },
    });
    expect(future.status).toBe(422);
    expect(future.json.errors[0].path).toBe("decided_at");
    expect((await t.call("GET", path, { as: "regulator" })).json.data).toEqual([]);
  });
});
