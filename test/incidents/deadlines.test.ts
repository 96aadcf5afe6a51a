import { describe, expect, it } from "vitest";
import {
  type ComputeDeadlinesInput,
  computeDeadlines,
  type DeadlineActor,
  type DeadlineIncident,
  DeadlineInputError,
  REPORTING_RULESETS,
  type ReportingRuleset,
  rulesetsInForce,
} from "../../src/modules/incidents";
import {
  type AwarenessFact,
  bindsRole,
  matchesPredicate,
} from "../../src/modules/incidents/domain/deadlines";

/**
 * The reporting-deadline engine (issue 11) run on the real, bundled rulesets. Every expected instant is
 * worked out by hand from Regulation 1182/71 Art. 3 (the day of awareness is not counted; the period
 * ends with the last hour of its last day in the Member State's zone), never by calling the engine.
 *
 * Calendar facts used below (2028): CET (+01:00) until Sunday 26 March 01:00 UTC, CEST (+02:00) from
 * then; Lisbon is WET (+00:00) and Helsinki EET (+02:00) in January.
 */

function registered(id: string, version: number): ReportingRuleset {
  const rs = REPORTING_RULESETS.find((r) => r.id === id && r.version === version);
  if (!rs) throw new Error(`ruleset ${id} v${version} is not registered`);
  return rs;
}

const ART73 = registered("eu-ai-act-art73", 1);
const MDR = registered("eu-mdr-art87", 1);
const ART26 = registered("eu-ai-act-art26-5", 1);

const AWARE = "2028-03-10T10:00:00.000Z"; // 11:00 CET on Friday 10 March
const NOW = "2028-03-12T12:00:00.000Z";

function incident(over: Partial<DeadlineIncident> = {}): DeadlineIncident {
  return {
    id: "inc-1",
    event_type: "serious_injury",
    severity: "severe",
    flags: {},
    medical_device: "none",
    ...over,
  };
}

const aware = (aware_at: string, over: Partial<AwarenessFact> = {}): AwarenessFact => ({
  source: "acknowledgement",
  aware_at,
  id: "ack-1",
  ...over,
});

function actor(over: Partial<DeadlineActor> = {}): DeadlineActor {
  return {
    actor_id: "prov-1",
    role_in_chain: "provider",
    awareness: [aware(AWARE)],
    reports: [],
    ...over,
  };
}

function run(over: Partial<ComputeDeadlinesInput> = {}) {
  return computeDeadlines({
    ruleset: ART73,
    incident: incident(),
    actors: [actor()],
    time_zone: "Europe/Berlin",
    immediately_hours: 24,
    now: NOW,
    ...over,
  });
}

const summary = (rows: ReturnType<typeof run>) => rows.map((d) => [d.kind, d.rule_id, d.due_at, d.status]);

describe("bundled reporting rulesets", () => {
  it("Art. 73 v1 carries the 15/10/2-day periods and the untimed complete report", () => {
    expect(ART73.rules.map((r) => [r.id, r.kind, r.days, r.citation])).toEqual([
      ["art73-2-general", "initial", 15, "Regulation (EU) 2024/1689 Art. 73(2)"],
      ["art73-4-death", "initial", 10, "Regulation (EU) 2024/1689 Art. 73(4)"],
      ["art73-3-widespread-or-critical-infrastructure", "initial", 2, "Regulation (EU) 2024/1689 Art. 73(3)"],
      ["art73-5-complete", "complete", null, "Regulation (EU) 2024/1689 Art. 73(5)"],
    ]);
    expect(ART73.day_count).toBe("calendar_end_of_day_local");
  });

  it("MDR Art. 87 carries 15/10/2 days (87(3)/(5)/(4)) and the complete report of 87(6)", () => {
    expect(MDR.rules.map((r) => [r.kind, r.days, r.citation])).toEqual([
      ["initial", 15, "Regulation (EU) 2017/745 Art. 87(3)"],
      ["initial", 10, "Regulation (EU) 2017/745 Art. 87(5)"],
      ["initial", 2, "Regulation (EU) 2017/745 Art. 87(4)"],
      ["complete", null, "Regulation (EU) 2017/745 Art. 87(6)"],
    ]);
  });
});

describe("computeDeadlines: AI Act Art. 73 periods", () => {
  it("15 days for a serious injury (73(2)), ending at local midnight in Berlin", () => {
    // Day of awareness 10 March not counted; day 15 is 25 March; it ends at 26 March 00:00 CET.
    const rows = run();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      ruleset: "eu-ai-act-art73",
      ruleset_version: 1,
      incident_id: "inc-1",
      actor_id: "prov-1",
      role: "provider",
      kind: "initial",
      addressee: "authority",
      rule_id: "art73-2-general",
      citation: "Regulation (EU) 2024/1689 Art. 73(2)",
      clock_basis: "acknowledgement",
      awareness_id: "ack-1",
      clock_start_at: AWARE,
      time_zone: "Europe/Berlin",
      due_at: "2028-03-25T22:59:59.999Z",
      immediately_window_hours: null,
      met_at: null,
      status: "pending",
    });
  });

  it("10 days on a death (73(4)), by event type or by fatal severity", () => {
    // Day 10 is 20 March; it ends at 21 March 00:00 CET = 20 March 23:00 UTC.
    for (const over of [{ event_type: "death" }, { severity: "fatal" }]) {
      const rows = run({ incident: incident(over) });
      expect(summary(rows)).toEqual([["initial", "art73-4-death", "2028-03-20T22:59:59.999Z", "pending"]]);
      expect(rows[0]?.citation).toBe("Regulation (EU) 2024/1689 Art. 73(4)");
    }
  });

  it("2 days on a widespread infringement or a critical-infrastructure disruption (73(3))", () => {
    // Day 2 is 12 March; it ends at 13 March 00:00 CET = 12 March 23:00 UTC.
    for (const flags of [{ widespread_infringement: true }, { critical_infrastructure_disruption: true }]) {
      const rows = run({ incident: incident({ event_type: "malfunction", severity: null, flags }) });
      expect(summary(rows)).toEqual([
        ["initial", "art73-3-widespread-or-critical-infrastructure", "2028-03-12T22:59:59.999Z", "pending"],
      ]);
    }
  });

  it("the most stringent applicable period wins: a death with a widespread infringement is 2 days", () => {
    const rows = run({
      incident: incident({
        event_type: "death",
        severity: "fatal",
        flags: { widespread_infringement: true },
      }),
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.rule_id).toBe("art73-3-widespread-or-critical-infrastructure");
    expect(rows[0]?.due_at).toBe("2028-03-12T22:59:59.999Z");
  });

  it("no deadlines for an incident that is not a serious incident", () => {
    expect(run({ incident: incident({ event_type: "near_miss", severity: "none" }) })).toEqual([]);
    expect(run({ incident: incident({ event_type: "malfunction", severity: null }) })).toEqual([]);
  });
});

describe("computeDeadlines: MDR Art. 87 periods", () => {
  const mdr = (over: Partial<DeadlineIncident>) =>
    run({ ruleset: MDR, incident: incident({ medical_device: "mdr", ...over }) });

  it("15 days for a serious deterioration of health (87(3))", () => {
    const rows = mdr({});
    expect(summary(rows)).toEqual([["initial", "mdr87-3-general", "2028-03-25T22:59:59.999Z", "pending"]]);
    expect(rows[0]).toMatchObject({
      ruleset: "eu-mdr-art87",
      citation: "Regulation (EU) 2017/745 Art. 87(3)",
    });
  });

  it("10 days on a death or an unanticipated serious deterioration (87(5))", () => {
    for (const over of [{ event_type: "death" }, { flags: { unanticipated_deterioration: true } }]) {
      const rows = mdr(over);
      expect(rows.map((d) => [d.rule_id, d.citation, d.due_at])).toEqual([
        [
          "mdr87-5-death-or-unanticipated-deterioration",
          "Regulation (EU) 2017/745 Art. 87(5)",
          "2028-03-20T22:59:59.999Z",
        ],
      ]);
    }
  });

  it("2 days on a serious public health threat (87(4)), even on a death", () => {
    const rows = mdr({ event_type: "death", flags: { serious_public_health_threat: true } });
    expect(rows.map((d) => [d.rule_id, d.citation, d.due_at])).toEqual([
      ["mdr87-4-public-health-threat", "Regulation (EU) 2017/745 Art. 87(4)", "2028-03-12T22:59:59.999Z"],
    ]);
  });

  it("a public health threat alone is a serious incident (Art. 2(65)(c))", () => {
    const rows = mdr({
      event_type: "malfunction",
      severity: null,
      flags: { serious_public_health_threat: true },
    });
    expect(rows.map((d) => d.rule_id)).toEqual(["mdr87-4-public-health-threat"]);
    expect(mdr({ event_type: "malfunction", severity: "mild" })).toEqual([]);
  });
});

describe("computeDeadlines: status against the injected clock", () => {
  const DUE = "2028-03-25T22:59:59.999Z";

  it("pending up to the last millisecond of the period, late one millisecond after", () => {
    expect(run({ now: DUE })[0]).toMatchObject({ status: "pending", met_at: null });
    expect(run({ now: "2028-03-25T23:00:00.000Z" })[0]).toMatchObject({ status: "late", met_at: null });
  });

  it("met by the actor's earliest report when it is on time (a report at the last millisecond counts)", () => {
    const reports = [{ submitted_at: "2028-04-01T09:00:00Z" }, { submitted_at: "2028-03-20T08:00:00Z" }];
    expect(run({ now: "2028-05-01T00:00:00Z", actors: [actor({ reports })] })[0]).toMatchObject({
      met_at: "2028-03-20T08:00:00.000Z",
      status: "met",
    });
    expect(
      run({ now: "2028-05-01T00:00:00Z", actors: [actor({ reports: [{ submitted_at: DUE }] })] })[0],
    ).toMatchObject({ met_at: DUE, status: "met" });
  });

  it("late with met_at recorded when the report came after the deadline", () => {
    const rows = run({
      now: "2028-04-01T00:00:00Z",
      actors: [actor({ reports: [{ submitted_at: "2028-03-26T08:00:00Z" }] })],
    });
    expect(rows[0]).toMatchObject({ met_at: "2028-03-26T08:00:00.000Z", status: "late" });
  });
});

describe("computeDeadlines: the Art. 73(5) complete report", () => {
  it("is not owed by an actor that filed no incomplete initial report", () => {
    expect(run().map((d) => d.kind)).toEqual(["initial"]);
    const full = run({ actors: [actor({ reports: [{ submitted_at: "2028-03-11T09:00:00Z" }] })] });
    expect(full.map((d) => [d.kind, d.status])).toEqual([["initial", "met"]]);
  });

  it("is tracked, untimed and never late once an incomplete initial report is filed", () => {
    const rows = run({
      now: "2029-06-01T00:00:00Z",
      actors: [actor({ reports: [{ submitted_at: "2028-03-11T09:00:00Z", kind: "initial" }] })],
    });
    expect(rows.map((d) => [d.kind, d.rule_id, d.citation, d.due_at, d.met_at, d.status])).toEqual([
      [
        "initial",
        "art73-2-general",
        "Regulation (EU) 2024/1689 Art. 73(2)",
        "2028-03-25T22:59:59.999Z",
        "2028-03-11T09:00:00.000Z",
        "met",
      ],
      ["complete", "art73-5-complete", "Regulation (EU) 2024/1689 Art. 73(5)", null, null, "pending"],
    ]);
  });

  it("is met by a later report not marked initial; the initial stays met by the first report", () => {
    const rows = run({
      now: "2029-06-01T00:00:00Z",
      actors: [
        actor({
          reports: [
            { submitted_at: "2028-05-02T10:00:00Z", kind: "complete" },
            { submitted_at: "2028-03-11T09:00:00Z", kind: "initial" },
          ],
        }),
      ],
    });
    expect(rows.map((d) => [d.kind, d.met_at, d.status])).toEqual([
      ["initial", "2028-03-11T09:00:00.000Z", "met"],
      ["complete", "2028-05-02T10:00:00.000Z", "met"],
    ]);
  });
});

describe("computeDeadlines: whose clock", () => {
  it("the actor's earliest awareness fact starts the clock and is named in clock_basis / awareness_id", () => {
    const rows = run({
      actors: [
        actor({
          awareness: [
            { source: "registry_notification", aware_at: "2028-03-12T09:00:00Z", id: null },
            // 09:30 at +01:00 is 08:30 UTC: earlier than the regulator record, though it sorts later as text.
            { source: "own_report", aware_at: "2028-03-10T09:30:00+01:00", id: "rep-7" },
            { source: "regulator_record", aware_at: "2028-03-10T09:00:00Z", id: "reg-1" },
          ],
        }),
      ],
    });
    expect(rows[0]).toMatchObject({
      clock_basis: "own_report",
      awareness_id: "rep-7",
      clock_start_at: "2028-03-10T08:30:00.000Z",
      due_at: "2028-03-25T22:59:59.999Z",
    });
  });

  it("a registry notification without a stored row reports awareness_id null", () => {
    const rows = run({
      actors: [
        actor({
          awareness: [
            { source: "acknowledgement", aware_at: "2028-03-13T09:00:00Z", id: "ack-9" },
            { source: "registry_notification", aware_at: "2028-03-11T07:00:00Z", id: null },
          ],
        }),
      ],
    });
    // Day 11 March not counted; day 15 is 26 March, ending at 27 March 00:00 CEST = 26 March 22:00 UTC.
    expect(rows[0]).toMatchObject({
      clock_basis: "registry_notification",
      awareness_id: null,
      clock_start_at: "2028-03-11T07:00:00.000Z",
      due_at: "2028-03-26T21:59:59.999Z",
    });
  });

  it("two actors aware at different times get their own due times and statuses", () => {
    const rows = run({
      actors: [
        actor({ reports: [{ submitted_at: "2028-03-11T00:00:00Z" }] }),
        actor({ actor_id: "prov-2", awareness: [aware("2028-03-12T10:00:00Z", { id: "ack-2" })] }),
      ],
    });
    expect(rows.map((d) => [d.actor_id, d.awareness_id, d.due_at, d.status])).toEqual([
      ["prov-1", "ack-1", "2028-03-25T22:59:59.999Z", "met"],
      // Day 15 after 12 March is 27 March, ending at 28 March 00:00 CEST = 27 March 22:00 UTC.
      ["prov-2", "ack-2", "2028-03-27T21:59:59.999Z", "pending"],
    ]);
  });

  it("an actor without any awareness fact, or in a role the ruleset does not bind, gets no row", () => {
    const rows = run({
      actors: [
        actor({ actor_id: "prov-3", awareness: [] }),
        actor({ actor_id: "dev-1", role_in_chain: "developer" }),
        actor({ actor_id: "dep-1", role_in_chain: "deployer" }),
        actor({ actor_id: "prov-1" }),
      ],
    });
    expect(rows.map((d) => d.actor_id)).toEqual(["prov-1"]);
  });
});

describe("computeDeadlines: local day boundaries", () => {
  it("an awareness late in the UTC evening falls on the next Berlin day", () => {
    // 23:30 UTC on 10 March is 00:30 CET on 11 March: day 15 is 26 March, which ends in CEST.
    const rows = run({ actors: [actor({ awareness: [aware("2028-03-10T23:30:00Z")] })] });
    expect(rows[0]?.due_at).toBe("2028-03-26T21:59:59.999Z");
  });

  it("a period crossing the end-of-March DST change ends at local midnight at +02:00", () => {
    // Day 15 after 20 March is 4 April; it ends at 5 April 00:00 CEST (+02:00) = 4 April 22:00 UTC.
    const rows = run({ actors: [actor({ awareness: [aware("2028-03-20T10:00:00Z")] })] });
    const due = rows[0]?.due_at;
    expect(due).toBe("2028-04-04T21:59:59.999Z");
    const wall = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Berlin",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "longOffset",
    });
    expect(wall.format(Date.parse(due ?? "") + 1)).toBe("05/04/2028, 00:00:00 GMT+02:00");
  });

  it("Lisbon and Helsinki count from their own day and end at their own midnight", () => {
    // 22:30 UTC on 10 January is 22:30 on 10 January in Lisbon (+00:00) but 00:30 on 11 January in
    // Helsinki (+02:00). Lisbon: day 15 is 25 January, ending 26 January 00:00 = 26 Jan 00:00 UTC.
    // Helsinki: day 15 is 26 January, ending 27 January 00:00 EET = 26 January 22:00 UTC.
    const at = (time_zone: string) =>
      run({ time_zone, actors: [actor({ awareness: [aware("2028-01-10T22:30:00Z")] })] })[0];
    expect(at("Europe/Lisbon")).toMatchObject({
      time_zone: "Europe/Lisbon",
      due_at: "2028-01-25T23:59:59.999Z",
    });
    expect(at("Europe/Helsinki")).toMatchObject({
      time_zone: "Europe/Helsinki",
      due_at: "2028-01-26T21:59:59.999Z",
    });
    // Same local day in both: the two hours between the zones remain.
    const noon = (time_zone: string) =>
      run({ time_zone, actors: [actor({ awareness: [aware("2028-01-10T12:00:00Z")] })] })[0]?.due_at;
    expect(noon("Europe/Lisbon")).toBe("2028-01-25T23:59:59.999Z");
    expect(noon("Europe/Helsinki")).toBe("2028-01-25T21:59:59.999Z");
  });
});

describe("computeDeadlines: 'immediately' (Art. 26(5))", () => {
  const deployer = (over: Partial<DeadlineActor> = {}) =>
    actor({
      actor_id: "dep-1",
      role_in_chain: "deployer",
      awareness: [aware(AWARE, { id: "ack-d" })],
      ...over,
    });

  it("one row per addressee, due after the configured window, elapsed and in UTC", () => {
    const rows = run({ ruleset: ART26, actors: [deployer(), actor()] });
    expect(rows.map((d) => [d.actor_id, d.addressee, d.rule_id, d.due_at, d.time_zone])).toEqual([
      ["dep-1", "provider", "art26-5-inform-provider", "2028-03-11T10:00:00.000Z", "UTC"],
      [
        "dep-1",
        "importer_or_distributor",
        "art26-5-inform-importer-or-distributor",
        "2028-03-11T10:00:00.000Z",
        "UTC",
      ],
      ["dep-1", "authority", "art26-5-inform-authority", "2028-03-11T10:00:00.000Z", "UTC"],
    ]);
    expect(rows.every((d) => d.immediately_window_hours === 24)).toBe(true);
  });

  it("the window is the operator's setting, shown on each row", () => {
    const rows = run({ ruleset: ART26, immediately_hours: 6, actors: [deployer()] });
    expect(rows.map((d) => [d.due_at, d.immediately_window_hours])).toEqual([
      ["2028-03-10T16:00:00.000Z", 6],
      ["2028-03-10T16:00:00.000Z", 6],
      ["2028-03-10T16:00:00.000Z", 6],
    ]);
    const status = (now: string) =>
      run({ ruleset: ART26, immediately_hours: 6, now, actors: [deployer()] })[0]?.status;
    expect(status("2028-03-10T16:00:00.000Z")).toBe("pending");
    expect(status("2028-03-10T16:00:00.001Z")).toBe("late");
  });

  it("one report through the registry meets all three rows", () => {
    const rows = run({
      ruleset: ART26,
      actors: [deployer({ reports: [{ submitted_at: "2028-03-10T12:00:00Z" }] })],
    });
    expect(rows.map((d) => [d.met_at, d.status])).toEqual([
      ["2028-03-10T12:00:00.000Z", "met"],
      ["2028-03-10T12:00:00.000Z", "met"],
      ["2028-03-10T12:00:00.000Z", "met"],
    ]);
  });

  it("binds the deployer whatever the product's device status (Art. 73(10) limits only Art. 73)", () => {
    for (const medical_device of ["mdr", null]) {
      expect(
        run({ ruleset: ART26, incident: incident({ medical_device }), actors: [deployer()] }),
      ).toHaveLength(3);
    }
  });
});

describe("Art. 73(10): AI systems that are medical devices", () => {
  const health = incident({ medical_device: "mdr" });

  it("a health harm of an MDR or IVDR device does not trigger Art. 73", () => {
    expect(matchesPredicate(ART73.trigger, health)).toBe(false);
    expect(matchesPredicate(ART73.trigger, incident({ medical_device: "ivdr", event_type: "death" }))).toBe(
      false,
    );
    expect(run({ incident: health })).toEqual([]);
  });

  it("a fundamental-rights infringement of an MDR device does", () => {
    const fri = incident({ medical_device: "mdr", flags: { fundamental_rights_infringement: true } });
    expect(matchesPredicate(ART73.trigger, fri)).toBe(true);
    expect(summary(run({ incident: fri }))).toEqual([
      ["initial", "art73-2-general", "2028-03-25T22:59:59.999Z", "pending"],
    ]);
  });

  it("an unrecorded device status leaves a health harm unknown, and computes no deadline", () => {
    const unrecorded = incident({ medical_device: null });
    expect(matchesPredicate(ART73.trigger, unrecorded)).toBe("unknown");
    expect(
      matchesPredicate(
        ART73.trigger,
        incident({
          medical_device: null,
          flags: { widespread_infringement: true },
          event_type: "malfunction",
          severity: null,
        }),
      ),
    ).toBe("unknown");
    expect(run({ incident: unrecorded })).toEqual([]);
  });

  it("an unrecorded device status does not matter where no clause could match, or one matches anyway", () => {
    expect(
      matchesPredicate(
        ART73.trigger,
        incident({ medical_device: null, event_type: "malfunction", severity: "mild" }),
      ),
    ).toBe(false);
    expect(
      matchesPredicate(
        ART73.trigger,
        incident({ medical_device: null, flags: { fundamental_rights_infringement: true } }),
      ),
    ).toBe(true);
  });

  it("a product recorded as no device is covered for health harms", () => {
    expect(matchesPredicate(ART73.trigger, incident({ medical_device: "none" }))).toBe(true);
  });
});

describe("bindsRole: Art. 26(5) passes Art. 73 to the deployer when the provider is unreachable", () => {
  it("binds providers always and deployers only with provider_unreachable", () => {
    expect(bindsRole(ART73, "provider", incident())).toBe(true);
    expect(bindsRole(ART73, "deployer", incident())).toBe(false);
    expect(bindsRole(ART73, "deployer", incident({ flags: { provider_unreachable: false } }))).toBe(false);
    expect(bindsRole(ART73, "deployer", incident({ flags: { provider_unreachable: true } }))).toBe(true);
    expect(bindsRole(ART73, "developer", incident({ flags: { provider_unreachable: true } }))).toBe(false);
    expect(bindsRole(ART26, "deployer", incident())).toBe(true);
    expect(bindsRole(ART26, "provider", incident())).toBe(false);
  });

  it("the deployer then gets the Art. 73 deadlines on its own clock", () => {
    const dep = actor({
      actor_id: "dep-1",
      role_in_chain: "deployer",
      awareness: [aware("2028-03-12T10:00:00Z")],
    });
    expect(run({ actors: [dep] })).toEqual([]);
    const rows = run({ incident: incident({ flags: { provider_unreachable: true } }), actors: [dep] });
    expect(rows.map((d) => [d.actor_id, d.role, d.rule_id, d.due_at])).toEqual([
      ["dep-1", "deployer", "art73-2-general", "2028-03-27T21:59:59.999Z"],
    ]);
  });
});

describe("computeDeadlines: bad input", () => {
  const thrown = (over: Partial<ComputeDeadlinesInput>) => {
    try {
      run(over);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it("throws DeadlineInputError naming the offending path", () => {
    const now = thrown({ now: "yesterday" });
    expect(now).toBeInstanceOf(DeadlineInputError);
    expect(now).toMatchObject({ path: "now", code: "invalid_deadline_input" });
    expect(thrown({ actors: [actor(), actor({ awareness: [aware(AWARE), aware("soon")] })] })).toMatchObject({
      path: "actors.1.awareness.1.aware_at",
    });
    const report = thrown({ actors: [actor({ reports: [{ submitted_at: "2028-13-45T00:00:00Z" }] })] });
    expect(report).toBeInstanceOf(DeadlineInputError);
    expect((report as Error).message).toMatch(/actors\.0\.reports\.0\.submitted_at/);
  });
});

describe("rulesetsInForce: the version in force on the incident's date", () => {
  const versions = (day: string, all: readonly ReportingRuleset[] = REPORTING_RULESETS) =>
    Object.fromEntries(
      rulesetsInForce(all, day)
        .map((rs) => [rs.id, rs.version] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );

  it("v1 of Art. 73 for an incident on 2026-04-01, v2 for 2026-09-01", () => {
    expect(versions("2026-04-01")).toEqual({
      "eu-ai-act-art26-5": 1,
      "eu-ai-act-art73": 1,
      "eu-mdr-art87": 1,
    });
    expect(versions("2026-09-01")).toEqual({
      "eu-ai-act-art26-5": 2,
      "eu-ai-act-art73": 2,
      "eu-mdr-art87": 1,
      "us-fda-mdr-803": 1,
    });
  });

  it("valid_from is inclusive, and nothing of the AI Act binds before 2024-08-01", () => {
    expect(versions("2024-07-31")).toEqual({ "eu-mdr-art87": 1 });
    expect(versions("2024-08-01")["eu-ai-act-art73"]).toBe(1);
    expect(versions("2026-07-26")["eu-ai-act-art73"]).toBe(1);
    expect(versions("2026-07-27")["eu-ai-act-art73"]).toBe(2);
    expect(versions("2021-05-25")).toEqual({});
  });

  it("does not depend on the order of the registered versions", () => {
    expect(versions("2026-09-01", [...REPORTING_RULESETS].reverse())["eu-ai-act-art73"]).toBe(2);
    expect(versions("2026-04-01", [...REPORTING_RULESETS].reverse())["eu-ai-act-art73"]).toBe(1);
  });
});
