import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config";
import { exportRowBatches } from "../../src/modules/incidents/queries";
import { EXPORT_BATCH } from "../../src/modules/incidents/routes/export";
import { writerFor } from "../../src/modules/incidents/routes/export/formats";
import { riskNames, withFrozenAssessments } from "../../src/modules/incidents/services/export-enrich";
import { frozenAssessments } from "../../src/modules/liability";
import { valuesRowReader } from "../../src/platform/db/row-reader";
import { drizzleD1Db } from "../../src/platform/db/worker-client";
import worker, { workerConfig } from "../../src/worker";
import { workerFetch, workerToken } from "./fetch-worker";

// Runs inside real workerd with a local D1 database (migrations applied by apply-migrations.ts),
// through the same default export Cloudflare invokes in production.

const token = (role: string, actorId?: string, secret?: string) =>
  workerToken({ role, ...(actorId ? { actor_id: actorId } : {}) }, `${role}:${actorId ?? "smoke"}`, secret);
const call = (method: string, path: string, options: { token?: string; body?: unknown } = {}) =>
  workerFetch(method, path, options);

describe("Workers entry on D1", () => {
  it("answers /health after checking the database", async () => {
    const res = await call("GET", "/health");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: "ok" });
  });

  it("seeds the WHO catalog into D1 on first use", async () => {
    const res = await call("GET", "/v1/catalog/lifecycle-stages");
    expect(res.status).toBe(200);
    expect(res.json.data[0].code).toBe("LC_EARLY_REGISTRATION");
  });

  it("creates an actor and a product, reads both back, and the audit chain verifies", async () => {
    const actor = await call("POST", "/v1/actors", {
      token: await token("admin"),
      body: {
        name: "Edge Health Models GmbH",
        roles: ["developer"],
        country: "DE",
        contact_email: "registry@edge-health.example",
      },
    });
    expect(actor.status).toBe(201);
    const actorId: string = actor.json.id;

    const developer = await token("developer", actorId);
    const product = await call("POST", "/v1/products", {
      token: developer,
      body: {
        name: "EdgeTriage",
        kind: "application",
        intended_purpose: "Suggests triage categories for emergency department intake notes.",
        use_areas: ["U_DIAGNOSIS_CLINICAL_CARE"],
        modalities: ["text"],
        languages: ["de", "en"],
      },
    });
    expect(product.status).toBe(201);
    expect(product.json).toMatchObject({ stage: "LC_EARLY_REGISTRATION", developer_actor_id: actorId });
    expect(product.json.registration_number).toMatch(/^LMMR-\d{4}-\d{6}$/);

    const actorBack = await call("GET", `/v1/actors/${actorId}`);
    expect(actorBack.status).toBe(200);
    expect(actorBack.json).toMatchObject({ id: actorId, name: "Edge Health Models GmbH", country: "DE" });

    const byId = await call("GET", `/v1/products/${product.json.id}`);
    expect(byId.status).toBe(200);
    expect(byId.json).toMatchObject({ id: product.json.id, name: "EdgeTriage", developer_actor_id: actorId });
    const byNumber = await call("GET", `/v1/products/${product.json.registration_number}`);
    expect(byNumber.status).toBe(200);
    expect(byNumber.json.id).toBe(product.json.id);

    const verify = await call("GET", "/v1/audit/verify", { token: await token("regulator") });
    expect(verify.status).toBe(200);
    expect(verify.json.ok).toBe(true);
    expect(verify.json.entries).toBeGreaterThanOrEqual(2);
  });

  it("files incidents and serves pages, FTS search, stats and exports larger than D1's 100-parameter limit", async () => {
    const regulator = await token("regulator");
    const body = (i: number) => ({
      product_name: "an edge triage chatbot",
      occurred_at: "2026-03-01T10:00:00Z",
      country: i % 2 ? "DE" : "AT",
      setting: "telehealth",
      description: `Report ${i}: the chatbot missed a sepsis warning sign (Fieber, Verwirrtheit).`,
      event_type: "injury",
      severity: "moderate",
      outcome: "recovering",
      risk_codes: ["R_FALSE_INFO"],
      reporter: { role: "patient", anonymous: true },
    });
    for (let i = 0; i < 120; i++)
      expect((await call("POST", "/v1/incidents", { body: body(i) })).status).toBe(201);
    const page = await call("GET", "/v1/incidents?limit=500", { token: regulator });
    expect(page.status).toBe(200);
    expect(page.json.data).toHaveLength(120);
    expect(page.json.data.every((r: { risk_codes: string[] }) => r.risk_codes[0] === "R_FALSE_INFO")).toBe(
      true,
    );
    const search = await call("GET", "/v1/incidents?q=verwirrtheit&limit=500", { token: regulator });
    expect(search.json.data).toHaveLength(120);
    const stats = await call("GET", "/v1/incidents/stats?group_by=country", { token: regulator });
    expect(stats.status).toBe(200);
    expect(stats.json.cells.find((c: { by: { country: string } }) => c.by.country === "DE")?.count).toBe(60);
    // The rollups (drizzle/0017: tables kept by triggers) answer on D1 too, and agree with the filings.
    const byRisk = await call("GET", "/v1/incidents/stats?group_by=risk_code,severity", { token: regulator });
    expect(byRisk.status).toBe(200);
    expect(
      byRisk.json.cells.find(
        (c: { by: Record<string, string | null> }) =>
          c.by.risk_code === "R_FALSE_INFO" && c.by.severity === "moderate",
      )?.count,
    ).toBe(120);
    const byProduct = await call("GET", "/v1/incidents/stats?group_by=product", { token: regulator });
    expect(
      byProduct.json.cells.find((c: { by: { product: string } }) => c.by.product === "(none)")?.count,
    ).toBe(120);
    const request = new Request("https://registry.example/v1/incidents/export?format=ndjson", {
      headers: { authorization: `Bearer ${regulator}` },
    });
    const ctx = createExecutionContext();
    const exported = await worker.fetch(request as Parameters<typeof worker.fetch>[0], env, ctx);
    const lines = (await exported.text()).trim().split("\n");
    await waitOnExecutionContext(ctx);
    expect(exported.status).toBe(200);
    expect(lines).toHaveLength(120);
    // D1 builds the lines with its own SQLite (queries/export-lines.ts): each must be exactly what
    // JSON.stringify writes for its own content (escaping, key order, booleans, arrays).
    for (const line of lines) expect(JSON.stringify(JSON.parse(line))).toBe(line);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      risk_codes: ["R_FALSE_INFO"],
      widespread_infringement: false,
    });
    const csvRequest = new Request("https://registry.example/v1/incidents/export?format=csv", {
      headers: { authorization: `Bearer ${regulator}` },
    });
    const csvCtx = createExecutionContext();
    const csv = await (
      await worker.fetch(csvRequest as Parameters<typeof worker.fetch>[0], env, csvCtx)
    ).text();
    await waitOnExecutionContext(csvCtx);
    const records = csv.split("\r\n");
    expect(records).toHaveLength(122);
    expect(records[1]).toContain(
      ',"Report 0: the chatbot missed a sepsis warning sign (Fieber, Verwirrtheit)."',
    );
    expect(records[1]).toContain(",R_FALSE_INFO,");
  });

  it("runs the liability analysis on D1: value chain, obligations, causality and a frozen assessment", async () => {
    const admin = await token("admin");
    const mk = async (name: string, roles: string[]) =>
      (
        await call("POST", "/v1/actors", {
          token: admin,
          body: { name, roles, country: "FR", contact_email: "x@y.example" },
        })
      ).json.id as string;
    const lab = await mk("Edge Lab", ["developer"]);
    const clinic = await mk("Edge Clinic", ["deployer"]);
    const dev = await token("developer", lab);
    const product = (
      await call("POST", "/v1/products", {
        token: dev,
        body: {
          name: "Edge FM",
          kind: "foundation_model",
          intended_purpose: "General health answers",
          use_areas: ["U_PATIENT_GUIDED"],
          modalities: ["text"],
          languages: ["fr"],
        },
      })
    ).json;
    const version = await call("POST", `/v1/products/${product.id}/versions`, {
      token: dev,
      body: { version: "1.0", changelog: "first", substantial_modification: false },
    });
    // An MDR device placed in France: MDR Art. 87 deadlines, whose day ends in Europe/Paris (Intl in workerd).
    for (const fact of [
      { fact: "medical_device", value: "mdr", device_class: "IIa", effective_from: "2026-01-01T00:00:00Z" },
      { fact: "market", territory: "FR", placed_at: "2026-01-01T00:00:00Z" },
    ]) {
      const recorded = await call("POST", `/v1/products/${product.id}/regulatory-facts`, {
        token: dev,
        body: { ...fact, source: "DoC" },
      });
      expect(recorded.status).toBe(201);
    }
    const deployment = await call("POST", "/v1/deployments", {
      token: await token("deployer", clinic),
      body: {
        product_version_id: version.json.id,
        setting: "telehealth",
        country: "FR",
        languages: ["fr"],
        population: "adults",
        human_oversight: "nurse reviews",
        started_at: "2026-01-01T00:00:00Z",
      },
    });
    expect(deployment.status).toBe(201);
    const incident = await call("POST", "/v1/incidents", {
      body: {
        deployment_id: deployment.json.id,
        occurred_at: "2026-03-01T10:00:00Z",
        country: "FR",
        setting: "telehealth",
        description: "Wrong dosing advice",
        event_type: "serious_injury",
        severity: "severe",
        outcome: "recovering",
        risk_codes: ["R_FALSE_INFO"],
        reporter: { role: "patient", anonymous: true },
      },
    });
    expect(incident.status).toBe(201);
    const regulator = await token("regulator");
    const obligations = await call("GET", `/v1/incidents/${incident.json.id}/obligations`, {
      token: regulator,
    });
    expect(obligations.status).toBe(200);
    const causality = await call("GET", `/v1/incidents/${incident.json.id}/causality?ruleset=who-2024`, {
      token: regulator,
    });
    expect(causality.status).toBe(200);
    const roles = causality.json.assessments.map((a: { role_in_chain: string }) => a.role_in_chain);
    expect(roles).toEqual(expect.arrayContaining(["developer", "deployer"]));
    // Placed before 9 December 2026: the revised PLD does not apply, Directive 85/374/EEC does.
    const pld = await call("GET", `/v1/incidents/${incident.json.id}/causality?ruleset=eu-pld-2024`, {
      token: regulator,
    });
    expect(pld.json.applicability).toMatchObject({
      applies: false,
      governed_instead_by: { instrument: "Council Directive 85/374/EEC" },
    });
    const frozen = await call("POST", `/v1/incidents/${incident.json.id}/causality-assessments`, {
      token: regulator,
      body: { ruleset: "who-2024" },
    });
    expect(frozen.status).toBe(201);
    const deadlines = await call("GET", `/v1/incidents/${incident.json.id}/deadlines`, { token: regulator });
    expect(deadlines.json.data[0]).toMatchObject({
      actor_id: lab,
      ruleset: "eu-mdr-art87",
      status: "pending",
      time_zone: "Europe/Paris",
    });
    expect(deadlines.json.data[0].due_at).toMatch(/T2[23]:59:59\.999Z$/);

    // The FHIR export on D1: entries built by D1's SQLite (queries/fhir-entry-sql.ts), the frozen
    // causality spliced in, byte-identical to the JS reference over the same rows.
    const request = new Request("https://registry.example/v1/incidents/export?format=fhir", {
      headers: { authorization: `Bearer ${regulator}` },
    });
    const ctx = createExecutionContext();
    const exported = await worker.fetch(request as Parameters<typeof worker.fetch>[0], env, ctx);
    const body = await exported.text();
    await waitOnExecutionContext(ctx);
    expect(exported.status).toBe(200);
    const bundle = JSON.parse(body);
    expect(bundle.entry.length).toBeGreaterThan(120);
    const harmed = bundle.entry.find((e: { resource: { id: string } }) => e.resource.id === incident.json.id);
    expect(harmed.resource.suspectEntity[0].causality[0].method.text).toMatch(/^who-2024 v\d+$/);
    const timestamp: string = bundle.timestamp;
    expect(body).toBe(await fhirReference(timestamp));
  });

  it("rejects a token signed with another secret", async () => {
    const forged = await token("admin", undefined, "not-the-worker-secret-0123456789abcdef");
    const res = await call("GET", "/v1/audit/verify", { token: forged });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });
});

/** The JS FHIR writer over D1's decoded rows (routes/export/formats.ts), the reference for the export. */
async function fhirReference(timestamp: string): Promise<string> {
  const db = drizzleD1Db(env.DB);
  const writer = writerFor("fhir", await riskNames(db), timestamp);
  let out = writer.head;
  const scope = { scope: { kind: "all" as const } };
  for await (const batch of exportRowBatches(db, valuesRowReader(db), {}, scope, EXPORT_BATCH)) {
    for (const record of await withFrozenAssessments(db, batch, frozenAssessments.latest))
      out += writer.record(record);
  }
  return out + writer.tail();
}

describe("Workers configuration", () => {
  const secrets = {
    JWT_SECRET: env.JWT_SECRET,
    DATA_ENCRYPTION_KEY: env.DATA_ENCRYPTION_KEY,
    AUDIT_SIGNING_KEY: env.AUDIT_SIGNING_KEY,
  };
  const variables = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof ConfigError) return error.problems.map((p) => p.variable);
      throw error;
    }
    return [];
  };

  it("defaults to production, so the development secret and data key are never used", () => {
    expect(variables(() => workerConfig({ DB: env.DB }))).toEqual([
      "JWT_SECRET",
      "DATA_ENCRYPTION_KEY",
      "AUDIT_SIGNING_KEY",
    ]);
  });

  it("needs a D1 binding or a remote libSQL URL", () => {
    expect(variables(() => workerConfig(secrets))).toEqual(["DATABASE_URL"]);
    expect(variables(() => workerConfig({ ...secrets, DATABASE_URL: "file:./data/registry.db" }))).toEqual([
      "DATABASE_URL",
    ]);
    const turso = workerConfig({
      ...secrets,
      DATABASE_URL: "libsql://registry.turso.io",
      DATABASE_AUTH_TOKEN: "t",
    });
    expect(turso).toMatchObject({ env: "production", databaseUrl: "libsql://registry.turso.io" });
  });
});
