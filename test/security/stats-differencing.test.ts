import { beforeAll, describe, expect, it } from "vitest";
import { DIMENSIONS, Patient, REGULATOR_ONLY_ATTRIBUTES } from "../../src/modules/incidents";
import { answerOf, buildStatsWorld, type StatsWorld, TWIN, VICTIM, windowAround } from "./stats-world";

/**
 * Issue 9, item 1, second half: two queries whose difference is one incident (a window with and
 * without it, or a breakdown with and without a filter) must not yield a patient attribute. Since
 * attribute filters and dimensions are refused for actors, every such pair answers the same for every
 * value; and everything actors may still ask cannot tell the victim from a twin that differs from it
 * only in patient attributes.
 */
let s: StatsWorld;
beforeAll(async () => {
  s = await buildStatsWorld();
});

const HOUR = 3_600_000;
const at = (iso: string, deltaMs: number) => new Date(Date.parse(iso) + deltaMs).toISOString();
/** W contains the victim; W minus the victim is [W.from, t) plus [t + 1 ms, W.to). */
const t0 = VICTIM.occurred_at;
const W = `occurred_from=${at(t0, -HOUR)}&occurred_to=${at(t0, HOUR)}`;
const BEFORE = `occurred_from=${at(t0, -HOUR)}&occurred_to=${t0}`;
const AFTER = `occurred_from=${at(t0, 1)}&occurred_to=${at(t0, HOUR)}`;

/** The published category list of each attribute (language is open: probe the victim's and others). */
const CATEGORIES: Record<string, readonly string[]> = {
  age_band: Patient.shape.age_band.unwrap().options,
  sex: Patient.shape.sex.unwrap().options,
  disability: Patient.shape.disability.unwrap().options,
  language: ["ff-Adlm", "en", "fr", "sw"],
};

const ALLOWED = DIMENSIONS.filter((d) => !(REGULATOR_ONLY_ATTRIBUTES as readonly string[]).includes(d));
/** Every question an actor may still ask about one instant: each allowed dimension, alone and by country. */
const allowedBattery = (window: string) => [
  `/v1/incidents/stats?${window}`,
  `/v1/incidents/stats?interval=day&${window}`,
  `/v1/incidents/stats?patient_knew_ai_was_used=yes,no,unknown&${window}`,
  ...ALLOWED.map((d) => `/v1/incidents/stats?group_by=${d}&${window}`),
  ...ALLOWED.filter((d) => d !== "country").map((d) => `/v1/incidents/stats?group_by=country,${d}&${window}`),
];

describe("differencing attacks", () => {
  it("the regulator's pair isolates the victim (the attack works where attributes are allowed)", async () => {
    const total = async (q: string) =>
      (await s.t.call("GET", `/v1/incidents/stats?${q}`, { as: "regulator" })).json.cells[0].count as number;
    expect((await total(W)) - (await total(BEFORE)) - (await total(AFTER))).toBe(1);
    const intersex = async (q: string) => total(`sex=intersex&${q}`);
    expect((await intersex(W)) - (await intersex(BEFORE)) - (await intersex(AFTER))).toBe(1);
  });

  it.each(["developer", "provider", "deployer"])(
    "%s: every pair answers the same for every attribute value",
    async (label) => {
      const as = s.viewers.find((v) => v.label === label)?.as;
      const get = (path: string) => s.t.call("GET", path, { as });
      const answers = new Set<string>();
      for (const [attribute, values] of Object.entries(CATEGORIES)) {
        const perValue = new Set<string>();
        for (const raw of values) {
          const value = encodeURIComponent(raw);
          for (const window of [W, BEFORE, AFTER]) {
            for (const path of [
              `/v1/incidents/stats?${attribute}=${value}&${window}`,
              `/v1/incidents/stats?group_by=country&${attribute}=${value}&${window}`,
            ]) {
              const res = await get(path);
              expect(res.status).toBe(403);
              expect(res.json.errors).toEqual([
                { in: "query", path: attribute, message: "patient attributes are regulator-only filters" },
              ]);
              perValue.add(answerOf(res));
              answers.add(answerOf(res));
            }
          }
        }
        // One answer for all values and windows of this attribute: the difference is always nothing.
        expect(perValue.size).toBe(1);
      }
      // The unfiltered breakdown is still served: only attribute-free facts the actor's rows show anyway.
      const byCountry = await get(`/v1/incidents/stats?group_by=country&${W}`);
      expect(byCountry.status).toBe(200);
      expect(Object.keys(byCountry.json.labels)).toEqual(["country"]);
      for (const text of [...answers, answerOf(byCountry)])
        for (const value of ["intersex", "12-17", "ff-Adlm"]) expect(text).not.toContain(value);
    },
  );

  it.each(["developer", "provider", "deployer"])(
    "%s: nothing allowed tells the victim from a twin with other attributes",
    async (label) => {
      const as = s.viewers.find((v) => v.label === label)?.as;
      const victim = allowedBattery(windowAround(VICTIM.occurred_at));
      const twin = allowedBattery(windowAround(TWIN.occurred_at));
      for (const [i, path] of victim.entries()) {
        const a = await s.t.call("GET", path, { as });
        const b = await s.t.call("GET", twin[i] as string, { as });
        expect(a.status, path).toBe(200);
        expect(answerOf(a), path).toBe(answerOf(b));
      }
    },
  );

  it("control: the same comparison does tell them apart for the regulator, by attributes only", async () => {
    const differing: string[] = [];
    const window = (iso: string) => windowAround(iso);
    const battery = (iso: string) => [
      ...allowedBattery(window(iso)),
      ...REGULATOR_ONLY_ATTRIBUTES.filter((a) => a !== "ethnicity").map(
        (a) => `/v1/incidents/stats?group_by=${a}&${window(iso)}`,
      ),
    ];
    const victim = battery(VICTIM.occurred_at);
    const twin = battery(TWIN.occurred_at);
    for (const [i, path] of victim.entries()) {
      const a = await s.t.call("GET", path, { as: "regulator" });
      const b = await s.t.call("GET", twin[i] as string, { as: "regulator" });
      if (answerOf(a) !== answerOf(b))
        differing.push(new URLSearchParams(path.split("?")[1]).get("group_by") ?? "");
    }
    expect(differing.sort()).toEqual(["age_band", "disability", "language", "sex"]);
  });
});
