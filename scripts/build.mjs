import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

/**
 * Compiles the Node entry points to dist/ so `npm start` runs plain JavaScript (no TypeScript
 * compiler in the serving process). Plain .mjs on purpose: the build must run before anything can
 * compile TypeScript. Dependencies stay external (node_modules is there at run time and its code
 * needs no compiling); only our own sources and the JSON they import are bundled.
 *
 * `--if-stale` skips the build when every input esbuild read last time is older than the output, so
 * `npm install && npm start` builds on a fresh clone and every later start costs one stat per file.
 */
const ENTRIES = ["src/node.ts", "src/token-cli.ts", "src/audit-verify-cli.ts"];
const META = "dist/meta.json";
// Inputs esbuild does not list in the metafile but that change its output.
const CONFIG_INPUTS = ["package.json", "tsconfig.json", "scripts/build.mjs"];

function stale() {
  if (!existsSync(META)) return true;
  const built = statSync(META).mtimeMs;
  const { inputs } = JSON.parse(readFileSync(META, "utf8"));
  // Import attributes are part of an input's key ("law/x.json with { type: 'json' }"), not of its path.
  const files = Object.keys(inputs).map((key) => key.replace(/ with \{.*\}$/, ""));
  return [...files, ...CONFIG_INPUTS].some((file) => !existsSync(file) || statSync(file).mtimeMs > built);
}

if (!process.argv.includes("--if-stale") || stale()) {
  const started = performance.now();
  const result = await build({
    entryPoints: ENTRIES,
    outdir: "dist",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: true,
    metafile: true,
    logLevel: "warning",
    // Chunks import each other by relative path; entry names stay as the scripts in package.json call them.
    chunkNames: "chunks/[name]-[hash]",
  });
  writeFileSync(META, JSON.stringify(result.metafile));
  // stderr, so `npm run -s token` still prints only the token on stdout.
  console.error(`built dist/ in ${Math.round(performance.now() - started)} ms`);
}
