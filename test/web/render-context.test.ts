import { executionAsyncId } from "node:async_hooks";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/harness";

/**
 * Whether Node tracks promises as async resources: only then does code after an `await` run in a
 * resource of its own. An AsyncLocalStorage's first `run` turns that on for the whole process, and
 * on Node 20 it stays on (web/render-context.tsx says why that matters).
 */
async function promisesTracked(): Promise<boolean> {
  const before = executionAsyncId();
  await null;
  return executionAsyncId() !== before;
}

describe("serving pages", () => {
  it("leaves promise tracking off for the rest of the process; pages are standards-mode documents", async () => {
    expect(await promisesTracked()).toBe(false);
    const { call } = await createTestApp();
    const home = await call("GET", "/");
    expect(home.status).toBe(200);
    expect(home.text).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr">/);
    expect(home.text).toContain("<style>");
    expect(home.text).not.toContain("&quot;: &quot;");
    const report = await call("GET", "/report?lang=ar");
    expect(report.status).toBe(200);
    expect(report.text).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
    const docs = await call("GET", "/docs");
    expect(docs.status).toBe(200);
    expect(docs.text).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr">/);
    expect(await promisesTracked()).toBe(false);
  });
});
