import { createApp } from "../src/app";
import { parseConfig } from "../src/config";
import { makeDeps } from "../src/deps";
import { openNodeDb } from "../src/platform/db/node-client";

/**
 * The OpenAPI document exactly as `GET /openapi.json` serves it, built in-process on a throwaway
 * in-memory database (the document depends on the routes only, never on data).
 */
export async function openApiDocument(): Promise<unknown> {
  const config = parseConfig({ NODE_ENV: "test", DATABASE_URL: ":memory:" });
  const { db, close } = await openNodeDb(config.databaseUrl);
  try {
    const res = await createApp(makeDeps(db, config)).request("/openapi.json");
    if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}`);
    return await res.json();
  } finally {
    close();
  }
}
