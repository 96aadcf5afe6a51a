import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FIELDS } from "../../src/modules/incidents/domain/export/fields";
import * as s from "../../src/schema";
import { lineReference } from "../helpers/export-reference";
import { createVersion } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import { type SeedIncident, seedIncidents } from "../helpers/query-seed";
import { buildWorld, type World } from "../helpers/query-world";
import { TEXTS, TRICKY } from "../helpers/tricky-texts";

/**
 * CSV and NDJSON lines are built by the database (queries/export-lines.ts). The JS serialisers
 * (exportView + csvRow / ndjsonLine) are the reference: the export through the HTTP API must equal,
 * byte for byte, the reference run over the same rows, on text chosen to hit every difference between
 * SQLite's and JavaScript's escaping and CSV's quoting rules, on both row readers.
 */
const dir = mkdtempSync(join(tmpdir(), "export-sql-lines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (n: number) => TEXTS[n % TEXTS.length] as string;
const orNull = (n: number) => (n % 3 === 0 ? null : text(n));

async function seedTricky(t: TestApp, w: World) {
  // Versions are append-only: a tricky one is made through the API.
  const odd = await createVersion(t, w.appCo.owner("developer"), w.A.id, { version: '-2.0 "rc", ü🩺' });
  const items: SeedIncident[] = TEXTS.map((_, n) => ({
    receivedAt: new Date(Date.UTC(2026, 4, 1) + Math.floor(n / 3) * 60_000).toISOString(),
    productId: n % 4 === 0 ? null : n % 4 === 1 ? w.A.id : w.B.id,
    productVersionId: n % 4 === 1 ? (n % 8 === 1 ? w.A1.id : odd.id) : null,
    deploymentId: n % 5 === 0 ? w.deployment.id : null,
    useArea: n % 6 === 0 ? null : "U_PATIENT_GUIDED",
    description: text(n),
    ageBand: orNull(n + 1),
    sex: n % 2 ? "female" : null,
    language: orNull(n + 2),
    disability: orNull(n + 3),
    patientKnewAiWasUsed: orNull(n + 4),
    descriptionIdentifying: n % 2 === 0,
    mergedIntoId: n % 7 === 0 ? "merged-into" : null,
    risks: n % 3 === 0 ? [] : n % 3 === 1 ? ["R_PRIVACY", "R_BIAS", "R_FALSE_INFO"] : ["R_FALSE_INFO"],
  }));
  const ids = await seedIncidents(t, items);
  // What the seeder does not set: closure, product text, ethnicity and the flags, all from the same texts.
  for (const [n, id] of ids.entries()) {
    await t.db
      .update(s.incidents)
      .set({
        closure: orNull(n + 5),
        productNameText: orNull(n + 6),
        ethnicity: orNull(n + 7),
        widespreadInfringement: n % 2 === 1,
        criticalInfrastructureDisruption: n % 3 === 1,
        fundamentalRightsInfringement: n % 5 === 1,
        propertyOrEnvironmentHarm: n % 7 === 1,
        seriousPublicHealthThreat: n % 11 === 1,
        unanticipatedDeterioration: n % 13 === 1,
        providerUnreachable: n % 17 === 1,
      })
      .where(eq(s.incidents.id, id));
  }
  // The joined registry values too: a product name and its manufacturer.
  await t.db.update(s.products).set({ name: 'App "A", v2\n=cmd 🩺' }).where(eq(s.products.id, w.A.id));
  await t.db.update(s.actors).set({ name: 'AppCo, "Ltd"\t\u0001' }).where(eq(s.actors.id, w.appCo.id));
}

async function exported(t: TestApp, format: string): Promise<Buffer> {
  const res = await t.app.request(`/v1/incidents/export?format=${format}`, {
    headers: { authorization: `Bearer ${await t.token("regulator")}` },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe.each([
  ["drizzle values() reader (in-memory database)", undefined],
  ["native libSQL reader (database file)", `file:${join(dir, "lines.db")}`],
])("SQL-built CSV and NDJSON lines — %s", (_name, databaseUrl) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(databaseUrl ? { databaseUrl } : {});
    await seedTricky(t, await buildWorld(t));
  });
  afterAll(() => t.close());

  it.each(["ndjson", "csv"] as const)(
    "%s: byte-identical to the JS reference on tricky text",
    async (format) => {
      const expected = Buffer.from((await lineReference(t, format)).text, "utf8");
      const actual = await exported(t, format);
      // Compared line by line first, so a failure names the first line that differs.
      const sep = format === "csv" ? "\r\n" : "\n";
      const actualLines = actual.toString("utf8").split(sep);
      const expectedLines = expected.toString("utf8").split(sep);
      for (const [n, line] of expectedLines.entries()) expect(actualLines[n], `line ${n}`).toBe(line);
      expect(actual.equals(expected)).toBe(true);
      if (format === "ndjson") expect(actualLines.length).toBe(TEXTS.length + 1);
    },
  );

  it("NDJSON: each line parses back to the stored values (not only equal to the reference)", async () => {
    const records = (await exported(t, "ndjson"))
      .toString("utf8")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(records[0] ?? {})).toEqual(EXPORT_FIELDS.map((f) => f.name));
    const descriptions = new Set(records.map((r) => r.description));
    // The drivers read text up to its first NUL (as every read of the app does, and the reference).
    for (const tricky of TRICKY) expect(descriptions.has(tricky.split("\u0000")[0])).toBe(true);
    expect(records.filter((r) => (r.risk_codes as string[]).length === 0)).not.toHaveLength(0);
    expect(records.find((r) => (r.risk_codes as string[]).length === 3)?.risk_codes).toEqual([
      "R_BIAS",
      "R_FALSE_INFO",
      "R_PRIVACY",
    ]);
    expect(records.some((r) => r.widespread_infringement === true)).toBe(true);
    expect(records.some((r) => r.widespread_infringement === false)).toBe(true);
  });
});
