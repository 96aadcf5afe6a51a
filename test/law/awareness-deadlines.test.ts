import { describe, expect, it } from "vitest";
import { deadlinesOf, fileOn, lawApp, lawProduct } from "../helpers/law-world";

const FACTS = {
  risk: { value: "high_risk", basis: "annex_iii" },
  device: { value: "none" },
  markets: [{ territory: "EU", placed_at: "2028-01-10T08:00:00Z" }],
};
const AT = { occurred_at: "2028-02-01T09:00:00Z", country: "DE" };

describe("issue 11: each actor's own clock, local day boundaries, the deployer's Art. 26(5) duty", () => {
  it("two providers aware at different times get different due dates, each showing what started its clock", async () => {
    const t = await lawApp("2028-02-10T12:00:00Z");
    const a = await lawProduct(t, FACTS);
    const b = await lawProduct(t, FACTS);
    const incA = await fileOn(t, a.product.id, AT);
    const incB = await fileOn(t, b.product.id, AT);
    // The regulator has evidence that provider A knew on 5 February (its own complaint log).
    const rec = await t.call("POST", `/v1/incidents/${incA.id}/awareness`, {
      as: "regulator",
      body: {
        actor_id: a.prov.id,
        aware_at: "2028-02-05T16:30:00Z",
        evidence: "Complaint log entry CL-2028-113",
      },
    });
    expect(rec.status).toBe(201);
    expect(rec.json).toMatchObject({ actor_id: a.prov.id, source: "regulator_record" });

    const [da] = (await deadlinesOf(t, incA.id)).data;
    const [db] = (await deadlinesOf(t, incB.id)).data;
    expect(da).toMatchObject({
      actor_id: a.prov.id,
      clock_basis: "regulator_record",
      awareness_id: rec.json.id,
      clock_start_at: "2028-02-05T16:30:00.000Z",
      // 15 days after 5 Feb (not counted) ends 20 Feb 23:59:59.999 in Berlin (CET, UTC+1).
      due_at: "2028-02-20T22:59:59.999Z",
      time_zone: "Europe/Berlin",
    });
    expect(db).toMatchObject({
      actor_id: b.prov.id,
      clock_basis: "registry_notification",
      clock_start_at: "2028-02-10T12:00:00.000Z",
      due_at: "2028-02-25T22:59:59.999Z",
    });
    // The reporter's aware_at is the reporter's: it does not move the provider's clock.
    const withAware = await fileOn(t, a.product.id, { ...AT, aware_at: "2028-02-01T10:00:00Z" });
    const [dw] = (await deadlinesOf(t, withAware.id)).data;
    expect(dw.clock_start_at).toBe("2028-02-10T12:00:00.000Z");
  });

  it("a Berlin incident in summer is due at 23:59:59 Europe/Berlin (UTC+2); a Lisbon one an hour later in UTC", async () => {
    const t = await lawApp("2028-07-01T10:00:00Z");
    const w = await lawProduct(t, FACTS);
    const berlin = await fileOn(t, w.product.id, { occurred_at: "2028-06-30T09:00:00Z", country: "DE" });
    const lisbon = await fileOn(t, w.product.id, { occurred_at: "2028-06-30T09:00:00Z", country: "PT" });
    const [b] = (await deadlinesOf(t, berlin.id)).data;
    const [l] = (await deadlinesOf(t, lisbon.id)).data;
    expect(b).toMatchObject({ due_at: "2028-07-16T21:59:59.999Z", time_zone: "Europe/Berlin" });
    expect(l).toMatchObject({ due_at: "2028-07-16T22:59:59.999Z", time_zone: "Europe/Lisbon" });
  });

  it("the deployer must inform provider, importer/distributor and authority immediately; Art. 73 passes to it if the provider is unreachable", async () => {
    const t = await lawApp("2028-02-10T12:00:00Z");
    const w = await lawProduct(t, FACTS);
    const inc = await fileOn(t, w.product.id, { ...AT, deployment_id: w.deployment.id });
    const before = (await deadlinesOf(t, inc.id)).data.filter((d) => d.actor_id === w.deployer.id);
    expect(before.map((d) => [d.ruleset, d.addressee, d.status])).toEqual([
      ["eu-ai-act-art26-5", "provider", "pending"],
      ["eu-ai-act-art26-5", "importer_or_distributor", "pending"],
      ["eu-ai-act-art26-5", "authority", "pending"],
    ]);
    expect(before[0]).toMatchObject({
      clock_start_at: "2028-02-10T12:00:00.000Z",
      due_at: "2028-02-11T12:00:00.000Z",
      immediately_window_hours: 24,
      citation: expect.stringContaining("Art. 26(5)"),
    });
    // The deployer sees its own rows, not the provider's.
    const own = await deadlinesOf(t, inc.id, w.deployer.owner("deployer"));
    expect(new Set(own.data.map((d) => d.actor_id))).toEqual(new Set([w.deployer.id]));

    // The regulator records that the provider cannot be reached: Art. 73 now binds the deployer too.
    const patch = await t.call("PATCH", `/v1/incidents/${inc.id}`, {
      as: "regulator",
      body: { provider_unreachable: true },
    });
    expect(patch.status).toBe(200);
    const after = (await deadlinesOf(t, inc.id)).data.filter((d) => d.actor_id === w.deployer.id);
    expect(after.map((d) => d.ruleset)).toContain("eu-ai-act-art73");
    // …and there is no provider to inform any more: that row lapses.
    expect(after.filter((d) => d.ruleset === "eu-ai-act-art26-5").map((d) => d.addressee)).toEqual([
      "importer_or_distributor",
      "authority",
    ]);

    // The deployer's own report through the registry meets the remaining Art. 26(5) rows.
    t.clock.set("2028-02-10T18:00:00Z");
    const report = await t.call("POST", `/v1/incidents/${inc.id}/reports`, {
      as: w.deployer.owner("deployer"),
      body: {
        text: "Our clinic's account of the incident.",
        reporter: { role: "deployer", anonymous: false, contact: { email: "safety@clinic.example" } },
        report_type: "initial",
      },
    });
    expect(report.status, JSON.stringify(report.json)).toBe(201);
    const met = (await deadlinesOf(t, inc.id)).data.filter(
      (d) => d.actor_id === w.deployer.id && d.ruleset === "eu-ai-act-art26-5",
    );
    expect(met.map((d) => d.status)).toEqual(["met", "met"]);
  });

  it("awareness records: an actor acknowledges only for itself; a regulator must give evidence; outsiders are refused", async () => {
    const t = await lawApp("2028-02-10T12:00:00Z");
    const w = await lawProduct(t, FACTS);
    const other = await lawProduct(t, FACTS);
    const inc = await fileOn(t, w.product.id, AT);
    const post = (as: unknown, body: object) =>
      t.call("POST", `/v1/incidents/${inc.id}/awareness`, { as: as as "regulator", body });
    const ack = await post(w.prov.owner("provider"), { aware_at: "2028-02-09T08:00:00Z" });
    expect(ack.status).toBe(201);
    expect(ack.json).toMatchObject({ actor_id: w.prov.id, source: "acknowledgement" });
    expect(
      (await post(w.prov.owner("provider"), { aware_at: "2028-02-09T08:00:00Z", actor_id: w.dev.id })).status,
    ).toBe(403);
    const noEvidence = await post("regulator", { aware_at: "2028-02-09T08:00:00Z", actor_id: w.prov.id });
    expect(noEvidence.status, JSON.stringify(noEvidence.json)).toBe(400);
    expect(noEvidence.json.errors[0].path).toBe("evidence");
    const outsider = await post("regulator", {
      aware_at: "2028-02-09T08:00:00Z",
      actor_id: other.prov.id,
      evidence: "x",
    });
    expect(outsider.status).toBe(422);
    const early = await post(w.prov.owner("provider"), { aware_at: "2028-01-30T08:00:00Z" });
    expect(early.status, JSON.stringify(early.json)).toBe(400);
    expect(early.json.errors[0].path).toBe("aware_at");
    const future = await post(w.prov.owner("provider"), { aware_at: "2028-03-30T08:00:00Z" });
    expect(future.status).toBe(422);
    expect(future.json.errors[0].path).toBe("aware_at");
    // An actor outside the chain cannot even see the incident.
    expect((await post(other.prov.owner("provider"), { aware_at: "2028-02-09T08:00:00Z" })).status).toBe(404);

    const list = await t.call("GET", `/v1/incidents/${inc.id}/awareness`, { as: "regulator" });
    const provFacts = list.json.data.filter((f: any) => f.actor_id === w.prov.id).map((f: any) => f.source);
    expect(provFacts).toEqual(["acknowledgement", "registry_notification"]);
    const [d] = (await deadlinesOf(t, inc.id)).data;
    expect(d).toMatchObject({ clock_basis: "acknowledgement", due_at: "2028-02-24T22:59:59.999Z" });
    // A developer sees only its own awareness facts.
    const devView = await t.call("GET", `/v1/incidents/${inc.id}/awareness`, {
      as: w.dev.owner("developer"),
    });
    expect(new Set(devView.json.data.map((f: any) => f.actor_id))).toEqual(new Set([w.dev.id]));
  });
});
