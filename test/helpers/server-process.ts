import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/**
 * A real server process (src/node.ts, compiled by tsx's loader) on `databaseUrl`, resolved once it listens. The
 * anonymous rate limits are lifted: these tests file many reports from one loopback address.
 */
export function startServer(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  // One process: tsx as a loader of node itself. The tsx CLI runs the server in a child of its own,
  // so a SIGKILL of the CLI left that server running (an orphan, still holding the database file).
  const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      SEED_DEMO: "0",
      RATE_LIMIT_ANON_WRITES: "1000000",
      RATE_LIMIT_ANON_BYTES_PER_DAY: "1073741824",
      RATE_LIMIT_RECEIPT_LOOKUPS: "1000000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("listening")) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code, signal) =>
      reject(new Error(`server exited with ${code ?? signal}: ${output}`)),
    );
  });
}
