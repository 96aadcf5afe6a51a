import { beforeAll, describe, expect, it } from "vitest";
import { ftsPageRows, type IncidentFilters, pageStrategy, WALK_THRESHOLD } from "../../src/modules/incidents";
import type { TestApp } from "../helpers/harness";
import { createTestApp } from "../helpers/harness";
import { type SeedIncident, seedIncidents } from "../helpers/query-seed";
import { buildWorld, type World } from "../helpers/query-world";

/**
 * Issue 14: a text search in received order pages inside FTS5 (queries/fts-page.ts), falling back
 * to the sorted forms when the other filters are selective; a foundation model most products build
 * on is checked per row while the sort index is walked, a niche one drives the query from its
 * products (queries/strategy.ts). Whichever plan runs, every page through the HTTP API must hold
 * exactly the rows, in exactly the order, that sorting every match gives: compared here, page after
 * page, with a brute-force filter of the seeded rows. The rows are inserted in shuffled order with
 * ~26 per received hour and three per timestamp, so FTS rowid order within an hour is not received
 * order, pages end mid-hour, and the id tie-break decides.
 */
const N = WALK_THRESHOLD + 1_000;
const LIMIT = 173;
const base = Date.UTC(2026, 0, 5);
const at = (i: number) => new Date(base + Math.floor(i / 3) * 7 * 60_000).toISOString();

let app: TestApp;
let w: World;
type Known = SeedIncident & { id: string; index: number };
let known: Known[];

/** A deterministic shuffle (LCG), so the insertion order is the same on every run. */
function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  let seed = 14;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

beforeAll(async () => {
  app = await createTestApp();
  w = await buildWorld(app);
  const seeds = Array.from({ length: N }, (_, i) => {
    const slot = i % 20;
    // 80% app A (half on version A1, pinned to F1): F by lineage. 10% version B1 (pinned to G1
    // only): G, not F. 5% app B without a version: F and G by product lineage. 5% no product.
    const [productId, productVersionId] =
      slot < 16
        ? [w.A.id, i % 2 ? w.A1.id : null]
        : slot < 18
          ? [w.B.id, w.B1.id]
          : slot === 18
            ? [w.B.id, null]
            : [null, null];
    const seed: SeedIncident = {
      receivedAt: at(i),
      occurredAt: new Date(base - (i % 37) * 3_600_000).toISOString(),
      productId,
      productVersionId,
      country: i % 2 ? "FR" : "KE",
      description:
        i % 97 === 0
          ? `Penicillin allergy missed (${i})`
          : i % 5 === 0
            ? `Insulin pump alarm ignored (${i})`
            : `Insulin dose doubled (${i})`,
      descriptionIdentifying: i % 13 === 0,
      risks: i % 89 === 0 ? ["R_PRIVACY"] : ["R_FALSE_INFO"],
    };
    return { seed, index: i };
  });
  const order = shuffled(seeds);
  const ids = await seedIncidents(
    app,
    order.map((s) => s.seed),
  );
  known = order.map((s, n) => ({ ...s.seed, id: ids[n] as string, index: s.index }));
}, 120_000);

type As = NonNullable<Parameters<TestApp["call"]>[2]>["as"];

/** Every id the API lists, following next_cursor; also checks each cursor resumes where it should. */
async function listAll(query: string, as: As = "regulator"): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await app.call(
      "GET",
      `/v1/incidents?${query}&limit=${LIMIT}${cursor ? `&cursor=${cursor}` : ""}`,
      {
        as,
      },
    );
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const page = res.json.data.map((d: { id: string }) => d.id);
    expect(page.length === LIMIT || res.json.next_cursor === null).toBe(true);
    seen.push(...page);
    cursor = res.json.next_cursor;
  } while (cursor);
  return seen;
}

function sorted(rows: Known[], sort: string): string[] {
  const key = sort.endsWith("occurred_at") ? "occurredAt" : "receivedAt";
  const sign = sort.startsWith("-") ? -1 : 1;
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [a[key] as string, b[key] as string];
      return sign * (x !== y ? (x < y ? -1 : 1) : a.id < b.id ? -1 : 1);
    })
    .map((r) => r.id);
}

const text = (word: string) => (r: Known) => r.description?.toLowerCase().includes(word) ?? false;
const visible = (r: Known) => !r.descriptionIdentifying;
const reachesF = (r: Known) => r.productId === w.A.id || (r.productId === w.B.id && !r.productVersionId);
const reachesG = (r: Known) => r.productId === w.B.id;

describe("text search pages inside FTS5: same rows, same order, every page", () => {
  it("the plan chosen: FTS5 pages for common and rare terms, falls back when other filters are selective", async () => {
    const all = { scope: { kind: "all" as const } };
    const first = (filters: IncidentFilters) =>
      ftsPageRows(app.db, filters, all, { sort: "-received_at", limit: LIMIT }, []);
    expect(await first({ q: "insulin" })).not.toBeNull();
    expect(await first({ q: "penicillin" })).not.toBeNull();
    // 1 in 89 of the matches passes: fewer than a page among the first FTS_WINDOW.
    expect(await first({ q: "insulin", risk_code: ["R_PRIVACY"] })).toBeNull();
  });

  it.each<[string, string, (r: Known) => boolean]>([
    ["one common term", "q=insulin", text("insulin")],
    ["two terms", "q=insulin%20dose", (r) => text("insulin")(r) && text("dose")(r)],
    ["a rare term (fewer matches than the window)", "q=penicillin", text("penicillin")],
    ["a term and a short term (LIKE)", "q=insulin%20um", (r) => text("insulin")(r) && text("um")(r)],
    [
      "common term + common foundation model + country",
      `q=insulin&foundation_model_id=${"F"}&country=FR`,
      (r) => text("insulin")(r) && reachesF(r) && r.country === "FR",
    ],
    [
      "common term + a reported range (FTS5 walks only its hours)",
      `q=insulin&reported_from=${encodeURIComponent(at(1_500))}&reported_to=${encodeURIComponent(at(4_000))}`,
      (r) =>
        text("insulin")(r) && (r.receivedAt as string) >= at(1_500) && (r.receivedAt as string) < at(4_000),
    ],
    [
      "common term + rare risk code (falls back to the sorted forms)",
      "q=insulin&risk_code=R_PRIVACY",
      (r) => text("insulin")(r) && (r.risks?.includes("R_PRIVACY") ?? false),
    ],
  ])(
    "%s",
    async (_name, query, matches) => {
      const q = query.replace("foundation_model_id=F", `foundation_model_id=${w.F.id}`);
      for (const sort of ["-received_at", "received_at", "-occurred_at"]) {
        const expected = sorted(known.filter(matches), sort);
        expect(expected.length).toBeGreaterThan(0);
        expect(await listAll(`${q}&sort=${sort}`), `${q} sort=${sort}`).toEqual(expected);
      }
    },
    120_000,
  );

  it("actors: their scope and visible text only, checked per match", async () => {
    const appCo = { role: "developer" as const, actorId: w.appCo.id };
    const lab2 = { role: "developer" as const, actorId: w.lab2.id };
    const mine = (r: Known) => r.productId === w.A.id || r.productId === w.B.id;
    expect(await listAll("q=insulin", appCo)).toEqual(
      sorted(
        known.filter((r) => text("insulin")(r) && visible(r) && mine(r)),
        "-received_at",
      ),
    );
    expect(await listAll("q=insulin&sort=received_at", lab2)).toEqual(
      sorted(
        known.filter((r) => text("insulin")(r) && visible(r) && reachesG(r)),
        "received_at",
      ),
    );
  }, 120_000);

  it("a search with no match at all is an empty page", async () => {
    expect(await listAll("q=quinine")).toEqual([]);
  });
});

describe("foundation_model_id: walk for a common model, drive for a niche one, same answers", () => {
  it("the plan chosen from the size of the model's reach", async () => {
    expect(await pageStrategy(app.db, { foundation_model_id: w.F.id })).toMatchObject({
      foundationModel: true,
    });
    expect(await pageStrategy(app.db, { foundation_model_id: w.G.id })).toMatchObject({
      foundationModel: false,
    });
  });

  it.each<[string, () => string, (r: Known) => boolean]>([
    ["common model (walk)", () => w.F.id, reachesF],
    ["niche model (drive)", () => w.G.id, reachesG],
  ])(
    "%s: every match exactly once, in order",
    async (_name, model, matches) => {
      for (const sort of ["-received_at", "received_at", "occurred_at"]) {
        const expected = sorted(known.filter(matches), sort);
        expect(expected.length).toBeGreaterThan(0);
        expect(await listAll(`foundation_model_id=${model()}&sort=${sort}`), sort).toEqual(expected);
      }
    },
    120_000,
  );
});
