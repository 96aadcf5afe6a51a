import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { base64url } from "jose";
import { describe, expect, it } from "vitest";
import { createActor, createProduct, fileIncident } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

/**
 * Issue 9 item 12: the registry stores `hmac:` + HMAC-SHA256 of a token's `sub`, never the claim.
 * The expected digests are recomputed here with node:crypto, independently of the app's Web Crypto
 * code, so the test checks the construction (key, HKDF label), not just "something changed".
 */
const REPORTER_SUB = "reporter-7f3a-alice@hospital.example";
const OTHER_REPORTER_SUB = "reporter-2b9e-carol@clinic.example";
const DEVELOPER_SUB = "dev-9c21-bob@vendor.example";
const REGULATOR_SUB = "reg-44d0-dana@authority.example";
const RAW_SUBS = [REPORTER_SUB, OTHER_REPORTER_SUB, DEVELOPER_SUB, REGULATOR_SUB];

const hmac = (key: Uint8Array, sub: string) =>
  `hmac:${createHmac("sha256", key).update(sub).digest("base64url")}`;
const derivedKey = (t: TestApp) =>
  new Uint8Array(
    hkdfSync(
      "sha256",
      base64url.decode(t.config.dataEncryptionKey),
      new Uint8Array(0),
      "lmm-registry/identity-hmac/v1",
      32,
    ),
  );

/** Every value of every column of every table (FTS shadow tables included), as text. */
async function allStoredText(t: TestApp): Promise<{ where: string; text: string }[]> {
  const tables = await t.db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table'`);
  const found: { where: string; text: string }[] = [];
  for (const { name } of tables) {
    const rows = await t.db.all<Record<string, unknown>>(
      sql.raw(`SELECT * FROM "${name.replaceAll('"', '""')}"`),
    );
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (value === null || value === undefined) continue;
        const text =
          value instanceof ArrayBuffer || ArrayBuffer.isView(value)
            ? Buffer.from(value as ArrayBuffer).toString("latin1")
            : String(value);
        found.push({ where: `${name}.${column}`, text });
      }
    }
  }
  return found;
}

/** A reporter files and follows up; a developer registers and responds; a regulator moves it on. */
async function exercise(t: TestApp) {
  const dev = await createActor(t, { roles: ["developer"] });
  const asDev = { ...dev.owner("developer"), sub: DEVELOPER_SUB };
  const product = await createProduct(t, asDev);
  const reporter = { role: "reporter" as const, sub: REPORTER_SUB };
  const filed = await fileIncident(t, { product_id: product.id }, { as: reporter });
  const followUp = await t.call("POST", `/v1/incidents/${filed.id}/reports`, {
    as: reporter,
    headers: { "x-receipt-token": filed.receipt_token },
    body: { text: "Still happening.", reporter: { role: "carer", anonymous: true } },
  });
  expect(followUp.status, followUp.text).toBe(201);
  const second = await fileIncident(t, { product_id: product.id }, { as: reporter });
  const other = await fileIncident(
    t,
    { product_name: "SymptomPal" },
    { as: { role: "reporter", sub: OTHER_REPORTER_SUB } },
  );
  const response = await t.call("POST", `/v1/incidents/${filed.id}/responses`, {
    as: asDev,
    body: { kind: "acknowledgement", text: "We are investigating." },
  });
  expect(response.status, response.text).toBe(201);
  const moved = await t.call("POST", `/v1/incidents/${filed.id}/transitions`, {
    as: { role: "regulator", sub: REGULATOR_SUB },
    body: { to: "triaged", reason: "complete report" },
  });
  expect(moved.status, moved.text).toBe(201);
  return { filed, second, other };
}

const column = async (t: TestApp, query: ReturnType<typeof sql>) =>
  (await t.db.all<{ v: string | null }>(query)).map((r) => r.v);

describe("token subjects are stored only as keyed digests", () => {
  it("leaves no raw sub in any column of any table, audit log included", async () => {
    const t = await createTestApp();
    await exercise(t);
    const stored = await allStoredText(t);
    expect(stored.length).toBeGreaterThan(100);
    // The scan itself can see what it looks for: the digests of the same subjects are in there.
    expect(stored.some((s) => s.text.includes(hmac(derivedKey(t), REPORTER_SUB)))).toBe(true);
    const leaks = stored.filter((s) => RAW_SUBS.some((sub) => s.text.includes(sub)));
    expect(leaks.map((l) => l.where)).toEqual([]);
  });

  it("writes the HMAC form in audit actor_sub and the submitted_by_sub columns; same caller, same digest", async () => {
    const t = await createTestApp();
    const { filed, second, other } = await exercise(t);
    const key = derivedKey(t);
    const audit = await t.db.all<{ sub: string; role: string; action: string }>(
      sql`SELECT actor_sub AS sub, actor_role AS role, action FROM audit_log ORDER BY seq`,
    );
    for (const row of audit.filter((r) => r.role !== "public")) {
      expect(row.sub, row.action).toMatch(/^hmac:[A-Za-z0-9_-]{43}$/);
    }
    const byRole = (role: string) => [...new Set(audit.filter((r) => r.role === role).map((r) => r.sub))];
    expect(byRole("reporter").sort()).toEqual(
      [hmac(key, REPORTER_SUB), hmac(key, OTHER_REPORTER_SUB)].sort(),
    );
    expect(byRole("developer")).toEqual([hmac(key, DEVELOPER_SUB)]);
    expect(byRole("regulator")).toEqual([hmac(key, REGULATOR_SUB)]);

    const reportsOf = (id: string) =>
      column(
        t,
        sql`SELECT submitted_by_sub AS v FROM incident_reports WHERE incident_id = ${id} ORDER BY submitted_at`,
      );
    // The original and the follow-up on the first incident, and the second incident: one caller, one digest.
    expect(await reportsOf(filed.id)).toEqual([hmac(key, REPORTER_SUB), hmac(key, REPORTER_SUB)]);
    expect(await reportsOf(second.id)).toEqual([hmac(key, REPORTER_SUB)]);
    expect(await reportsOf(other.id)).toEqual([hmac(key, OTHER_REPORTER_SUB)]);
    expect(await column(t, sql`SELECT submitted_by_sub AS v FROM incident_responses`)).toEqual([
      hmac(key, DEVELOPER_SUB),
    ]);
    // Anonymous filings record the same "anonymous" writer as the audit log, never a digest.
    const anonymous = await fileIncident(t, { product_name: "SymptomPal" });
    expect(await reportsOf(anonymous.id)).toEqual(["anonymous"]);
  });

  it("uses IDENTITY_HMAC_KEY when set, so pseudonyms survive a data-key rotation", async () => {
    const explicit = randomBytes(32);
    const env = { IDENTITY_HMAC_KEY: base64url.encode(explicit) };
    const a = await createTestApp({ env });
    const b = await createTestApp({
      env: { ...env, DATA_ENCRYPTION_KEY: base64url.encode(randomBytes(32)) },
    });
    for (const t of [a, b]) {
      const filed = await fileIncident(
        t,
        { product_name: "SymptomPal" },
        { as: { role: "reporter", sub: REPORTER_SUB } },
      );
      const subs = await column(
        t,
        sql`SELECT submitted_by_sub AS v FROM incident_reports WHERE incident_id = ${filed.id}`,
      );
      expect(subs).toEqual([hmac(explicit, REPORTER_SUB)]);
    }
    expect(hmac(explicit, REPORTER_SUB)).not.toBe(hmac(derivedKey(a), REPORTER_SUB));
    await expect(createTestApp({ env: { IDENTITY_HMAC_KEY: "too-short" } })).rejects.toThrow(
      /IDENTITY_HMAC_KEY/,
    );
  });
});
