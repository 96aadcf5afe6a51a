import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { WebAssets } from "./modules/web";

/**
 * The pages' package files under Node, read from node_modules on each request (the OS caches them).
 * The package exports no path to its browser bundle, so it is found beside its package.json.
 */
export function nodeWebAssets(): WebAssets {
  const packageDir = (name: string) => {
    const require = createRequire(import.meta.url);
    for (const base of require.resolve.paths(name) ?? []) {
      const dir = join(base, name);
      try {
        require.resolve(join(dir, "package.json"));
        return dir;
      } catch {}
    }
    return undefined;
  };
  return {
    async scalarBundle() {
      const dir = packageDir("@scalar/api-reference");
      if (!dir) return undefined;
      return readFile(join(dir, "dist", "browser", "standalone.js"), "utf8").catch(() => undefined);
    },
  };
}
