import { describe, expect, it } from "vitest";
import { createActor } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { causality, cond, liabilityWorld, row } from "./liability-world";

describe("recorded legal facts feed the causality analysis", () => {
  it("an obvious malfunction in normal use, recorded by a regulator, meets PLD Art. 10(2)(c)", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const incident = await w.fileHarm();
    const before = row(await causality(t, incident.id, "eu-pld-2024"), w.appDev.id, "developer");
    expect(cond(before, "art10_2_c_obvious_malfunction").result).toBe("unknown");

    const record = (fact: string, value: boolean) =>
      t.call("POST", `/v1/incidents/${incident.id}/legal-facts`, {
        as: "regulator",
        body: { fact, value, basis: "Inspection report 14/2026", decided_at: "2026-06-01T00:00:00Z" },
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
