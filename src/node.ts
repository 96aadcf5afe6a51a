import { createApp } from "./app";
import { ConfigError, parseConfig } from "./config";
import { makeDeps } from "./deps";
import { seedCatalog } from "./modules/catalog";
import { listen } from "./node-server";
import { nodeWebAssets } from "./node-web-assets";
import { openNodeDb } from "./platform/db/node-client";
import { createClientAddressResolver, nodePeerAddress } from "./platform/http/client-address";
import { createLogger } from "./platform/log/logger";
import { createStdioSink } from "./platform/log/stdio-sink";
import { seedDemo } from "./seed/demo";

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

  const { db, readRows, prepareRead } = await openNodeDb(config.databaseUrl, config.databaseAuthToken);
  if (await seedCatalog(db)) console.log("Imported the WHO guidance catalog");
  // Rate limits key on the socket's peer, or on TRUSTED_PROXY_HEADER when a proxy of ours sets it.
  const stdio = createStdioSink();
  process.on("exit", stdio.flush);
  const deps = makeDeps(db, config, {
    log: createLogger(config.logLevel, stdio.sink),
    readRows,
    prepareRead,
    clientAddress: createClientAddressResolver(config, nodePeerAddress),
    webAssets: nodeWebAssets(),
  });
  if (config.seedDemo && (await seedDemo(deps))) console.log("Seeded demo data");

  const app = createApp(deps);
  const server = listen(app, config, (info) => {
    const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
    console.log(`LMM Health Registry listening on http://${host}:${info.port} (docs: /docs)`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error("Failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
