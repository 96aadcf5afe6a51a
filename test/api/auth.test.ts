import * as jose from "jose";
import { describe, expect, it } from "vitest";
import { createActor } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";

const secretOf = (t: Awaited<ReturnType<typeof createTestApp>>) =>
  new TextEncoder().encode(t.config.jwt.secret);

async function forge(
  t: Awaited<ReturnType<typeof createTestApp>>,
  claims: Record<string, unknown>,
  opts: { iss?: string; aud?: string; exp?: number; key?: Uint8Array } = {},
) {
  const now = Math.floor(t.clock.now().getTime() / 1000);
  return new jose.SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("someone")
    .setIssuer(opts.iss ?? t.config.jwt.issuer)
    .setAudience(opts.aud ?? t.config.jwt.audience)
    .setIssuedAt(now - 10)
    .setExpirationTime(opts.exp ?? now + 3600)
    .sign(opts.key ?? secretOf(t));
}

describe("bearer authentication", () => {
  it("accepts a valid token and rejects each kind of bad token with 401 + WWW-Authenticate", async () => {
    const t = await createTestApp();
    const ok = await t.call("GET", "/v1/audit/verify", { as: "regulator" });
    expect(ok.status).toBe(200);

    // The app judges token times by its (frozen) clock, not by the wall clock.
    const now = Math.floor(t.clock.now().getTime() / 1000);
    const bad: Record<string, string> = {
      missing: "",
      garbage: "not-a-jwt",
      expired: await forge(t, { role: "regulator" }, { exp: now - 3600 }),
      wrongSignature: await forge(
        t,
        { role: "regulator" },
        { key: new TextEncoder().encode("x".repeat(40)) },
      ),
      wrongAudience: await forge(t, { role: "regulator" }, { aud: "someone-else" }),
      wrongIssuer: await forge(t, { role: "regulator" }, { iss: "evil" }),
      unknownRole: await forge(t, { role: "superuser" }),
      developerWithoutActor: await forge(t, { role: "developer" }),
      algNone: `${jose.base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }))}.${jose.base64url.encode(
        JSON.stringify({
          sub: "x",
          role: "regulator",
          iss: t.config.jwt.issuer,
          aud: t.config.jwt.audience,
          exp: now + 999,
        }),
      )}.`,
    };
    for (const [name, token] of Object.entries(bad)) {
      const res = await t.call("GET", "/v1/audit/verify", token ? { as: { token } } : {});
      expect(res.status, name).toBe(401);
      expect(res.headers.get("www-authenticate"), name).toMatch(/^Bearer realm="lmm-registry"/);
      expect(res.headers.get("content-type"), name).toContain("application/problem+json");
    }
  });

  it("rejects a non-Bearer scheme", async () => {
    const t = await createTestApp();
    const res = await t.call("GET", "/v1/audit", { headers: { authorization: "Basic dXNlcjpwYXNz" } });
    expect(res.status).toBe(401);
  });

  it("tokens from the dev token signer are accepted (same issuer, audience, secret)", async () => {
    const t = await createTestApp();
    const token = await t.token("admin");
    const res = await t.call("GET", "/v1/audit", { as: { token } });
    expect(res.status).toBe(200);
  });
});

const ROLES = ["developer", "provider", "deployer", "reporter", "regulator", "fund_admin", "admin"] as const;
const DUMMY_ID = "00000000-0000-7000-8000-000000000000";

describe("auth matrix: every route × every role, plus no token", () => {
  it("denies by default exactly as each route's declared access says", async () => {
    const t = await createTestApp();
    // Value-chain tokens must name a registered actor holding the role: one that holds all three.
    const { id: actorId } = await createActor(t, { roles: ["developer", "provider", "deployer"] });
    const doc = (await t.call("GET", "/openapi.json")).json;
    let checked = 0;
    for (const [template, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      const path = template.replace(/\{[^}]+\}/g, DUMMY_ID);
      for (const [method, op] of Object.entries(ops)) {
        const access: string[] = op["x-access"];
        expect(access, `${method} ${template} declares access`).toBeDefined();
        const body = op.requestBody ? {} : undefined;
        const anonymous = await t.call(method.toUpperCase(), path, { body });
        if (access.includes("public"))
          expect(anonymous.status, `${method} ${template} anonymous`).not.toBe(401);
        else expect(anonymous.status, `${method} ${template} anonymous`).toBe(401);
        for (const role of ROLES) {
          const res = await t.call(method.toUpperCase(), path, { body, as: { role, actorId } });
          const allowed = access.includes("public") || access.includes(role);
          if (allowed) expect([401, 403], `${method} ${template} as ${role}`).not.toContain(res.status);
          else expect(res.status, `${method} ${template} as ${role}`).toBe(403);
          expect(res.status, `${method} ${template} as ${role} is never a 500`).toBeLessThan(500);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
