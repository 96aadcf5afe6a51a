import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { compactVerify, importJWK, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import worker from "../../src/worker";

// Issue 9 item 5 on D1: the append-only triggers, row seals and Ed25519 checkpoints work in workerd.

async function call(path: string, role?: string) {
  const headers: Record<string, string> = {};
  if (role) {
    const token = await new SignJWT({ role })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(`${role}:tamper`)
      .setIssuer(env.JWT_ISSUER)
      .setAudience(env.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(new TextEncoder().encode(env.JWT_SECRET));
    headers.authorization = `Bearer ${token}`;
  }
  const ctx = createExecutionContext();
  const request = new Request(`https://registry.example${path}`, { headers });
  const res = await worker.fetch(request as Parameters<typeof worker.fetch>[0], env, ctx);
  await waitOnExecutionContext(ctx);
  return (await res.json()) as any;
}

async function post(path: string, body: unknown) {
  const ctx = createExecutionContext();
  const request = new Request(`https://registry.example${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.77" },
    body: JSON.stringify(body),
  });
  const res = await worker.fetch(request as Parameters<typeof worker.fetch>[0], env, ctx);
  await waitOnExecutionContext(ctx);
  return res.status;
}

describe("tamper evidence on D1", () => {
  it("seals, signs and refuses to rewrite history", async () => {
    const filed = await post("/v1/incidents", {
      product_name: "an edge chatbot",
      occurred_at: "2026-03-01T10:00:00Z",
      country: "DE",
      setting: "telehealth",
      description: "Missed a sepsis warning sign.",
      event_type: "injury",
      severity: "moderate",
      outcome: "recovering",
      risk_codes: ["R_FALSE_INFO"],
      reporter: { role: "patient", anonymous: true },
    });
    expect(filed).toBe(201);
    expect(await call("/v1/audit/verify", "regulator")).toMatchObject({ ok: true });
    const [checkpoint] = (await call("/v1/audit/checkpoints")).data;
    const key = await call("/v1/audit/checkpoints/key");
    const { payload } = await compactVerify(checkpoint.jws, await importJWK(key, "EdDSA"));
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({
      seq: checkpoint.seq,
      hash: checkpoint.hash,
    });
    await expect(env.DB.prepare("delete from audit_log").run()).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare("update incident_reports set kind = 'x'").run()).rejects.toThrow(
      /append-only/,
    );
    await env.DB.prepare("update incidents set severity = 'none'").run();
    expect(await call("/v1/audit/verify", "regulator")).toMatchObject({
      ok: false,
      reason: "row_hash_mismatch",
    });
  });
});
