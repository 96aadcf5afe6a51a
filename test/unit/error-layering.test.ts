import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { APP_ERROR_CODES, AppError, conflict, invalidField, notFound } from "../../src/platform/errors";
import { APP_ERROR_HTTP, toProblemError } from "../../src/platform/http/errors";

/** Files that speak HTTP and may build a ProblemError (status + headers) themselves. */
const HTTP_LAYER = [
  /^src\/app\.ts$/,
  /^src\/platform\/http\/(problem|errors|route|router|rate-limit|request-gate)\.ts$/,
  /^src\/platform\/auth\/(tokens|actor-check)\.ts$/,
  /^src\/modules\/core\/routes\/health\/index\.ts$/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("typed errors below HTTP", () => {
  it("every domain error code has exactly one HTTP mapping", () => {
    expect(Object.keys(APP_ERROR_HTTP).sort()).toEqual([...APP_ERROR_CODES].sort());
    expect(toProblemError(notFound("Incident")).status).toBe(404);
    expect(toProblemError(conflict("changed")).status).toBe(409);
    expect(toProblemError(invalidField("body", "x", "unknown")).status).toBe(422);
    const malformed = toProblemError(invalidField("query", "cursor", "bad", "input"));
    expect(malformed.status).toBe(400);
    expect(malformed.errors).toEqual([{ in: "query", path: "cursor", message: "bad" }]);
  });

  it("an AppError carries a code and details, never a status", () => {
    const error = new AppError("forbidden", "no");
    expect(error).not.toHaveProperty("status");
    expect(error.code).toBe("forbidden");
  });

  it("only HTTP-layer files construct ProblemError; services, queries and db code throw AppError", () => {
    const offenders = sourceFiles("src")
      .map((file) => relative(process.cwd(), file).replaceAll("\\", "/"))
      .filter((file) => !HTTP_LAYER.some((pattern) => pattern.test(file)))
      .filter((file) => /new ProblemError\(|ProblemError\b.*from/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
