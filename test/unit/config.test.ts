import { describe, expect, it } from "vitest";
import { ConfigError, DEV_JWT_SECRET, parseConfig } from "../../src/config";

describe("parseConfig", () => {
  it("has working defaults with warnings in development", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ port: 8787, databaseUrl: "file:./data/registry.db", seedDemo: true });
    expect(config.jwt.secret).toBe(DEV_JWT_SECRET);
    expect(config.warnings.join(" ")).toMatch(/JWT_SECRET/);
  });

  it("names each bad variable", () => {
    try {
      parseConfig({ PORT: "99999", DATABASE_URL: "postgres://x", JWT_SECRET: "short", SEED_DEMO: "maybe" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const names = (error as ConfigError).problems.map((p) => p.variable).sort();
      expect(names).toEqual(["DATABASE_URL", "JWT_SECRET", "PORT", "SEED_DEMO"]);
    }
  });

  it("requires real secrets in production", () => {
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET.*required/);
    const ok = parseConfig({
      NODE_ENV: "production",
      JWT_SECRET: "p".repeat(32),
      DATA_ENCRYPTION_KEY: "ZGV2LW9ubHktcmVwb3J0ZXItZGF0YS1rZXktMzJieXQ",
      AUDIT_SIGNING_KEY: "MC4CAQAwBQYDK2VwBCIEIPJmtlHBf6fJZUtpXOA1P0yYBZzGFrGw9kp0k8wbPPB3",
      DATABASE_URL: "libsql://registry.example.turso.io",
      SEED_DEMO: "0",
    });
    expect(ok).toMatchObject({ seedDemo: false, warnings: [] });
  });
});

describe("IsoDateTime", () => {
  it("accepts real dates and date-times with a zone, normalised to UTC", async () => {
    const { IsoDateTime } = await import("../../src/platform/http/schemas");
    expect(IsoDateTime.parse("2026-02-28")).toBe("2026-02-28T00:00:00.000Z");
    expect(IsoDateTime.parse("2024-02-29T10:00:00+02:00")).toBe("2024-02-29T08:00:00.000Z");
    for (const bad of [
      "2026-02-30",
      "2026-13-01",
      "2025-02-29T00:00:00Z",
      "2026-01-01T10:00",
      "yesterday",
      "2026-01-01T25:00Z",
    ]) {
      expect(IsoDateTime.safeParse(bad).success, bad).toBe(false);
    }
  });
});
