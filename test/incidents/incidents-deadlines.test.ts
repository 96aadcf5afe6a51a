import { describe, expect, it } from "vitest";
import { createActor, createProduct, fileIncident } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";

const AWARE = "2026-05-20T10:00:00.000Z";

async function setup() {
  const t = await createTestApp({ now: "2026-05-20T12:00:00.000Z" });
  const dev = await createActor(t, { roles: ["developer"] });
  const prov = await createActor(t, { roles: ["provider"] });
  const product = await createProduct(t, prov.owner("provider"), { developer_actor_id: dev.id });
  const file = (overrides: object) =>
    fileIncident(t, {
      product_id: product.id,
      occurred_at: "2026-05-19T08:00:00Z",
      aware_at: AWARE,
      ...overrides,
    });
  const deadlines = async (id: string, as: any = "regulator") =>
    (await t.call("GET", `/v1/incidents/${id}/deadlines`, { as })).json.data as any[];
  return { t, dev, prov, product, file, deadlines };
}

describe("EU AI Act Art. 73 reporting deadlines", () => {
  it("computes the 15-day, 10-day (death) and 2-day (widespread) deadlines for the provider", async () => {
    const { prov, file, deadlines } = await setup();
    const serious = await file({ event_type: "serious_injury", severity: "severe" });
    const death = await file({ event_type: "death", severity: "fatal", outcome: "fatal" });
    const widespread = await file({
      event_type: "injury",
      severity: "moderate",
      widespread_infringement: true,
    });
    const minor = await file({ event_type: "near_miss", severity: "none", outcome: "unknown" });

    const pick = (d: any[]) => d.map((x) => [x.actor_id, x.kind, x.rule_id, x.due_at, x.status]);
    expect(pick(await deadlines(serious.id))).toEqual([
      [prov.id, "initial", "art73-2-general", "2026-06-04T23:59:59.999Z", "pending"],
    ]);
    expect(pick(await deadlines(death.id))).toEqual([
      [prov.id, "initial", "art73-4-death", "2026-05-30T23:59:59.999Z", "pending"],
    ]);
    expect(pick(await deadlines(widespread.id))).toEqual([
      [
        prov.id,
        "initial",
        "art73-3-widespread-or-critical-infrastructure",
        "2026-05-22T23:59:59.999Z",
        "pending",
      ],
    ]);
    expect(await deadlines(minor.id)).toEqual([]);
    const first = (await deadlines(serious.id))[0];
    expect(first).toMatchObject({
      ruleset: "eu-ai-act-art73",
      ruleset_version: 1,
      clock_basis: "aware_at",
      clock_start_at: AWARE,
      met_at: null,
    });
  });

  it("is met by the provider's own report, flags late ones, and lists late deadlines for regulators", async () => {
    const { t, dev, prov, file, deadlines } = await setup();
    const serious = await file({ event_type: "serious_injury", severity: "severe" });
    const death = await file({ event_type: "death", severity: "fatal", outcome: "fatal" });
    const widespread = await file({
      event_type: "injury",
      severity: "moderate",
      widespread_infringement: true,
    });

    t.clock.set("2026-05-21T09:00:00Z");
    const own = await t.call("POST", `/v1/incidents/${serious.id}/reports`, {
      as: prov.owner("provider"),
      body: {
        text: "Initial report: under analysis.",
        reporter: { role: "provider", anonymous: true },
        report_type: "initial",
      },
    });
    expect(own.status).toBe(201);
    expect(own.json.filing).toBe("initial");
    const afterInitial = await deadlines(serious.id);
    expect(afterInitial.map((d) => [d.kind, d.status, d.met_at, d.due_at])).toEqual([
      ["initial", "met", "2026-05-21T09:00:00.000Z", "2026-06-04T23:59:59.999Z"],
      // Art. 73(5): an incomplete initial report must be completed; the Act sets no period.
      ["complete", "pending", null, null],
    ]);

    t.clock.set("2026-05-23T00:00:00Z");
    expect((await deadlines(widespread.id))[0].status).toBe("late");
    expect((await deadlines(death.id))[0].status).toBe("pending");
    t.clock.set("2026-05-31T00:00:00Z");
    expect((await deadlines(death.id))[0].status).toBe("late");

    const late = await t.call("GET", "/v1/deadlines?status=late", { as: "regulator" });
    expect(late.status).toBe(200);
    expect(late.json.data.map((d: any) => d.incident_id).sort()).toEqual([death.id, widespread.id].sort());
    expect(
      late.json.data.every((d: any) => d.status === "late" && d.incident_reference.startsWith("INC-")),
    ).toBe(true);
    const pending = await t.call("GET", "/v1/deadlines?status=pending", { as: "regulator" });
    expect(pending.json.data.map((d: any) => [d.incident_id, d.kind])).toEqual([[serious.id, "complete"]]);
    const paged = await t.call("GET", "/v1/deadlines?limit=1", { as: "regulator" });
    expect(paged.json.data).toHaveLength(1);
    const rest = await t.call("GET", `/v1/deadlines?limit=10&cursor=${paged.json.next_cursor}`, {
      as: "regulator",
    });
    expect(rest.json.data.length + 1).toBe(4);
    expect((await t.call("GET", "/v1/deadlines", { as: prov.owner("provider") })).status).toBe(403);

    // A late filing is recorded but stays late.
    await t.call("POST", `/v1/incidents/${widespread.id}/reports`, {
      as: prov.owner("provider"),
      body: { text: "Full report.", reporter: { role: "provider", anonymous: true } },
    });
    expect((await deadlines(widespread.id))[0]).toMatchObject({
      status: "late",
      met_at: "2026-05-31T00:00:00.000Z",
    });

    // The developer is in the chain but owes no Art. 73 report; it sees only its own (none).
    expect(await deadlines(serious.id, dev.owner("developer"))).toEqual([]);
    expect((await deadlines(serious.id, prov.owner("provider"))).length).toBe(2);
  });

  it("starts the clock when an unmatched report is matched to the product (no aware_at)", async () => {
    const { t, prov, product, deadlines } = await setup();
    const inc = await fileIncident(t, {
      product_name: "the chatbot",
      event_type: "death",
      severity: "fatal",
      outcome: "fatal",
    });
    expect(await deadlines(inc.id)).toEqual([]);
    t.clock.set("2026-05-25T08:00:00Z");
    await t.call("PATCH", `/v1/incidents/${inc.id}`, { as: "regulator", body: { product_id: product.id } });
    expect(await deadlines(inc.id)).toEqual([
      expect.objectContaining({
        actor_id: prov.id,
        clock_basis: "actor_became_aware_at",
        due_at: "2026-06-04T23:59:59.999Z",
      }),
    ]);
  });
});
