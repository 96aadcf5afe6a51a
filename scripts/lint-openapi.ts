import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApiDocument } from "./openapi-document";

/**
 * `npm run lint:openapi`: dumps the served document to a temporary file and lints it with Redocly's
 * recommended ruleset plus the stricter rules in redocly.yaml. Exits with Redocly's status: errors fail.
 */
const dir = mkdtempSync(join(tmpdir(), "openapi-lint-"));
try {
  const file = join(dir, "openapi.json");
  writeFileSync(file, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
  const result = spawnSync(
    "redocly",
    ["lint", "--config", "redocly.yaml", "--extends", "recommended", "--format", "stylish", file],
    {
      stdio: "inherit",
      shell: process.platform === "win32",
      // No telemetry or update check from a test run.
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
