import { beforeAll, describe, expect, it } from "vitest";
import { pageStrategy, WALK_THRESHOLD } from "../../src/modules/incidents";
import { createTestApp, type TestApp } from "../helpers/harness";
import { type SeedIncident, seedIncidents } from "../helpers/query-seed";

/**
 * Issue 14: a page checks a large match set (`risk_code`, `q`) per row while walking the sort index,
 * a small one drives the query from its matches and sorts them (queries/strategy.ts). Both plans
 * must give the same rows in the same order, page after page; these runs go through the HTTP API
 * with match sets on both sides of WALK_THRESHOLD.
 */
const N = WALK_THRESHOLD + 700;
const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 2) * 60_000).toISOString();
const SEVERITIES = ["mild", "moderate", "severe", "life_threatening", "fatal"] as const;

let app: TestApp;
let items: (SeedIncident & { id: string })[];

beforeAll(async () => {
  app = await createTestApp();
  const seeds: SeedIncident[] = Array.from({ length: N }, (_, i) => ({
    receivedAt: at(i), // two incidents per timestamp: the id tie-break is exercised too
    description: i % 97 === 0 ? `Penicillin allergy missed (${i})` : `Insulin dose doubled (${i})`,
    severity: SEVERITIES[i % SEVERITIES.length],
    status: i % 3 === 0 ? "triaged" : "received",
    risks: i % 89 === 0 ? ["R_PRIVACY"] : i % 4 === 0 ? ["R_BIAS", "R_FALSE_INFO"] : ["R_FALSE_INFO"],
  }));
  const ids = await seedIncidents(app, seeds);
  items = seeds.map((s, i) => ({ ...s, id: ids[i] as string }));
}, 60_000);

/** Every id the API lists for `query`, following next_cursor, newest first. */
async function listAll(query: string): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await app.call(
      "GET",
      `/v1/incidents?${query}&limit=200${cursor ? `&cursor=${cursor}` : ""}`,
      {
        as: "regulator",
      },
    );
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    seen.push(...res.json.data.map((d: { id: string }) => d.id));
    cursor = res.json.next_cursor;
  } while (cursor);
  return seen;
}

const newestFirst = (xs: typeof items) =>
  [...xs]
    .sort((a, b) =>
      (a.receivedAt as string) !== (b.receivedAt as string)
        ? (b.receivedAt as string).localeCompare(a.receivedAt as string)
        : b.id.localeCompare(a.id),
    )
    .map((x) => x.id);

describe("page strategy: walk for common matches, drive for rare ones, same answers", () => {
  it("chooses per request from the size of the match set", async () => {
    expect(await pageStrategy(app.db, { q: "insulin", risk_code: ["R_FALSE_INFO"] })).toMatchObject({
      text: true,
      riskCode: true,
    });
    expect(await pageStrategy(app.db, { q: "penicillin", risk_code: ["R_PRIVACY"] })).toMatchObject({
      text: false,
      riskCode: false,
    });
  });

  it.each<[string, string, (x: (typeof items)[number]) => boolean]>([
    ["common term (walk)", "q=insulin", (x) => x.description?.startsWith("Insulin") ?? false],
    ["rare term (drive)", "q=penicillin", (x) => x.description?.startsWith("Penicillin") ?? false],
    ["common risk code (walk)", "risk_code=R_FALSE_INFO", (x) => x.risks?.includes("R_FALSE_INFO") ?? false],
    ["rare risk code (drive)", "risk_code=R_PRIVACY", (x) => x.risks?.includes("R_PRIVACY") ?? false],
    [
      "status + severity_min + risk_code",
      "status=triaged&severity_min=severe&risk_code=R_BIAS",
      (x) =>
        x.status === "triaged" &&
        ["severe", "life_threatening", "fatal"].includes(x.severity as string) &&
        (x.risks?.includes("R_BIAS") ?? false),
    ],
    [
      "common term + common code + severity_min",
      "q=insulin%20dose&risk_code=R_FALSE_INFO&severity_min=fatal",
      (x) =>
        (x.description?.startsWith("Insulin") ?? false) &&
        x.severity === "fatal" &&
        (x.risks?.includes("R_FALSE_INFO") ?? false),
    ],
  ])(
    "%s: every match exactly once, newest first",
    async (_name, query, matches) => {
      const expected = newestFirst(items.filter(matches));
      expect(expected.length).toBeGreaterThan(0);
      expect(await listAll(query)).toEqual(expected);
    },
    60_000,
  );

  it("a search with no match at all is an empty page, not an error", async () => {
    expect(await listAll("q=quinine")).toEqual([]);
  });
});
