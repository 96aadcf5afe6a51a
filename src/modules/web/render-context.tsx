/**
 * hono/jsx (4.13.19, `jsx/context.js` loadAsyncLocalStorage) renders every page inside an
 * AsyncLocalStorage when it can find one, so that `useContext` works after an `await` in an async
 * component. On Node 20 a storage's first `run` turns on promise tracking (async hooks) for the whole
 * process, and it stays on: every later promise of every request pays for it. Measured on the catalog
 * read, 22.5–23.4 µs of CPU per request before any page was served, 27.5–28.3 µs after one (throughput
 * down 18%); test/web/render-context.test.ts detects it.
 *
 * These pages use no JSX context (no createContext, useContext or Suspense), and hono/jsx's own
 * fallback, a store for the synchronous part of a render, renders them identically. hono/jsx looks
 * for the storage once per process, at its first render, through `process.getBuiltinModule` or
 * `process.mainModule.require`; so the web module renders a first element with both out of reach for
 * that one synchronous moment. Nothing else runs meanwhile. Workers' AsyncLocalStorage costs nothing
 * like this, and pages render the same way there. Node ≥ 24 (AsyncContextFrame) would not need it.
 */
export function renderWithoutAsyncContext(): void {
  const nodeProcess = (globalThis as unknown as { process?: Record<string, unknown> }).process;
  if (!nodeProcess) return;
  const saved = new Map(
    WAYS_IN.filter((name) => name in nodeProcess).map((name) => [name, nodeProcess[name]]),
  );
  try {
    for (const name of WAYS_IN) nodeProcess[name] = undefined;
    String(<p />);
  } catch {
    // A runtime whose process object cannot be changed renders with its storage, as hono/jsx chooses.
  } finally {
    for (const name of WAYS_IN) {
      if (saved.has(name)) nodeProcess[name] = saved.get(name);
      else delete nodeProcess[name];
    }
  }
}

const WAYS_IN = ["getBuiltinModule", "mainModule"] as const;
