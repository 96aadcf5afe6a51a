import { count } from "drizzle-orm";
import * as jose from "jose";
import { describe, expect, it } from "vitest";
import { products } from "../../src/schema";
import { createActor } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

/**
 * Issue 9 item 6: token claims. Each case signs with the real secret (so only the claim under test is
 * wrong) and is judged by the app's frozen clock. Every refusal is problem+json; every 401 carries
 * `WWW-Authenticate`.
 */
type Claims = { sub?: string; role?: string; actor_id?: string; iat?: number; exp?: number; nbf?: number };

async function sign(t: TestApp, claims: Claims, alg = "HS256", key?: jose.CryptoKey | Uint8Array) {
  const payload = { iss: t.config.jwt.issuer, aud: t.config.jwt.audience, ...claims };
  return new jose.SignJWT(payload)
    .setProtectedHeader({ alg, typ: "JWT" })
    .sign(key ?? new TextEncoder().encode(t.config.jwt.secret));
}

const nowOf = (t: TestApp) => Math.floor(t.clock.now().getTime() / 1000);

/** A regulator token valid at the app's clock; override any claim (undefined removes it). */
const regulator = (t: TestApp, overrides: Partial<Record<keyof Claims, number | string | undefined>>) => {
  const now = nowOf(t);
  const claims: Record<string, unknown> = {
    sub: "alice",
    role: "regulator",
    iat: now,
    exp: now + 3600,
    ...overrides,
  };
  for (const k of Object.keys(claims)) if (claims[k] === undefined) delete claims[k];
  return sign(t, claims as Claims);
};

async function expect401(t: TestApp, token: string, name: string, path = "/v1/audit/verify") {
  const res = await t.call("GET", path, { as: { token } });
  expect(res.status, `${name}: ${res.text}`).toBe(401);
  expect(res.headers.get("content-type"), name).toContain("application/problem+json");
  expect(res.headers.get("www-authenticate"), name).toMatch(
    /^Bearer realm="lmm-registry", error="invalid_token"/,
  );
  expect(res.json, name).toMatchObject({ status: 401, type: "urn:lmm-registry:problem:unauthorized" });
  return res;
}

const accepted = async (t: TestApp, token: string) =>
  (await t.call("GET", "/v1/audit/verify", { as: { token } })).status;

describe("token lifetime claims", () => {
  it("requires exp and iat, and names the missing claim", async () => {
    const t = await createTestApp();
    expect(await accepted(t, await regulator(t, {}))).toBe(200);
    const noExp = await expect401(t, await regulator(t, { exp: undefined }), "no exp");
    expect(noExp.json.detail).toBe("The token's exp claim is missing");
    const noIat = await expect401(t, await regulator(t, { iat: undefined }), "no iat");
    expect(noIat.json.detail).toBe("The token's iat claim is missing");
    await expect401(t, await regulator(t, { sub: undefined }), "no sub");
  });

  it("refuses a lifetime (exp − iat) above JWT_MAX_TTL_SECONDS, at the boundary exactly", async () => {
    const t = await createTestApp({ env: { JWT_MAX_TTL_SECONDS: "600" } });
    const now = nowOf(t);
    expect(await accepted(t, await regulator(t, { exp: now + 600 }))).toBe(200);
    const long = await expect401(t, await regulator(t, { exp: now + 601 }), "601 s");
    expect(long.json.detail).toContain("600 s maximum");
    // Issued long ago with a far expiry: still alive, but it was never a legal token.
    await expect401(t, await regulator(t, { iat: now - 3000, exp: now + 60 }), "old iat, short remaining");
    // The default maximum is a day.
    const d = await createTestApp();
    expect(await accepted(d, await regulator(d, { exp: nowOf(d) + 86_400 }))).toBe(200);
    await expect401(d, await regulator(d, { exp: nowOf(d) + 86_401 }), "over a day");
    await expect401(d, await regulator(d, { exp: nowOf(d) + 365 * 86_400 }), "a year");
  });

  it("refuses iat or nbf in the future beyond JWT_CLOCK_SKEW_SECONDS, accepts them within it", async () => {
    const t = await createTestApp();
    const now = nowOf(t);
    expect(t.config.jwt.clockSkewSeconds).toBe(60);
    expect(await accepted(t, await regulator(t, { iat: now + 30, exp: now + 3600 }))).toBe(200);
    expect(await accepted(t, await regulator(t, { nbf: now + 30 }))).toBe(200);
    const iat = await expect401(t, await regulator(t, { iat: now + 120, exp: now + 3600 }), "iat +120 s");
    expect(iat.json.detail).toBe("The token's iat claim failed its check");
    await expect401(
      t,
      await regulator(t, { iat: now + 365 * 86_400, exp: now + 365 * 86_400 + 60 }),
      "iat +1 y",
    );
    await expect401(t, await regulator(t, { nbf: now + 120 }), "nbf +120 s");
    await expect401(t, await regulator(t, { exp: now - 61 }), "expired beyond skew");

    const strict = await createTestApp({ env: { JWT_CLOCK_SKEW_SECONDS: "0" } });
    const s = nowOf(strict);
    await expect401(strict, await regulator(strict, { iat: s + 30, exp: s + 3600 }), "no skew allowed");
  });

  it("still refuses alg none and algorithms other than the pinned one", async () => {
    const t = await createTestApp();
    const now = nowOf(t);
    const claims = { sub: "x", role: "regulator", iat: now, exp: now + 600 };
    const header = jose.base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }));
    const body = jose.base64url.encode(
      JSON.stringify({ ...claims, iss: t.config.jwt.issuer, aud: t.config.jwt.audience }),
    );
    await expect401(t, `${header}.${body}.`, "alg none");
    await expect401(t, await sign(t, claims, "HS512"), "HS512 with the right secret");
    const { privateKey } = await jose.generateKeyPair("ES256");
    await expect401(t, await sign(t, claims, "ES256", privateKey), "ES256");
  });

  it("rejects bad values for the new settings at start-up, naming the variable", async () => {
    await expect(createTestApp({ env: { JWT_MAX_TTL_SECONDS: "forever" } })).rejects.toThrow(
      /JWT_MAX_TTL_SECONDS/,
    );
    await expect(createTestApp({ env: { JWT_CLOCK_SKEW_SECONDS: "-1" } })).rejects.toThrow(
      /JWT_CLOCK_SKEW_SECONDS/,
    );
  });
});

describe("token actor and role against the register", () => {
  const productBody = {
    name: "Sneaky model",
    kind: "foundation_model",
    intended_purpose: "General health question answering",
    use_areas: ["U_PATIENT_GUIDED"],
    modalities: ["text"],
    languages: ["en"],
  };
  const productCount = async (t: TestApp) => (await t.db.select({ n: count() }).from(products))[0]?.n;

  it("answers 403 insufficient_scope when the actor does not hold the claimed role, storing nothing", async () => {
    const t = await createTestApp();
    const deployerOnly = await createActor(t, { roles: ["deployer"] });
    const res = await t.call("POST", "/v1/products", {
      as: { role: "developer", actorId: deployerOnly.id },
      body: productBody,
    });
    expect(res.status, res.text).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.headers.get("www-authenticate")).toMatch(/error="insufficient_scope"/);
    expect(res.json.detail).toBe("The actor is not registered in the developer role the token claims");
    expect(await productCount(t)).toBe(0);
    // The same organisation in its registered role is fine (reads and its own writes).
    const asDeployer = await t.call("GET", "/v1/products", {
      as: { role: "deployer", actorId: deployerOnly.id },
    });
    expect(asDeployer.status).toBe(200);
    const real = await createActor(t, { roles: ["developer"] });
    const ok = await t.call("POST", "/v1/products", {
      as: { role: "developer", actorId: real.id },
      body: productBody,
    });
    expect(ok.status, ok.text).toBe(201);
    expect(await productCount(t)).toBe(1);
  });

  it("answers 401 for a value-chain token naming no registered actor, even on public routes", async () => {
    const t = await createTestApp();
    const ghost = await t.token("developer", "00000000-0000-7000-8000-00000000dead");
    const write = await t.call("POST", "/v1/products", { as: { token: ghost }, body: productBody });
    expect(write.status).toBe(401);
    expect(write.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);
    expect(write.json.detail).toBe("The token's actor_id names no registered actor");
    await expect401(t, ghost, "ghost on a public list", "/v1/products");
    expect(await productCount(t)).toBe(0);
  });

  it("ignores actor_id on non-value-chain tokens, so a reporter cannot read an actor's contact", async () => {
    const t = await createTestApp();
    const org = await createActor(t, { roles: ["developer"] });
    const asOrg = await t.call("GET", `/v1/actors/${org.id}`, { as: { role: "developer", actorId: org.id } });
    expect(asOrg.json.contact_email).toMatch(/@org\.example$/);
    const now = nowOf(t);
    const reporter = await sign(t, {
      sub: "r",
      role: "reporter",
      actor_id: org.id,
      iat: now,
      exp: now + 600,
    });
    const res = await t.call("GET", `/v1/actors/${org.id}`, { as: { token: reporter } });
    expect(res.status).toBe(200);
    expect(res.json).not.toHaveProperty("contact_email");
  });
});
