import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_STATUSES, EVENT_TYPES, OUTCOMES, PATIENT_SEXES, SEVERITIES } from "../../src/modules/incidents";
import { exportRowBatches } from "../../src/modules/incidents/queries";
import { EXPORT_BATCH } from "../../src/modules/incidents/routes/export";
import { writerFor } from "../../src/modules/incidents/routes/export/formats";
import { riskNames, withFrozenAssessments } from "../../src/modules/incidents/services/export-enrich";
import { latestFrozenAssessments } from "../../src/modules/liability";
import * as s from "../../src/schema";
import { createVersion } from "../helpers/factories";
import { createTestApp, TEST_NOW, type TestApp } from "../helpers/harness";
import { type SeedIncident, seedIncidents } from "../helpers/query-seed";
import { buildWorld, type World } from "../helpers/query-world";
import { TEXTS } from "../helpers/tricky-texts";

/**
 * FHIR Bundle entries are built by the database (queries/fhir-entry-sql.ts), the frozen causality
 * spliced in by JS. The JS mapping (fhirEvent → toAdverseEvent → bundle entry) is the reference: the
 * export through the HTTP API must equal, byte for byte, the reference run over the same rows, on
 * hostile text in every value FHIR shows, every event type × severity × outcome, every kind of risk
 * list, values outside the vocabularies, odd ids, and every causality case, on both row readers.
 */
const dir = mkdtempSync(join(tmpdir(), "export-fhir-sql-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (n: number) => TEXTS[n % TEXTS.length] as string;
const orNull = (n: number) => (n % 3 === 0 ? null : text(n));
const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;

const COMBOS = EVENT_TYPES.flatMap((e) => SEVERITIES.flatMap((v) => OUTCOMES.map((o) => [e, v, o] as const)));
// Outside the vocabularies (the API never stores these): "\0…" reads as "", "near_miss\0x" as near_miss.
const BOGUS = ["", "bogus", "\u0000death", "Death", "near_miss\u0000x", "fatal\u0000"];
const RISK_LISTS = [
  [],
  ["R_AUTOMATION_BIAS"],
  ["R_FALSE_INFO"],
  ["R_AUTOMATION_BIAS", "R_PRIVACY", "R_BIAS"],
  ["R_SKILLS_DEGRADATION", "R_ANTHROPOMORPHISM"],
  ["R_NOT_IN_THE_CATALOG", "R_FALSE_INFO"],
];
// FHIR ids: a UUID gets a fullUrl (either case), another valid id only an id, an invalid one neither.
const ODD_IDS: Record<number, string> = {
  1: "inc.legacy-0001",
  2: "legacy id/2",
  3: "0190A3C2-7B1D-7E4F-9A2B-3C4D5E6F7A8B",
  4: "x".repeat(65),
  5: "y".repeat(64),
  6: "ünïcode-id",
  // Near misses of the UUID shape: dashes in digit places, a non-hex digit.
  7: "0000000--0000-0000-0000-000000000000",
  8: "000000---0000-0000-0000-000000000000",
  9: "00000000-0000-0000-0000-00000000000g",
  10: "00000000-0000-0000-0000-0000000000-0",
};
const N = Math.max(TEXTS.length, COMBOS.length + 40);

async function seedFhir(t: TestApp, w: World) {
  const odd = await createVersion(t, w.appCo.owner("developer"), w.A.id, { version: '-2.0 "rc", ü🩺' });
  const items: SeedIncident[] = Array.from({ length: N }, (_, n) => {
    const [eventType, severity, outcome] = pick(COMBOS, n);
    const anonymous = n % 10 === 0;
    return {
      ...(ODD_IDS[n] ? { id: ODD_IDS[n] } : {}),
      receivedAt: new Date(Date.UTC(2026, 4, 1) + Math.floor(n / 3) * 60_000).toISOString(),
      occurredAt: n % 11 === 0 ? text(n + 10) : "2026-04-30T08:00:00.000Z",
      productId: n % 4 === 0 ? null : n % 4 === 1 ? w.A.id : w.B.id,
      productVersionId: n % 4 === 1 ? (n % 8 === 1 ? w.A1.id : odd.id) : null,
      useArea: pick([null, "", text(n + 3), "U_PATIENT_GUIDED"], n),
      setting: n % 5 === 0 ? text(n + 8) : "telehealth",
      country: n % 9 === 0 ? text(n + 9) : "FR",
      eventType,
      severity,
      outcome,
      status: n % 13 === 0 ? text(n + 12) : pick(CASE_STATUSES, n),
      ageBand: anonymous ? pick([null, ""], n / 10) : orNull(n + 1),
      sex: anonymous ? null : pick([...PATIENT_SEXES, null, text(n + 4), ""], n),
      language: anonymous ? null : orNull(n + 2),
      risks: pick(RISK_LISTS, n),
    };
  });
  const ids = await seedIncidents(t, items);
  for (const [n, id] of ids.entries()) {
    const bogus = n >= COMBOS.length && n < COMBOS.length + 3 * BOGUS.length;
    await t.db
      .update(s.incidents)
      .set({
        reference: n % 7 === 0 ? `${text(n + 13)}#${n}` : `INC-F-${n}`,
        closure:
          n % 8 === 3 ? pick(["not_confirmed", "not_confirmed\u0000junk"], Math.floor(n / 8)) : orNull(n + 5),
        productNameText: orNull(n + 6),
        awareAt: n % 2 ? orNull(n + 11) : "2026-04-30T09:00:00.000Z",
        ...(bogus ? { [pick(["eventType", "severity", "outcome"], n)]: pick(BOGUS, Math.floor(n / 3)) } : {}),
      })
      .where(eq(s.incidents.id, id));
  }
  // Frozen assessments: applies (probable), none applies (unlikely), undecided (unassessable), and two
  // for one incident (the latest decides), with hostile ruleset names; and closures without one.
  const results = [
    [{ presumption: "applies", rebutted: false }],
    [
      { presumption: "does_not_apply", rebutted: false },
      { presumption: "applies", rebutted: true },
    ],
    [{ presumption: "insufficient_information", rebutted: false }],
  ];
  let k = 0;
  for (const [n, id] of ids.entries()) {
    if (n % 10 < 7) continue;
    const times = n % 20 === 7 ? ["2026-05-10T00:00:00.000Z", "2026-05-11T00:00:00.000Z"] : [TEST_NOW];
    for (const [j, recordedAt] of times.entries()) {
      k += 1;
      await t.db.insert(s.causalityAssessments).values({
        id: `ca-${k}`,
        incidentId: id,
        rulesetId: n % 3 === 0 ? text(n) : "who-2024",
        rulesetVersion: 1 + (n % 4),
        evaluatedAt: recordedAt,
        input: {},
        inputSha256: "0",
        inputHashes: {},
        result: pick(results, n + j),
        resultSha256: "0",
        recordedAt,
        recordedBySub: "regulator:test",
      });
    }
  }
  await t.db.update(s.products).set({ name: 'App "A", v2\n=cmd 🩺' }).where(eq(s.products.id, w.A.id));
  await t.db.update(s.actors).set({ name: 'AppCo, "Ltd"\t\u0001' }).where(eq(s.actors.id, w.appCo.id));
  return ids;
}

/** The JS reference over the same rows: decoded batches, frozen assessments, the JS FHIR writer. */
async function reference(t: TestApp): Promise<{ body: string; head: string; entries: string[] }> {
  const writer = writerFor("fhir", await riskNames(t.db), TEST_NOW);
  const entries: string[] = [];
  const scope = { scope: { kind: "all" as const } };
  for await (const batch of exportRowBatches(t.db, t.readRows, {}, scope, EXPORT_BATCH)) {
    for (const record of await withFrozenAssessments(t.db, batch, latestFrozenAssessments)) {
      entries.push(writer.record(record));
    }
  }
  return { body: writer.head + entries.join("") + writer.tail(), head: writer.head, entries };
}

async function exported(t: TestApp): Promise<string> {
  const res = await t.app.request("/v1/incidents/export?format=fhir", {
    headers: { authorization: `Bearer ${await t.token("regulator")}` },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer()).toString("utf8");
}

describe.each([
  ["drizzle values() reader (in-memory database)", undefined],
  ["native libSQL reader (database file)", `file:${join(dir, "fhir.db")}`],
])("SQL-built FHIR entries — %s", (_name, databaseUrl) => {
  let t: TestApp;
  let ids: string[];

  beforeAll(async () => {
    t = await createTestApp(databaseUrl ? { databaseUrl } : {});
    ids = await seedFhir(t, await buildWorld(t));
  });
  afterAll(() => t.close());

  it("is byte-identical to the JS reference, entry by entry and as a whole", async () => {
    const expected = await reference(t);
    const actual = await exported(t);
    // Entry by entry first, so a failure shows the first entry that differs rather than 1 MB of text.
    expect(actual.slice(0, expected.head.length)).toBe(expected.head);
    let offset = expected.head.length;
    for (const [n, entry] of expected.entries.entries()) {
      expect(actual.slice(offset, offset + entry.length), `entry ${n}`).toBe(entry);
      offset += entry.length;
    }
    expect(actual === expected.body).toBe(true);
    expect(Buffer.byteLength(actual)).toBe(Buffer.byteLength(expected.body));
  });

  it("is a collection Bundle with one AdverseEvent per incident and the causality of each", async () => {
    const bundle = JSON.parse(await exported(t));
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection", timestamp: TEST_NOW });
    expect(bundle.total).toBeUndefined();
    expect(bundle.entry).toHaveLength(ids.length);
    const events = bundle.entry.map((e: any) => e.resource);
    expect(events.every((r: any) => r.resourceType === "AdverseEvent")).toBe(true);
    // Only UUIDs get a fullUrl; an id that is not a FHIR id is left out.
    expect(bundle.entry.filter((e: any) => !e.fullUrl).map((e: any) => e.resource.id ?? null)).toEqual(
      expect.arrayContaining([
        "inc.legacy-0001",
        "y".repeat(64),
        null,
        ODD_IDS[7],
        ODD_IDS[8],
        ODD_IDS[9],
        ODD_IDS[10],
      ]),
    );
    expect(bundle.entry.some((e: any) => e.fullUrl === `urn:uuid:${ODD_IDS[3]}`)).toBe(true);
    const codes = events.map((r: any) => r.suspectEntity[0].causality?.[0].assessment.coding[0].code);
    for (const code of ["Probably-Likely", "Unlikely", "Unassessable-Unclassifiable", undefined]) {
      expect(codes).toContain(code);
    }
    const causality = (id: string) => events.find((r: any) => r.id === id)?.suspectEntity[0].causality?.[0];
    // A closure "not_confirmed" without a frozen assessment is unlikely; with one, the assessment decides.
    expect(causality(ids[3 + 8] as string)).toMatchObject({ productRelatedness: "Closed as not confirmed" });
    expect(causality(ids[27] as string)?.productRelatedness).toMatch(/^Presumption-of-causality/);
    // Of two frozen assessments, the latest.
    expect(causality(ids[7] as string)?.productRelatedness).toContain("2026-05-11");
    const groups = events.filter((r: any) => r.contained[0].resourceType === "Group");
    expect(groups.length).toBeGreaterThan(0);
    expect(events.some((r: any) => r.category.length === 2)).toBe(true);
    expect(events.some((r: any) => !r.contained[1].identifier)).toBe(true);
  });
});
