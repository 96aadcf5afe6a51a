import { describe, expect, it } from "vitest";
import { fileIncident } from "../helpers/factories";
import { deadlinesOf, fileOn, lawApp, lawProduct, reason, regime } from "../helpers/law-world";

/**
 * The reporting deadlines over HTTP, under the issue 11 law: a high-risk (Annex III) system that is not a
 * medical device, placed on the EU market in January 2028 (after Annex III applies, 2 December 2027), and
 * incidents in France. The provider's clock starts at the registry's notification (the incident tied to
 * its product); the reporter's aware_at is the reporter's own and never moves it.
 *
 * Expected due times are worked out by hand (Regulation 1182/71 Art. 3): the day of awareness is not
 * counted and the period ends with the last millisecond of its last day in Europe/Paris, CET (UTC+1)
 * until Sunday 26 March 2028 01:00 UTC, CEST (UTC+2) from then.
 */
const FACTS = {
  risk: { value: "high_risk", basis: "annex_iii" },
  device: { value: "none" },
  markets: [{ territory: "EU", placed_at: "2028-01-10T08:00:00Z" }],
};
/** The app clock when the incidents are filed: 13:00 CET on Thursday 10 February 2028. */
const FILED = "2028-02-10T12:00:00.000Z";
/** The reporter's own awareness, two hours before filing. */
const REPORTER_AWARE = "2028-02-10T10:00:00.000Z";

// Day 10 February not counted. Day 15 = 25 Feb, day 10 = 20 Feb, day 2 = 12 Feb, each ending at 24:00 CET.
const DUE_15 = "2028-02-25T22:59:59.999Z";
const DUE_10 = "2028-02-20T22:59:59.999Z";
const DUE_2 = "2028-02-12T22:59:59.999Z";

async function setup() {
  const t = await lawApp(FILED);
  const w = await lawProduct(t, FACTS);
  const file = (overrides: object) =>
    fileOn(t, w.product.id, {
      occurred_at: "2028-02-09T08:00:00Z",
      country: "FR",
      aware_at: REPORTER_AWARE,
      ...overrides,
    });
  const deadlines = async (id: string, as: unknown = "regulator") => (await deadlinesOf(t, id, as)).data;
  return { t, dev: w.dev, prov: w.prov, product: w.product, file, deadlines };
}

describe("EU AI Act Art. 73 reporting deadlines", () => {
  it("computes the 15-day, 10-day (death) and 2-day (widespread) deadlines for the provider", async () => {
    const { t, prov, file, deadlines } = await setup();
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
      [prov.id, "initial", "art73-2-general", DUE_15, "pending"],
    ]);
    expect(pick(await deadlines(death.id))).toEqual([
      [prov.id, "initial", "art73-4-death", DUE_10, "pending"],
    ]);
    expect(pick(await deadlines(widespread.id))).toEqual([
      [prov.id, "initial", "art73-3-widespread-or-critical-infrastructure", DUE_2, "pending"],
    ]);
    // A near miss is no serious incident: Art. 73 is in force but does not apply, and says why.
    const none = await deadlinesOf(t, minor.id);
    expect(none.data).toEqual([]);
    expect(regime(none, "eu-ai-act-art73").applies).toBe(false);
    expect(reason(regime(none, "eu-ai-act-art73"), "reportable_incident").outcome).toBe(false);

    const first = (await deadlines(serious.id))[0];
    expect(first).toMatchObject({
      ruleset: "eu-ai-act-art73",
      ruleset_version: 2,
      clock_basis: "registry_notification",
      // The registry's notification at filing, not the reporter's earlier aware_at.
      clock_start_at: FILED,
      time_zone: "Europe/Paris",
      met_at: null,
    });
    expect(regime(await deadlinesOf(t, serious.id), "eu-ai-act-art73")).toMatchObject({
      ruleset_version: 2,
      applies: true,
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

    t.clock.set("2028-02-11T09:00:00Z");
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
      ["initial", "met", "2028-02-11T09:00:00.000Z", DUE_15],
      // Art. 73(5): an incomplete initial report must be completed; the Act sets no period.
      ["complete", "pending", null, null],
    ]);
    // The later own report does not move the clock: the notification came first.
    expect(afterInitial[0].clock_start_at).toBe(FILED);

    // Pending through the last millisecond of 12 February in Paris, late from 00:00 CET on 13 February.
    t.clock.set(DUE_2);
    expect((await deadlines(widespread.id))[0].status).toBe("pending");
    t.clock.set("2028-02-12T23:00:00Z");
    expect((await deadlines(widespread.id))[0].status).toBe("late");
    expect((await deadlines(death.id))[0].status).toBe("pending");
    t.clock.set("2028-02-20T23:00:00Z");
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
    expect(rest.json.next_cursor).toBeNull();
    expect((await t.call("GET", "/v1/deadlines", { as: prov.owner("provider") })).status).toBe(403);

    // A late filing is recorded but stays late.
    await t.call("POST", `/v1/incidents/${widespread.id}/reports`, {
      as: prov.owner("provider"),
      body: { text: "Full report.", reporter: { role: "provider", anonymous: true } },
    });
    expect((await deadlines(widespread.id))[0]).toMatchObject({
      status: "late",
      met_at: "2028-02-20T23:00:00.000Z",
    });

    // The developer is in the chain but owes no Art. 73 report; it sees only its own (none).
    expect(await deadlines(serious.id, dev.owner("developer"))).toEqual([]);
    const provRows = await deadlines(serious.id, prov.owner("provider"));
    expect(provRows).toHaveLength(2);
    expect(provRows.every((d) => d.actor_id === prov.id)).toBe(true);
  });

  it("starts the clock when an unmatched report is matched to the product (no aware_at)", async () => {
    const { t, prov, product, deadlines } = await setup();
    const inc = await fileIncident(t, {
      product_name: "the chatbot",
      occurred_at: "2028-02-09T08:00:00Z",
      country: "FR",
      event_type: "death",
      severity: "fatal",
      outcome: "fatal",
    });
    expect(await deadlines(inc.id)).toEqual([]);
    // Matched at 09:00 CET on 20 March; day 10 is 30 March, which ends at 24:00 CEST (the clocks went
    // forward on 26 March): 30 March 22:00 UTC.
    t.clock.set("2028-03-20T08:00:00Z");
    const patch = await t.call("PATCH", `/v1/incidents/${inc.id}`, {
      as: "regulator",
      body: { product_id: product.id },
    });
    expect(patch.status, JSON.stringify(patch.json)).toBe(200);
    expect(await deadlines(inc.id)).toEqual([
      expect.objectContaining({
        actor_id: prov.id,
        rule_id: "art73-4-death",
        clock_basis: "registry_notification",
        clock_start_at: "2028-03-20T08:00:00.000Z",
        due_at: "2028-03-30T21:59:59.999Z",
        time_zone: "Europe/Paris",
      }),
    ]);
  });

  it("a duplicate merged into another incident has no deadlines of its own", async () => {
    const { t, file, deadlines } = await setup();
    const kept = await file({ event_type: "serious_injury", severity: "severe" });
    const dup = await file({ event_type: "serious_injury", severity: "severe" });
    expect(await deadlines(dup.id)).toHaveLength(1);
    const merged = await t.call("POST", `/v1/incidents/${dup.id}/merge`, {
      as: "regulator",
      body: { into: kept.id, reason: "Same event" },
    });
    expect(merged.status, JSON.stringify(merged.json)).toBe(200);
    expect(await deadlinesOf(t, dup.id)).toEqual({ data: [], regimes: [] });
    expect(await deadlines(kept.id)).toHaveLength(1);
  });
});
