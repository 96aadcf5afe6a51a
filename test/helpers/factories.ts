import type { TestApp } from "./harness";

/**
 * Shared test factories: build registry data through the public API (so every row is audited and
 * validated exactly as in production). Each returns the created resource's JSON and throws with the
 * response text when the API refuses, so a broken factory fails loudly at its call site.
 */
export type Owner = { role: "developer" | "provider" | "deployer"; actorId: string };

function expectCreated(what: string, res: { status: number; text: string; json: any }) {
  if (res.status !== 201) throw new Error(`${what}: ${res.status} ${res.text}`);
  return res.json;
}

let counter = 0;

export async function createActor(
  t: TestApp,
  overrides: { roles?: ("developer" | "provider" | "deployer")[]; name?: string; country?: string } = {},
): Promise<{ id: string; owner: (role?: Owner["role"]) => Owner; [k: string]: unknown }> {
  const roles = overrides.roles ?? ["developer", "provider"];
  counter += 1;
  const json = expectCreated(
    "actor",
    await t.call("POST", "/v1/actors", {
      as: "admin",
      body: {
        name: overrides.name ?? `Org ${counter}`,
        roles,
        country: overrides.country ?? "FR",
        contact_email: `contact${counter}@org.example`,
      },
    }),
  );
  return { ...json, owner: (role = roles[0] as Owner["role"]) => ({ role, actorId: json.id }) };
}

export async function createProduct(
  t: TestApp,
  owner: Owner,
  overrides: {
    name?: string;
    kind?: "foundation_model" | "application" | "medical_device_software" | "other";
    builds_on?: { product_id: string; relation: "fine_tune" | "integration" | "plugin" | "distillation" }[];
    [k: string]: unknown;
  } = {},
): Promise<{ id: string; registration_number: string; [k: string]: any }> {
  return expectCreated(
    "product",
    await t.call("POST", "/v1/products", {
      as: owner,
      body: {
        name: "Test model",
        kind: overrides.builds_on?.length ? "application" : "foundation_model",
        intended_purpose: "General health question answering",
        use_areas: ["U_PATIENT_GUIDED"],
        modalities: ["text"],
        languages: ["en"],
        ...overrides,
      },
    }),
  );
}

export async function createVersion(
  t: TestApp,
  owner: Owner,
  productId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [k: string]: any }> {
  return expectCreated(
    "version",
    await t.call("POST", `/v1/products/${productId}/versions`, {
      as: owner,
      body: {
        version: `1.0.${counter++}`,
        changelog: "First",
        substantial_modification: false,
        ...overrides,
      },
    }),
  );
}

export async function createDeployment(
  t: TestApp,
  deployer: Owner,
  productVersionId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [k: string]: any }> {
  return expectCreated(
    "deployment",
    await t.call("POST", "/v1/deployments", {
      as: deployer,
      body: {
        product_version_id: productVersionId,
        setting: "primary care",
        country: "FR",
        languages: ["fr"],
        population: "adults",
        human_oversight: "clinician reviews every answer",
        started_at: "2026-01-01T00:00:00Z",
        ...overrides,
      },
    }),
  );
}

/** A valid anonymous incident body; override any field (e.g. `product_id`, `event_type`). */
export function incidentBody(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    occurred_at: "2026-05-20T10:00:00Z",
    country: "FR",
    setting: "consumer_app",
    use_area: "U_PATIENT_GUIDED",
    description: "The chatbot told my father to double his insulin dose; he was hospitalised.",
    event_type: "serious_injury",
    severity: "severe",
    outcome: "recovering",
    risk_codes: ["R_FALSE_INFO"],
    reporter: { role: "carer", anonymous: true },
    ...overrides,
  };
}

/** Files an incident (anonymously unless `as` is given) and returns `{id, reference, status, receipt_token}`. */
export async function fileIncident(
  t: TestApp,
  overrides: Record<string, unknown> = {},
  init: { as?: NonNullable<Parameters<TestApp["call"]>[2]>["as"]; headers?: Record<string, string> } = {},
): Promise<{ id: string; reference: string; status: string; receipt_token: string }> {
  return expectCreated(
    "incident",
    await t.call("POST", "/v1/incidents", { body: incidentBody(overrides), ...init }),
  );
}
