import { beforeAll, describe, expect, it } from "vitest";
import {
  DIMENSIONS,
  filterFields,
  PATIENT_FIELD_AUDIENCE,
  Patient,
  REGULATOR_ONLY_ATTRIBUTES,
} from "../../src/modules/incidents";
import {
  ATTRIBUTE_PROBES,
  answerOf,
  buildStatsWorld,
  type StatsWorld,
  VICTIM,
  windowAround,
} from "./stats-world";

/**
 * Issue 9, item 1: an actor read the exact occurred_at of its incident, then asked the stats route for
 * a 1 ms window grouped or filtered by a patient attribute, and read the attribute off the labels
 * (or off "count: 0" versus "suppressed"). Patient attributes are now regulator-only, for every route.
 */
let s: StatsWorld;
beforeAll(async () => {
  s = await buildStatsWorld();
});

type Res = Awaited<ReturnType<StatsWorld["t"]["call"]>>;
const PATIENT_KEYS = ["patient", "age_band", "sex", "language", "disability", "ethnicity"];

function expectRefused(res: Res, status: number, path: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.json.errors.map((e: { in: string; path: string }) => [e.in, e.path])).toContainEqual([
    "query",
    path,
  ]);
}

/** Neither the victim's attribute values nor any patient key appear anywhere in what the actor got. */
function expectNothingRecovered(responses: Res[]) {
  for (const res of responses) {
    for (const value of Object.values(VICTIM.patient)) expect(res.text).not.toContain(`"${value}"`);
    for (const value of ["intersex", "12-17", "ff-Adlm", "Tuareg"]) expect(res.text).not.toContain(value);
    for (const key of PATIENT_KEYS) expect(res.text).not.toContain(`"${key}":`);
  }
}

describe("the stats inference attack, as each actor", () => {
  it.each(["developer", "provider", "deployer"])("%s: no patient attribute is recovered", async (label) => {
    const { t, victimId } = s;
    const as = s.viewers.find((v) => v.label === label)?.as;
    const seen: Res[] = [];
    const get = async (path: string) => {
      const res = await t.call("GET", path, { as });
      seen.push(res);
      return res;
    };
    // Step 1 of the attack: the actor's own views give the exact instant, and no attribute.
    const list = await get("/v1/incidents?mine=true&limit=500");
    const mine = list.json.data.find((i: { id: string }) => i.id === victimId);
    expect(mine.occurred_at).toBe(VICTIM.occurred_at);
    expect((await get(`/v1/incidents/${victimId}`)).status).toBe(200);
    const window = windowAround(mine.occurred_at);

    // Step 2: group by attributes over a 1 ms window; refused before any count, naming the dimension.
    const grouped = await get(`/v1/incidents/stats?group_by=sex,age_band&${window}`);
    expectRefused(grouped, 403, "group_by");
    expect(grouped.json.errors.map((e: { message: string }) => e.message.split(":")[0])).toEqual([
      "sex",
      "age_band",
    ]);
    expect(grouped.json.labels).toBeUndefined();

    // Step 3: the victim's value and another value get the very same answer, for every attribute.
    for (const [attribute, actual, other] of ATTRIBUTE_PROBES) {
      const hit = await get(`/v1/incidents/stats?${attribute}=${actual}&${window}`);
      const miss = await get(`/v1/incidents/stats?${attribute}=${other}&${window}`);
      expectRefused(hit, 403, attribute);
      expect(answerOf(hit)).toBe(answerOf(miss));
      expectRefused(await get(`/v1/incidents/stats?group_by=${attribute}&${window}`), 403, "group_by");
      expectRefused(await get(`/v1/incidents/stats?group_by=country,${attribute}`), 403, "group_by");
      // Same for the row listing; exports, signals and similar-case search are regulator-only.
      expectRefused(await get(`/v1/incidents?${attribute}=${actual}&${window}`), 403, attribute);
      expect((await get(`/v1/incidents/export?format=ndjson&${attribute}=${actual}`)).status).toBe(403);
      expect((await get(`/v1/signals?${attribute}=${actual}`)).status).toBe(403);
    }
    expect(t.errors).toEqual([]);
    expectNothingRecovered(seen);
  });
});

describe("every other non-regulator", () => {
  it("admin, fund_admin, reporter and anonymous callers get no stats route; public stats has no attribute", async () => {
    const { t } = s;
    const window = windowAround(VICTIM.occurred_at);
    const path = `/v1/incidents/stats?group_by=sex&${window}`;
    for (const role of ["admin", "fund_admin", "reporter"] as const)
      expect((await t.call("GET", path, { as: role })).status).toBe(403);
    expect((await t.call("GET", path)).status).toBe(401);
    const seen: Res[] = [];
    for (const [attribute, actual] of ATTRIBUTE_PROBES) {
      // Not a parameter of the public route at all: the strict schema names it as an unknown key.
      const filtered = await t.call("GET", `/v1/public/stats?${attribute}=${actual}`);
      expectRefused(filtered, 400, "(root)");
      expect(filtered.json.errors[0].message).toContain(`"${attribute}"`);
      const grouped = await t.call("GET", `/v1/public/stats?group_by=${attribute}`);
      expectRefused(grouped, 400, "group_by.0");
      seen.push(filtered, grouped);
    }
    // Public windows are whole calendar months: a 1 ms (or one-day) window is refused, naming the bound.
    const narrow = await t.call("GET", `/v1/public/stats?group_by=severity&${window}`);
    expectRefused(narrow, 400, "occurred_from");
    expectRefused(narrow, 400, "occurred_to");
    const month = await t.call(
      "GET",
      "/v1/public/stats?group_by=severity&occurred_from=2026-05-01&occurred_to=2026-06-01T02:00:00%2B02:00",
    );
    expect(month.status).toBe(200);
    expect(month.json.periods).toEqual(["2026-05"]);
    expectNothingRecovered([...seen, narrow, month]);
  });
});

describe("regulators keep full attribute breakdowns", () => {
  it("exact counts by every attribute, over the same 1 ms window, plus filters on rows", async () => {
    const { t, victimId } = s;
    const window = windowAround(VICTIM.occurred_at);
    const grouped = await t.call("GET", `/v1/incidents/stats?group_by=sex,age_band&${window}`, {
      as: "regulator",
    });
    expect(grouped.status).toBe(200);
    expect(grouped.json.labels).toEqual({ sex: ["intersex"], age_band: ["12-17"] });
    const cell = grouped.json.cells.find(
      (c: { by: Record<string, string> }) => c.by.sex === "intersex" && c.by.age_band === "12-17",
    );
    expect(cell).toMatchObject({ count: 1 });
    for (const [attribute, actual, other] of ATTRIBUTE_PROBES) {
      const count = async (value: string) =>
        (await t.call("GET", `/v1/incidents/stats?${attribute}=${value}&${window}`, { as: "regulator" })).json
          .cells[0].count;
      expect([await count(actual), await count(other)]).toEqual([1, 0]);
      const rows = await t.call("GET", `/v1/incidents?${attribute}=${actual}`, { as: "regulator" });
      expect(rows.json.data.map((i: { id: string }) => i.id)).toEqual([victimId]);
    }
    const all = await t.call("GET", "/v1/incidents/stats?group_by=language,disability", { as: "regulator" });
    expect(all.json.labels.language).toEqual(expect.arrayContaining(["ff-Adlm", "en", "sw", "fr"]));
    const detail = await t.call("GET", `/v1/incidents/${victimId}`, { as: "regulator" });
    expect(detail.json.patient).toMatchObject(VICTIM.patient);
  });
});

describe("the classification covers every patient field", () => {
  it("each Patient field is classified; the queryable withheld ones are exactly the refused ones", () => {
    expect(Object.keys(PATIENT_FIELD_AUDIENCE).sort()).toEqual(Object.keys(Patient.shape).sort());
    const queryable = new Set<string>([...Object.keys(filterFields), ...DIMENSIONS]);
    expect(REGULATOR_ONLY_ATTRIBUTES.filter((a) => queryable.has(a)).sort()).toEqual(
      ATTRIBUTE_PROBES.map(([a]) => a).sort(),
    );
    // Ethnicity is free text: not a filter or dimension for anyone.
    expect(queryable.has("ethnicity")).toBe(false);
  });
});
