import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { ConfigError, parseConfig } from "./config";
import { openNodeDb } from "./db/node-client";
import { seedCatalog } from "./db/seed-catalog";
import { seedDemo } from "./db/seed-demo";
import { makeDeps } from "./deps";

/** Node entry: parse env once, open the embedded database, migrate, seed when empty, serve. */
async function main() {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems)
        console.error(`Invalid environment variable ${p.variable}: ${p.message}`);
      process.exit(1);
    }
    throw error;
  }
  for (const warning of config.warnings) console.warn(`warning: ${warning}`);

  const { db } = await openNodeDb(config.databaseUrl, config.databaseAuthToken);
  if (await seedCatalog(db)) console.log("Imported the WHO guidance catalog");
  const deps = makeDeps(db, config);
  if (config.seedDemo && (await seedDemo(deps))) console.log("Seeded demo data");

  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(`LMM Health Registry listening on http://localhost:${info.port} (docs: /docs)`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error("Failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
