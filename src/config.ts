import { z } from "zod";

/** Development-only signing secret: long enough for HS256, never accepted when NODE_ENV=production. */
export const DEV_JWT_SECRET = "dev-only-lmm-registry-secret-change-me-0123456789";
/** Development-only key for encrypting reporter contact data (base64url of 32 bytes). */
export const DEV_DATA_KEY = "ZGV2LW9ubHktcmVwb3J0ZXItZGF0YS1rZXktMzJieXQ";

const boolish = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(8787),
    DATABASE_URL: z
      .string()
      .regex(
        /^(file:|:memory:$|libsql:\/\/|https?:\/\/|wss?:\/\/)/,
        "must be file:…, :memory:, libsql://…, or http(s)://…",
      )
      .default("file:./data/registry.db"),
    DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
    JWT_SECRET: z
      .string()
      .refine((v) => new TextEncoder().encode(v).length >= 32, "must be at least 32 bytes")
      .optional(),
    JWKS_URL: z.url().optional(),
    JWT_ISSUER: z.string().min(1).default("lmm-registry"),
    JWT_AUDIENCE: z.string().min(1).default("lmm-registry-api"),
    DATA_ENCRYPTION_KEY: z
      .string()
      .refine((v) => base64urlLength(v) === 32, "must be 32 bytes, base64url-encoded (43 characters)")
      .optional(),
    SEED_DEMO: boolish.default(true),
    SUPPRESSION_K: z.coerce.number().int().min(1).max(100).default(5),
  })
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === "production";
    if (production && !env.JWT_SECRET && !env.JWKS_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["JWT_SECRET"],
        message: "required in production (or set JWKS_URL)",
      });
    }
    if (production && !env.DATA_ENCRYPTION_KEY) {
      ctx.addIssue({ code: "custom", path: ["DATA_ENCRYPTION_KEY"], message: "required in production" });
    }
  });

function base64urlLength(value: string): number {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return -1;
  return Math.floor((value.length * 3) / 4);
}

export interface Config {
  env: "development" | "test" | "production";
  port: number;
  databaseUrl: string;
  databaseAuthToken: string | undefined;
  jwt: { secret: string | undefined; jwksUrl: string | undefined; issuer: string; audience: string };
  dataEncryptionKey: string;
  seedDemo: boolean;
  suppressionK: number;
  warnings: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid environment: ${problems.map((p) => `${p.variable} ${p.message}`).join("; ")}`);
    this.name = "ConfigError";
  }
}

/** Parse the environment once, at the entry point. Throws ConfigError naming each bad variable. */
export function parseConfig(raw: Record<string, string | undefined>): Config {
  // Empty strings mean "unset" (a common shell/.env idiom), not "invalid".
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "environment"),
        message: issue.message,
      })),
    );
  }
  const env = result.data;
  const warnings: string[] = [];
  let secret = env.JWT_SECRET;
  if (!secret && !env.JWKS_URL) {
    secret = DEV_JWT_SECRET;
    warnings.push("JWT_SECRET is not set: using the development secret (never do this in production)");
  }
  if (!env.DATA_ENCRYPTION_KEY) {
    warnings.push("DATA_ENCRYPTION_KEY is not set: using the development key for reporter contact data");
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    databaseAuthToken: env.DATABASE_AUTH_TOKEN,
    jwt: { secret, jwksUrl: env.JWKS_URL, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE },
    dataEncryptionKey: env.DATA_ENCRYPTION_KEY ?? DEV_DATA_KEY,
    seedDemo: env.SEED_DEMO,
    suppressionK: env.SUPPRESSION_K,
    warnings,
  };
}
