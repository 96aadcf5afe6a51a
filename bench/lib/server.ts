import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
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

export interface Server {
  url: string;
  pid: number;
  rssMiB: () => number;
  /** CPU time the process has used so far (user + system), in seconds. */
  cpuSeconds: () => number;
  stop: () => Promise<void>;
}

/** Resident set size of a process (Linux), for the export memory check in a fresh server. */
function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

/**
 * CPU seconds used by a process (Linux /proc: utime + stime, in clock ticks of 1/100 s): on a shared
 * machine, CPU per request is a steadier figure than requests per second.
 */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms`);
}

/** Starts a process that serves HTTP on `port` (loopback) and resolves once `probePath` answers 2xx. */
export async function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  probePath: string,
  timeoutMs = 300_000,
): Promise<Server> {
  const child = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    // Request logs go nowhere: the load generator must not wait on a full pipe.
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}${probePath}`, child, timeoutMs);
  return {
    url,
    pid: child.pid as number,
    rssMiB: () => rssOf(child.pid as number),
    cpuSeconds: () => cpuOf(child.pid as number),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * The registry exactly as `npm start` runs it: build when stale, then the compiled entry point.
 * BENCH_CPU_PROF=<dir> profiles it (`node --cpu-prof`; the profile is written when it stops).
 */
export async function startRegistry(env: Record<string, string>): Promise<Server> {
  execFileSync("node", ["scripts/build.mjs", "--if-stale"], { stdio: "inherit" });
  const profile = process.env.BENCH_CPU_PROF;
  const args = [
    ...(profile ? ["--cpu-prof", "--cpu-prof-dir", profile] : []),
    "--enable-source-maps",
    "dist/node.js",
  ];
  return startProcess("node", args, env, await freePort(), "/health");
}

/**
 * Serves a few pages, as a deployed registry's pages would be, so that what follows measures that
 * state (a page render once made every later request of the process dearer: web/render-context.tsx).
 */
export async function servePages(url: string): Promise<void> {
  for (const page of ["/", "/report", "/docs"]) {
    const res = await fetch(`${url}${page}`);
    await res.text();
    if (res.status !== 200) throw new Error(`${page}: ${res.status}`);
  }
}
