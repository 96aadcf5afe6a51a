import { describe, expect, it } from "vitest";
import {
  COLUMN_DIMENSIONS,
  type DIMENSIONS,
  exactCountQuery,
  type IncidentFilters,
  rollupCountQuery,
} from "../../src/modules/incidents";
import {
  createActor,
  createDeployment,
  createProduct,
  createVersion,
  fileIncident,
} from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

/**
 * Issue 14: the statistics rollups (incident_risk_counts, incident_start_counts; kept by triggers in
 * drizzle/0017) must give exactly the direct COUNT over `incidents`, whatever sequence of writes went
 * through the API: filings (with and without risk codes, product, version, deployment), status
 * transitions, product matching and merges. After every step, every rollup-answerable query is run
 * both ways; the HTTP answer of GET /v1/incidents/stats is checked against the direct count too.
 */

type Dimension = (typeof DIMENSIONS)[number];
const options = { scope: { kind: "all" as const }, countableOnly: true };
const CODES = ["R_BIAS", "R_FALSE_INFO", "R_PRIVACY", "R_OPACITY"];
const SEVERITIES = ["none", "mild", "moderate", "severe", "life_threatening", "fatal"];

type Interval = "month" | "year" | undefined;
const ONE_COLUMN: Dimension[] = [...COLUMN_DIMENSIONS];
const ROLLUP_QUERIES: [Dimension[], IncidentFilters, Interval?][] = [
  ...ONE_COLUMN.flatMap((d): [Dimension[], IncidentFilters, Interval][] => [
    [[d], {}, undefined],
    [[d], {}, "month"],
    [[d], {}, "year"],
  ]),
  [["risk_code"], {}],
  [["risk_code", "severity"], {}],
  [["severity", "risk_code"], {}],
  [["risk_code"], { severity: ["severe", "fatal"] }],
  [["risk_code", "severity"], { severity_min: 3 }],
  [["risk_code"], { severity: ["severe", "fatal"], severity_min: 4 }],
  [["product"], {}],
  [["actor"], {}],
  [["foundation_model"], {}],
  [["actor", "foundation_model"], {}],
  [["product", "actor"], {}],
  [["foundation_model", "product"], {}],
];

/** A query's answer as sorted "key|key|period=count" lines (zero rows are not answers). */
async function answer(t: TestApp, query: ReturnType<typeof exactCountQuery>): Promise<string[]> {
  const rows = await t.db.all<Record<string, string | number | null>>(query);
  return rows
    .filter((r) => Number(r.n) > 0)
    .map((r) => `${[r.k0, r.k1].filter((k) => k !== undefined).join("|")}|${r.b}=${Number(r.n)}`)
    .sort();
}

async function expectAgreement(t: TestApp, step: string) {
  for (const [groupBy, filters, interval] of ROLLUP_QUERIES) {
    const rollup = rollupCountQuery(filters, options, groupBy, interval);
    expect(rollup, `${step}: ${groupBy} ${interval} is answered by a rollup`).not.toBeNull();
    const exact = await answer(t, exactCountQuery(filters, options, groupBy, interval));
    expect(exact.length, `${step}: ${groupBy} has data`).toBeGreaterThan(0);
    expect(
      await answer(t, rollup as NonNullable<typeof rollup>),
      `${step}: ${groupBy} ${interval} ${JSON.stringify(filters)}`,
    ).toEqual(exact);
  }
  // Through the API (regulator: exact figures), the rollup-served table equals the direct count.
  const res = await t.call("GET", "/v1/incidents/stats?group_by=risk_code,severity", { as: "regulator" });
  expect(res.status).toBe(200);
  const exact = new Map(
    (await answer(t, exactCountQuery({}, options, ["risk_code", "severity"]))).map((line) => {
      const [key, n] = line.split("=");
      return [key?.replace(/\|null$/, ""), Number(n)];
    }),
  );
  for (const cell of res.json.cells as { by: Record<string, string | null>; count: number }[]) {
    if (cell.by.risk_code === null || cell.by.severity === null) continue; // margins
    expect(cell.count, `${step}: ${JSON.stringify(cell.by)}`).toBe(
      exact.get(`${cell.by.risk_code}|${cell.by.severity}`) ?? 0,
    );
  }
}

describe("statistics rollups agree with the direct count over incidents", () => {
  it("after filings, status transitions, product matching and merges", { timeout: 120_000 }, async () => {
    // More anonymous filings than one client may make per hour in production.
    const t = await createTestApp({ env: { RATE_LIMIT_ANON_WRITES: "1000" } });
    const lab = await createActor(t);
    const app = await createActor(t);
    const clinic = await createActor(t, { roles: ["deployer"] });
    const fm = await createProduct(t, lab.owner("developer"), { name: "Model F" });
    const fmVersion = await createVersion(t, lab.owner("developer"), fm.id);
    const chat = await createProduct(t, app.owner("developer"), {
      name: "Chat",
      provider_actor_id: lab.id,
      builds_on: [{ product_id: fm.id, relation: "integration" }],
    });
    const pinned = await createVersion(t, app.owner("developer"), chat.id, { base_versions: [fmVersion.id] });
    const deployment = await createDeployment(t, clinic.owner("deployer"), pinned.id);
    const refs = [
      { product_name: "Some chatbot" },
      { product_id: fm.id },
      { product_id: chat.id },
      { product_version_id: pinned.id },
      { deployment_id: deployment.id },
    ];

    // A fixed pseudo-random sequence: the same writes every run, still mixing every case.
    let seed = 14;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor(seed / 65536) % n;
    };
    const filed: string[] = [];
    for (let i = 0; i < 24; i++) {
      const risks = CODES.filter(() => next(3) === 0);
      filed.push(
        (
          await fileIncident(t, {
            ...refs[next(refs.length)],
            severity: SEVERITIES[next(SEVERITIES.length)],
            risk_codes: risks,
            occurred_at: ["2025-11-03T10:00:00Z", "2025-12-31T23:00:00Z", "2026-01-15T08:00:00Z"][next(3)],
            country: ["FR", "KE", "DE"][next(3)],
            setting: ["consumer_app", "hospital"][next(2)],
            ...(next(2) ? { use_area: "U_CLERICAL_ADMIN" } : {}),
            event_type: ["serious_injury", "death", "near_miss"][next(3)],
            outcome: ["recovering", "not_recovered"][next(2)],
            // Some patients described, some not ('' in the rollup, "(none)" in the table).
            patient: next(2)
              ? { age_band: "65-74", sex: ["female", "male"][next(2)], language: "fr", disability: "no" }
              : {},
          })
        ).id,
      );
    }
    await expectAgreement(t, "after filings");

    for (const id of filed.slice(0, 6)) {
      const moved = await t.call("POST", `/v1/incidents/${id}/transitions`, {
        as: "regulator",
        body: { to: "triaged", reason: "Plausible" },
      });
      expect(moved.status).toBe(201);
    }
    await expectAgreement(t, "after status transitions");

    // Product matching of unmatched filings (and a re-match of a matched one): the start changes.
    const unmatched = [];
    for (let i = 0; i < 3; i++)
      unmatched.push((await fileIncident(t, { product_name: "Some app", risk_codes: [CODES[i]] })).id);
    for (const [n, id] of [...unmatched, filed[1]].entries()) {
      const patched = await t.call("PATCH", `/v1/incidents/${id}`, {
        as: "regulator",
        body: n % 2 ? { product_id: chat.id } : { product_version_id: pinned.id },
      });
      expect(patched.status).toBe(200);
    }
    await expectAgreement(t, "after product matching");

    for (const [from, into] of [
      [filed[2], filed[3]],
      [filed[4], filed[5]],
      [unmatched[0], filed[7]],
    ]) {
      const merged = await t.call("POST", `/v1/incidents/${from}/merge`, {
        as: "regulator",
        body: { into, reason: "Same event" },
      });
      expect(merged.status).toBe(200);
    }
    await expectAgreement(t, "after merges");
    await t.close();
  });
});
