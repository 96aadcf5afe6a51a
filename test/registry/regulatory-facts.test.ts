import { describe, expect, it } from "vitest";
import { createActor, createProduct, createVersion } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";

async function world() {
  const t = await createTestApp({ now: "2027-06-01T12:00:00Z" });
  const prov = await createActor(t, { roles: ["provider"] });
  const other = await createActor(t, { roles: ["provider"] });
  const product = await createProduct(t, prov.owner("provider"));
  const post = (body: object, as: unknown = prov.owner("provider")) =>
    t.call("POST", `/v1/products/${product.id}/regulatory-facts`, {
      as: as as "regulator",
      body: { source: "DoC 2027-01", ...body },
    });
  const profile = async (query = "") =>
    (await t.call("GET", `/v1/products/${product.id}/regulatory-facts${query}`)).json;
  return { t, prov, other, product, post, profile };
}

describe("issue 11: regulatory facts of a product", () => {
  it("records declarations, lets a regulator's determination outweigh them, and answers as of a date", async () => {
    const { post, profile } = await world();
    expect(
      (
        await post({
          fact: "ai_act_risk_class",
          value: "not_high_risk",
          effective_from: "2027-01-01T00:00:00Z",
        })
      ).status,
    ).toBe(201);
    expect(
      (await post({ fact: "market", territory: "de", placed_at: "2027-01-12T08:00:00Z" })).json,
    ).toMatchObject({
      fact: "market",
      territory: "DE",
      effective_from: "2027-01-12T08:00:00.000Z",
      decided_by: "provider",
    });
    const decision = await post(
      {
        fact: "ai_act_risk_class",
        value: "high_risk",
        basis: "annex_iii",
        effective_from: "2027-01-01T00:00:00Z",
        decided_by: "court",
      },
      "regulator",
    );
    expect(decision.status).toBe(201);
    // The provider re-declaring later does not override the court.
    await post({ fact: "ai_act_risk_class", value: "not_high_risk", effective_from: "2027-02-01T00:00:00Z" });
    const now = await profile();
    expect(now.profile.ai_act_risk_class).toMatchObject({
      value: "high_risk",
      qualifier: "annex_iii",
      decided_by: "court",
    });
    expect(now.profile.markets).toEqual([
      expect.objectContaining({
        territory: "DE",
        placed_at: "2027-01-12T08:00:00.000Z",
        decided_by: "provider",
      }),
    ]);
    expect(now.data).toHaveLength(4);
    // As of before the placement was recorded, the profile has no market.
    const before = await profile("?as_of=2027-01-01T00:00:00Z");
    expect(before.profile.markets).toEqual([]);
  });

  it("refuses bad input with the field named, and non-owners; nothing is stored", async () => {
    const { t, other, product, post, profile } = await world();
    const cases: [object, number, string][] = [
      [
        { fact: "ai_act_risk_class", value: "high_risk", effective_from: "2027-01-01T00:00:00Z" },
        400,
        "basis",
      ],
      [
        {
          fact: "ai_act_risk_class",
          value: "not_high_risk",
          basis: "annex_i",
          effective_from: "2027-01-01T00:00:00Z",
        },
        400,
        "basis",
      ],
      [
        { fact: "medical_device", value: "mdr", device_class: "D", effective_from: "2027-01-01T00:00:00Z" },
        400,
        "device_class",
      ],
      [
        {
          fact: "medical_device",
          value: "none",
          device_class: "IIa",
          effective_from: "2027-01-01T00:00:00Z",
        },
        400,
        "device_class",
      ],
      [{ fact: "market", territory: "XX", placed_at: "2027-01-01T00:00:00Z" }, 400, "territory"],
      [{ fact: "market", territory: "EU", placed_at: "2027-09-01T00:00:00Z" }, 422, "placed_at"],
      [{ fact: "open_source", value: "yes", effective_from: "2027-01-01T00:00:00Z" }, 400, "value"],
      [{ fact: "colour", value: "red" }, 400, "fact"],
      [
        { fact: "market", territory: "EU", placed_at: "2027-01-01T00:00:00Z", version_id: "nope" },
        422,
        "version_id",
      ],
    ];
    for (const [body, status, path] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.json.errors.map((e: any) => e.path.split(".").at(-1))).toContain(path);
    }
    const declaredCourt = await post({
      fact: "open_source",
      value: true,
      effective_from: "2027-01-01T00:00:00Z",
      decided_by: "court",
    });
    expect(declaredCourt.status).toBe(403);
    expect(
      (
        await post(
          { fact: "open_source", value: true, effective_from: "2027-01-01T00:00:00Z" },
          other.owner("provider"),
        )
      ).status,
    ).toBe(403);
    const anonymous = await t.call("POST", `/v1/products/${product.id}/regulatory-facts`, {
      body: { fact: "open_source", value: true, effective_from: "2027-01-01T00:00:00Z", source: "x" },
    });
    expect(anonymous.status).toBe(401);
    const byRegulator = await post(
      { fact: "open_source", value: true, effective_from: "2027-01-01T00:00:00Z" },
      "regulator",
    );
    expect(byRegulator.json.decided_by).toBe("regulator");
    expect(
      (await t.call("POST", "/v1/products/nope/regulatory-facts", { as: "regulator", body: {} })).status,
    ).toBe(400);
    expect((await profile()).data).toHaveLength(1);
  });

  it("a version's own placement replaces the product's for incidents on that version", async () => {
    const { t, prov, product, post } = await world();
    const v2 = await createVersion(t, prov.owner("provider"), product.id, { substantial_modification: true });
    await post({ fact: "market", territory: "EU", placed_at: "2026-03-01T00:00:00Z" });
    await post({ fact: "market", territory: "EU", placed_at: "2027-02-01T00:00:00Z", version_id: v2.id });
    const res = await t.call("GET", `/v1/products/${product.id}/regulatory-facts?version_id=${v2.id}`);
    expect(res.json.profile.markets).toEqual([
      expect.objectContaining({ placed_at: "2027-02-01T00:00:00.000Z" }),
    ]);
    const productWide = await t.call("GET", `/v1/products/${product.id}/regulatory-facts`);
    expect(productWide.json.profile.markets).toEqual([
      expect.objectContaining({ placed_at: "2026-03-01T00:00:00.000Z" }),
    ]);
  });
});

describe("issue 11: supply-chain relations between actors", () => {
  it("the represented actor or a regulator records them; the representative alone cannot", async () => {
    const t = await createTestApp({ now: "2027-06-01T12:00:00Z" });
    const maker = await createActor(t, { roles: ["provider"], country: "US" });
    const rep = await createActor(t, { roles: ["provider"], country: "DE" });
    const body = {
      relation: "authorised_representative_of",
      of_actor_id: maker.id,
      effective_from: "2027-01-01T00:00:00Z",
    };
    const self = await t.call("POST", `/v1/actors/${rep.id}/relations`, { as: rep.owner("provider"), body });
    expect(self.status).toBe(403);
    const ok = await t.call("POST", `/v1/actors/${rep.id}/relations`, { as: maker.owner("provider"), body });
    expect(ok.status).toBe(201);
    expect(ok.json).toMatchObject({
      actor_id: rep.id,
      relation: "authorised_representative_of",
      of_actor_id: maker.id,
    });
    const bad = await t.call("POST", `/v1/actors/${rep.id}/relations`, {
      as: "regulator",
      body: { ...body, effective_to: "2026-01-01T00:00:00Z" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].path).toBe("effective_to");
    const ghost = await t.call("POST", `/v1/actors/${rep.id}/relations`, {
      as: "regulator",
      body: { ...body, of_actor_id: "nope" },
    });
    expect(ghost.status).toBe(422);
    const listed = await t.call("GET", `/v1/actors/${maker.id}/relations`);
    expect(listed.json.data).toHaveLength(1);
  });
});
