import { createActor, createProduct, createVersion, type Owner } from "./factories";
import type { TestApp } from "./harness";

/** Shorthands over the shared factories for registry tests that only need ids. */
export async function actor(t: TestApp, roles: Owner["role"][] = ["developer"], name?: string) {
  return (await createActor(t, { roles, ...(name ? { name } : {}) })).id;
}

/** A product owned by `owner`; a foundation model unless the overrides say otherwise. */
export const product = (t: TestApp, owner: Owner, overrides: Record<string, unknown> = {}) =>
  createProduct(t, owner, { kind: "foundation_model", ...overrides });

export const version = createVersion;
