process.on("SIGINT", () => process.exit(0));
await import("/work/main/bench/lib/bare-hono.ts");
