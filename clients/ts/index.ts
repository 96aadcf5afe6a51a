import createClient, { type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema";

export type { components, operations, paths } from "./schema";

/**
 * A typed client of the registry API: paths, parameters, bodies and responses come from
 * schema.d.ts, generated from GET /openapi.json (`npm run client:generate`; `npm test` checks it is current).
 *
 * @example
 * const registry = createRegistryClient({ baseUrl: "http://localhost:8787", headers: { authorization: `Bearer ${token}` } });
 * const { data, error } = await registry.GET("/v1/incidents/{id}", { params: { path: { id } } });
 */
export function createRegistryClient(options: ClientOptions = {}) {
  return createClient<paths>(options);
}

export type RegistryClient = ReturnType<typeof createRegistryClient>;
