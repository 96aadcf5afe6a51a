import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * `npm run bench:startup [-- <runs>]`: wall time from spawning `npm start` to its "listening" line,
 * on a fresh empty database each run (so migrations and the catalog import are included, as on a
 * first start) and on a warm one (the database already migrated: the cost of every later restart).
 */
const RUNS = Number(process.argv[2] ?? 5);

function startOnce(databaseUrl: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn("npm", ["start", "--silent"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO: "0" },
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    const early = (code: number | null) =>
      reject(new Error(`npm start exited with ${code} before listening`));
    child.once("exit", early);
    child.stdout.on("data", (chunk: Buffer) => {
      if (!chunk.toString().includes("listening on")) return;
      const ms = performance.now() - t0;
      child.off("exit", early);
      child.once("exit", () => resolve(ms));
      process.kill(-(child.pid as number), "SIGTERM");
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "lmm-startup-"));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
try {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const url = `file:${join(dir, `s${i}.db`)}`;
    cold.push(await startOnce(url, 18_700 + i));
    warm.push(await startOnce(url, 18_700 + i));
  }
  console.log(
    `npm start → listening, median of ${RUNS}: empty database ${median(cold).toFixed(0)} ms, ` +
      `migrated database ${median(warm).toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
