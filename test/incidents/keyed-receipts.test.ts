import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dataKey, deriveKey, sealJson } from "../../src/platform/crypto/jwe";
import * as s from "../../src/schema";
import { incidentBody } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

/**
 * A filing sent with an Idempotency-Key derives its receipt token from the key (services/filing.ts,
 * platform/idempotency KeySecret), so its idempotency record stores no secret and needs no seal. The
 * token must still be unguessable without the key, the same on every replay, distinct per key and per
 * caller, open the receipt, and appear nowhere in the database; records sealed with a random token
 * (before tokens were derived) still replay theirs.
 */
const KEY = "7c1d5e8a-3b2f-4a9c-8e6d-0f1a2b3c4d5e";
const body = incidentBody({ product_name: "MedChat" });
const file = (t: TestApp, key: string, as?: "regulator") =>
  t.call("POST", "/v1/incidents", { body, headers: { "idempotency-key": key }, ...(as ? { as } : {}) });
const receipt = (t: TestApp, id: string, token: string) =>
  t.call("GET", `/v1/incidents/${id}/receipt`, { headers: { "x-receipt-token": token } });

describe("receipt tokens of keyed filings", () => {
  it("are the same on a replay, open the receipt, differ per key and per caller, and are stored nowhere", async () => {
    const t = await createTestApp();
    const first = await file(t, KEY);
    expect(first.status).toBe(201);
    expect(first.json.receipt_token).toMatch(/^rcpt_[\w-]{43}$/);
    const replay = await file(t, KEY);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json).toEqual(first.json);
    expect((await receipt(t, first.json.id, first.json.receipt_token)).status).toBe(200);

    const other = await file(t, `${KEY}-other`);
    expect(other.status).toBe(201);
    expect(other.json.receipt_token).not.toBe(first.json.receipt_token);
    // The same key from another caller is another scope: another filing, another token.
    const regulators = await file(t, KEY, "regulator");
    expect(regulators.status).toBe(201);
    expect(regulators.json.id).not.toBe(first.json.id);
    expect(regulators.json.receipt_token).not.toBe(first.json.receipt_token);
    // Neither the key's record nor any report holds a token; the record is the filing's id alone.
    const records = await t.db.select().from(s.idempotencyKeys);
    expect(records.map((r) => JSON.parse(r.body))).toContainEqual({ id: first.json.id });
    const stored = JSON.stringify([records, await t.db.select().from(s.reports)]);
    for (const filed of [first, other, regulators]) expect(stored).not.toContain(filed.json.receipt_token);
  });

  it("are random without a key, and a record sealed with its token replays that token", async () => {
    const t = await createTestApp();
    const unkeyed = await t.call("POST", "/v1/incidents", { body });
    const again = await t.call("POST", "/v1/incidents", { body });
    expect(unkeyed.json.receipt_token).not.toBe(again.json.receipt_token);

    const first = await file(t, KEY);
    // As the registry stored keyed filings before their tokens were derived: a JWE holding the token.
    const scope = "POST /v1/incidents|anonymous";
    const sealKey = await deriveKey(dataKey(t.config.dataEncryptionKey), "idempotency", scope, KEY);
    const sealed = await sealJson(sealKey, { id: first.json.id, receipt_token: "rcpt_stored-before" });
    await t.db.update(s.idempotencyKeys).set({ body: sealed }).where(eq(s.idempotencyKeys.scope, scope));
    const replay = await file(t, KEY);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json).toEqual({ ...first.json, receipt_token: "rcpt_stored-before" });
  });
});
