import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The layer rules of .dependency-cruiser.cjs, checked on every `npm test` (also `npm run -s lint:deps`):
 * the project passes them, and a tree that breaks a rule fails with that rule's name, so the check is real.
 */
const run = promisify(execFile);
const ROOT = resolve(__dirname, "../..");
const DEPCRUISE = join(ROOT, "node_modules/.bin/depcruise");
const scratch = mkdtempSync(join(tmpdir(), "boundaries-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cruise(cwd: string) {
  try {
    const { stdout } = await run(DEPCRUISE, ["src", "--config", ".dependency-cruiser.cjs"], { cwd });
    return { ok: true, output: stdout };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, "tree-"));
  cpSync(join(ROOT, ".dependency-cruiser.cjs"), join(dir, ".dependency-cruiser.cjs"));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "esnext" } }));
  cpSync(join(ROOT, "package.json"), join(dir, "package.json"));
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

describe("layer boundaries (dependency-cruiser)", () => {
  it("the project's src/ breaks no rule", async () => {
    const result = await cruise(ROOT);
    expect(result.output).toContain("no dependency violations found");
    expect(result.ok).toBe(true);
  }, 60_000);

  it.each([
    [
      "platform-knows-no-domain",
      {
        "src/platform/db/x.ts": 'import "../../routes/a/index";',
        "src/routes/a/index.ts": "export const a = 1;",
      },
    ],
    [
      "domain-is-pure",
      {
        "src/domain/rule.ts": 'import "../platform/db/client";',
        "src/platform/db/client.ts": "export const c = 1;",
      },
    ],
    [
      "module-through-index",
      {
        "src/routes/a/get.ts": 'import "../../modules/m/repo";',
        "src/modules/m/repo.ts": "export const r = 1;",
      },
    ],
    [
      "module-internals-stay-inside",
      { "src/modules/m/a.ts": 'import "../n/schema";', "src/modules/n/schema.ts": "export const s = 1;" },
    ],
    [
      "catalog-depends-on-platform-only",
      {
        "src/modules/catalog/a.ts": 'import "../../routes/a/list";',
        "src/routes/a/list.ts": "export const l = 1;",
      },
    ],
    [
      "registry-depends-on-catalog-and-platform",
      {
        "src/modules/registry/a.ts": 'import "../../routes/incidents/list";',
        "src/routes/incidents/list.ts": "export const l = 1;",
      },
    ],
    [
      "module-schema-only-for-tables",
      {
        "src/routes/a/get.ts": 'import "../../modules/m/schema";',
        "src/modules/m/schema.ts": "export const s = 1;",
      },
    ],
    [
      "incidents-depends-on-registry-catalog-platform",
      {
        "src/modules/incidents/a.ts": 'import "../../routes/causality/frozen";',
        "src/routes/causality/frozen.ts": "export const f = 1;",
      },
    ],
    [
      "schema-references-schema-only",
      {
        "src/modules/m/schema.ts": 'import "../n/routes";',
        "src/modules/n/routes.ts": "export const r = 1;",
      },
    ],
    [
      "route-files-never-import-route-files",
      {
        "src/modules/m/routes/a/get.ts": 'import "../b/list";',
        "src/modules/m/routes/b/list.ts": "export const l = 1;",
      },
    ],
    [
      "modules-use-composition-types-only",
      { "src/modules/m/a.ts": 'import { x } from "../../deps";', "src/deps.ts": "export const x = 1;" },
    ],
    [
      "liability-depends-on-incidents-registry-catalog-platform",
      {
        "src/modules/liability/a.ts": 'import "../core";',
        "src/modules/core/index.ts": "export const c = 1;",
      },
    ],
    [
      "compensation-depends-on-liability-incidents-registry-catalog-platform",
      {
        "src/modules/compensation/a.ts": 'import "../web";',
        "src/modules/web/index.ts": "export const w = 1;",
      },
    ],
    [
      "routes-are-thin",
      {
        "src/modules/m/routes/a/index.ts": 'import "../../../../platform/db/commit";',
        "src/platform/db/commit.ts": "export const c = 1;",
      },
    ],
  ])(
    "a tree breaking %s fails the check, naming the rule",
    async (rule, files) => {
      const result = await cruise(tree(files));
      expect(result.ok).toBe(false);
      expect(result.output).toContain(rule);
    },
    60_000,
  );
});
