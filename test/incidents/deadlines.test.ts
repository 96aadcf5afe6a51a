import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type ComputeDeadlinesInput,
  computeDeadlines,
  type DeadlineActor,
  type DeadlineIncident,
  DeadlineInputError,
  parseReportingRuleset,
  type ReportingRuleset,
} from "../../src/modules/incidents";

const RULESET_FILE = "eu-ai-act-art73-v1.json";
const raw = readFileSync(new URL(`../../reporting-rules/${RULESET_FILE}`, import.meta.url), "utf8");
const ruleset = parseReportingRuleset(raw, RULESET_FILE);

// Awareness on 1 March 10:00 UTC. Under calendar counting the day of awareness is excluded, so
// N days end at 23:59:59.999 UTC on 1 March + N.
const AWARE = "2026-03-01T10:00:00.000Z";
const NOW = "2026-03-05T12:00:00.000Z";

function incident(over: Partial<DeadlineIncident> = {}): DeadlineIncident {
  return {
    id: "inc-1",
    event_type: "serious_injury",
    severity: "severe",
    aware_at: AWARE,
    received_at: "2026-03-02T08:00:00.000Z",
    ...over,
  };
}

const provider = (over: Partial<DeadlineActor> = {}): DeadlineActor => ({
  actor_id: "prov-1",
  role_in_chain: "provider",
  reports: [],
  ...over,
});

function run(over: Partial<ComputeDeadlinesInput> = {}) {
  return computeDeadlines({ ruleset, incident: incident(), actors: [provider()], now: NOW, ...over });
}

describe("EU AI Act Art. 73 ruleset data", () => {
  it("parses and keeps version and citations", () => {
    expect(ruleset.id).toBe("eu-ai-act-art73");
    expect(ruleset.version).toBe(1);
    expect(ruleset.rules.map((r) => r.days)).toEqual([15, 10, 2, null]);
  });

  it("names the file and the path of a bad field", () => {
    const bad = JSON.parse(raw) as { rules: { days: unknown }[] };
    (bad.rules[1] as { days: unknown }).days = "ten";
    expect(() => parseReportingRuleset(bad, "broken.json")).toThrow(/broken\.json.*rules\.1\.days/);
    expect(() => parseReportingRuleset("{not json", "x.json")).toThrow(/x\.json.*not valid JSON/);
  });
});

describe("computeDeadlines: Art. 73 initial report", () => {
  it("15 days after awareness for a serious injury (73(2))", () => {
    const [d] = run();
    expect(d).toMatchObject({
      ruleset: "eu-ai-act-art73",
      ruleset_version: 1,
      incident_id: "inc-1",
      actor_id: "prov-1",
      kind: "initial",
      rule_id: "art73-2-general",
      citation: "Regulation (EU) 2024/1689 Art. 73(2)",
      clock_basis: "aware_at",
      due_at: "2026-03-16T23:59:59.999Z",
      met_at: null,
      status: "pending",
    });
  });

  it("10 days on death (73(4)) as the more stringent rule", () => {
    const [d] = run({ incident: incident({ event_type: "death", severity: "fatal" }) });
    expect(d?.rule_id).toBe("art73-4-death");
    expect(d?.due_at).toBe("2026-03-11T23:59:59.999Z");
  });

  it("2 days on widespread infringement or critical infrastructure disruption (73(3)), even on death", () => {
    for (const flags of [{ widespread_infringement: true }, { critical_infrastructure_disruption: true }]) {
      const res = run({ incident: incident({ event_type: "death", ...flags }) });
      expect(res).toHaveLength(1);
      expect(res[0]?.citation).toBe("Regulation (EU) 2024/1689 Art. 73(3)");
      expect(res[0]?.due_at).toBe("2026-03-03T23:59:59.999Z");
      expect(res[0]?.status).toBe("late");
    }
  });

  it("met when the provider's first report is on time", () => {
    const [d] = run({
      actors: [
        provider({
          reports: [{ submitted_at: "2026-03-20T00:00:00Z" }, { submitted_at: "2026-03-04T09:30:00Z" }],
        }),
      ],
    });
    expect(d).toMatchObject({ met_at: "2026-03-04T09:30:00.000Z", status: "met" });
  });

  it("late when nothing is filed after the deadline passes", () => {
    const [d] = run({ now: "2026-03-17T00:00:00.000Z" });
    expect(d).toMatchObject({ met_at: null, status: "late" });
    // Still pending at the last millisecond of the period.
    expect(run({ now: "2026-03-16T23:59:59.999Z" })[0]?.status).toBe("pending");
  });

  it("late with met_at recorded when the report comes after the deadline", () => {
    const [d] = run({
      now: "2026-04-01T00:00:00Z",
      actors: [provider({ reports: [{ submitted_at: "2026-03-18T10:00:00Z" }] })],
    });
    expect(d).toMatchObject({ met_at: "2026-03-18T10:00:00.000Z", status: "late" });
  });

  it("no deadlines for an incident that is not a serious incident", () => {
    expect(run({ incident: incident({ event_type: "near_miss", severity: "none" }) })).toEqual([]);
    expect(run({ incident: incident({ event_type: "malfunction", severity: null }) })).toEqual([]);
  });

  it("only providers get deadlines", () => {
    const res = run({
      actors: [
        { actor_id: "dep-1", role_in_chain: "deployer", reports: [] },
        provider({ actor_id: "prov-2" }),
        { actor_id: "dev-1", role_in_chain: "developer", reports: [] },
      ],
    });
    expect(res.map((d) => d.actor_id)).toEqual(["prov-2"]);
  });
});

describe("computeDeadlines: clock start and complete report", () => {
  it("falls back to the actor's notification time, then to received_at", () => {
    const notified = run({
      incident: incident({ aware_at: null }),
      actors: [provider({ became_aware_at: "2026-03-03T15:00:00Z" })],
    });
    expect(notified[0]).toMatchObject({
      clock_basis: "actor_became_aware_at",
      due_at: "2026-03-18T23:59:59.999Z",
    });
    const received = run({ incident: incident({ aware_at: null }) });
    expect(received[0]).toMatchObject({ clock_basis: "received_at", due_at: "2026-03-17T23:59:59.999Z" });
  });

  it("elapsed day counting adds whole days to the awareness instant", () => {
    const elapsed: ReportingRuleset = { ...ruleset, day_count: "elapsed" };
    expect(run({ ruleset: elapsed })[0]?.due_at).toBe("2026-03-16T10:00:00.000Z");
  });

  it("tracks an untimed complete report only after an incomplete initial report (73(5))", () => {
    const initialOnly = run({
      now: "2026-06-01T00:00:00Z",
      actors: [provider({ reports: [{ submitted_at: "2026-03-02T00:00:00Z", kind: "initial" }] })],
    });
    expect(initialOnly.map((d) => [d.kind, d.status, d.due_at])).toEqual([
      ["initial", "met", "2026-03-16T23:59:59.999Z"],
      ["complete", "pending", null],
    ]);
    const completed = run({
      actors: [
        provider({
          reports: [
            { submitted_at: "2026-03-02T00:00:00Z", kind: "initial" },
            { submitted_at: "2026-04-02T00:00:00Z", kind: "complete" },
          ],
        }),
      ],
    });
    expect(completed[1]).toMatchObject({
      kind: "complete",
      met_at: "2026-04-02T00:00:00.000Z",
      status: "met",
    });
  });

  it("rejects unparseable timestamps with the offending path", () => {
    expect(() => run({ now: "yesterday" })).toThrow(DeadlineInputError);
    expect(() => run({ actors: [provider({ reports: [{ submitted_at: "soon" }] })] })).toThrow(
      /actors\.0\.reports\.0\.submitted_at/,
    );
  });
});
