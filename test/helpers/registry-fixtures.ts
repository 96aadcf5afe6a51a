import type { TestApp } from "./harness";

/** Registers an actor through the API (as admin) and returns its id. */
export async function actor(t: TestApp, roles: string[] = ["developer"], name = `Org ${roles.join("+")}`) {
  const res = await t.call("POST", "/v1/actors", {
    as: "admin",
    body: { name, roles, country: "FR", contact_email: `${roles[0]}@org.example` },
  });
  if (res.status !== 201) throw new Error(`actor: ${res.status} ${res.text}`);
  return res.json.id as string;
}

export async function product(
  t: TestApp,
  owner: { role: "developer" | "provider"; actorId: string },
  overrides: Record<string, unknown> = {},
) {
  const res = await t.call("POST", "/v1/products", {
    as: owner,
    body: {
      name: "Test model",
      kind: "foundation_model",
      intended_purpose: "General health question answering",
      use_areas: ["U_PATIENT_GUIDED"],
      modalities: ["text"],
      languages: ["en"],
      ...overrides,
    },
  });
  if (res.status !== 201) throw new Error(`product: ${res.status} ${res.text}`);
  return res.json as { id: string; registration_number: string; [k: string]: unknown };
}

export async function version(
  t: TestApp,
  owner: { role: "developer" | "provider"; actorId: string },
  productId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await t.call("POST", `/v1/products/${productId}/versions`, {
    as: owner,
    body: { version: "1.0.0", changelog: "First", substantial_modification: false, ...overrides },
  });
  if (res.status !== 201) throw new Error(`version: ${res.status} ${res.text}`);
  return res.json as { id: string; [k: string]: unknown };
}
