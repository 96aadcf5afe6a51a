import { describe, expect, it } from "vitest";
import { createRegistryClient } from "../../clients/ts";
import type { Role } from "../../src/platform/auth/principal";
import { createTestApp, type TestApp } from "../helpers/harness";

/**
 * The committed client (clients/ts, generated from /openapi.json) against the app in-process: if the
 * document and the API disagree on a path, a parameter or a shape, this fails at type-check or at run.
 */
function clientsFor(t: TestApp) {
  const options = {
    baseUrl: "http://registry.test",
    fetch: async (request: Request) => t.app.fetch(request),
  };
  return {
    anonymous: createRegistryClient(options),
    as: async (role: Role, actorId?: string) =>
      createRegistryClient({
        ...options,
        headers: { authorization: `Bearer ${await t.token(role, actorId)}` },
      }),
  };
}

describe("typed client generated from /openapi.json", () => {
  it("registers an actor and a product, files an incident and reads its causality", async () => {
    const t = await createTestApp();
    const clients = clientsFor(t);

    const admin = await clients.as("admin");
    const actor = await admin.POST("/v1/actors", {
      body: {
        name: "Typed Labs",
        roles: ["developer"],
        country: "FR",
        contact_email: "safety@typed.example",
      },
    });
    expect(actor.response.status).toBe(201);
    if (!actor.data) throw new Error(`actor: ${JSON.stringify(actor.error)}`);

    const developer = await clients.as("developer", actor.data.id);
    const product = await developer.POST("/v1/products", {
      body: {
        name: "Typed triage model",
        kind: "foundation_model",
        intended_purpose: "Answers general health questions",
        use_areas: ["U_PATIENT_GUIDED"],
        modalities: ["text"],
        languages: ["en"],
      },
    });
    expect(product.response.status).toBe(201);
    if (!product.data) throw new Error(`product: ${JSON.stringify(product.error)}`);
    expect(product.data.registration_number).toMatch(/^LMMR-\d{4}-\d{6}$/);

    // Anonymous filing; fields with defaults (risk_codes, evidence, patient…) may be left out, and the
    // registration number is accepted in lower case (normalised before the documented pattern).
    const filed = await clients.anonymous.POST("/v1/incidents", {
      body: {
        registration_number: product.data.registration_number.toLowerCase(),
        occurred_at: "2026-05-20T10:00:00Z",
        country: "FR",
        setting: "consumer_app",
        description: "The chatbot advised doubling an insulin dose; the patient was hospitalised.",
        event_type: "serious_injury",
        severity: "severe",
        outcome: "recovering",
        reporter: { role: "carer", anonymous: true },
      },
    });
    expect(filed.response.status).toBe(201);
    if (!filed.data) throw new Error(`incident: ${JSON.stringify(filed.error)}`);
    expect(filed.data.receipt_token).toMatch(/^rcpt_/);

    const receipt = await clients.anonymous.GET("/v1/incidents/{id}/receipt", {
      params: { path: { id: filed.data.id }, header: { "x-receipt-token": filed.data.receipt_token } },
    });
    expect(receipt.response.status).toBe(200);

    const regulator = await clients.as("regulator");
    const causality = await regulator.GET("/v1/incidents/{id}/causality", {
      params: { path: { id: filed.data.id }, query: { ruleset: "who-2024" } },
    });
    if (!causality.data) throw new Error(`causality: ${JSON.stringify(causality.error)}`);
    expect(causality.data.incident_id).toBe(filed.data.id);
    expect(causality.data.ruleset).toBe("who-2024");
    // The registering organisation is the product's developer and, with no other provider, its provider.
    expect(causality.data.assessments.map((a) => [a.actor_id, a.role_in_chain])).toEqual([
      [actor.data.id, "developer"],
      [actor.data.id, "provider"],
    ]);
  });

  it("types refusals as problem+json and rejects bodies the document forbids", async () => {
    const t = await createTestApp();
    const clients = clientsFor(t);

    const missingToken = await clients.anonymous.GET("/v1/incidents/{id}/causality", {
      params: { path: { id: "unknown" }, query: { ruleset: "who-2024" } },
    });
    expect(missingToken.response.status).toBe(401);
    expect(missingToken.error?.status).toBe(401);

    const admin = await clients.as("admin");
    const invalid = await admin.POST("/v1/actors", {
      // @ts-expect-error `name` is required by ActorCreate: the generated types enforce the document.
      body: { roles: ["developer"], country: "FR", contact_email: "safety@typed.example" },
    });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error?.errors?.map((e) => e.path)).toContain("name");
  });
});
