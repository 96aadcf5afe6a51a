import { z } from "zod";
import { LOG_LEVELS, type LogLevel } from "./platform/log/logger";

/** Development-only signing secret: long enough for HS256, never accepted when NODE_ENV=production. */
export const DEV_JWT_SECRET = "dev-only-lmm-registry-secret-change-me-0123456789";
/** Development-only key for encrypting reporter contact data (base64url of 32 bytes). */
export const DEV_DATA_KEY = "ZGV2LW9ubHktcmVwb3J0ZXItZGF0YS1rZXktMzJieXQ";

/**
 * Development-only Ed25519 key signing audit checkpoints (PKCS8, base64 DER of a published seed):
 * anyone can forge checkpoints made with it, so production refuses to start without AUDIT_SIGNING_KEY.
 */
export const DEV_AUDIT_SIGNING_KEY = "MC4CAQAwBQYDK2VwBCIEII0Dg2TN6fVkIMhF/h4Y2Po4/xa2r/in0Lq3201JvbvI";

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
    // Longest accepted token lifetime (exp − iat): a leaked token stops working within a working day.
    JWT_MAX_TTL_SECONDS: z.coerce.number().int().min(60).max(2_592_000).default(86_400),
    // Tolerated clock difference between the token issuer and this server (exp, nbf, future iat).
    JWT_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
    IDENTITY_HMAC_KEY: z
      .string()
      .refine((v) => base64urlLength(v) === 32, "must be 32 bytes, base64url-encoded (43 characters)")
      .optional(),
    DATA_ENCRYPTION_KEY: z
      .string()
      .refine((v) => base64urlLength(v) === 32, "must be 32 bytes, base64url-encoded (43 characters)")
      .optional(),
    SEED_DEMO: boolish.default(true),
    SUPPRESSION_K: z.coerce.number().int().min(1).max(100).default(5),
    // Loopback by default in every environment: exposing the server is an explicit decision (HOST=0.0.0.0).
    HOST: z.string().min(1).default("127.0.0.1"),
    // Off by default: a forwarded-for header is only trustworthy when a proxy we run overwrites it.
    TRUSTED_PROXY_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, "must be a header name such as x-forwarded-for")
      .transform((v) => v.toLowerCase())
      .optional(),
    // Our own proxies' addresses, skipped from the right of the header's hop list.
    TRUSTED_PROXY_ADDRESSES: z
      .string()
      .transform((v) =>
        v
          .split(",")
          .map((a) => a.trim().toLowerCase())
          .filter(Boolean),
      )
      .default([]),
    // How the registry reads "immediately" (AI Act Art. 26(5)): a registry setting, not a legal period.
    REPORTING_IMMEDIATELY_HOURS: z.coerce.number().int().min(1).max(168).default(24),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
    RATE_LIMIT_ANON_WRITES: z.coerce.number().int().min(1).max(1_000_000).default(20),
    RATE_LIMIT_RECEIPT_LOOKUPS: z.coerce.number().int().min(1).max(1_000_000).default(60),
    RATE_LIMIT_ANON_BYTES_PER_DAY: z.coerce.number().int().min(1024).max(1_073_741_824).default(5_242_880),
    // Ed25519 private key for signed audit checkpoints: a private JWK (JSON) or PKCS8 (PEM or base64 DER).
    AUDIT_SIGNING_KEY: z
      .string()
      .refine(
        (v) => /^\s*\{/.test(v) || /^[A-Za-z0-9+/=\s-]+$/.test(v.replace(/-----[A-Z ]+-----/g, "")),
        "must be an Ed25519 private JWK or PKCS8 key",
      )
      .optional(),
    // A signed checkpoint at least every N audit entries or M minutes (whichever comes first, on a write).
    AUDIT_CHECKPOINT_EVERY: z.coerce.number().int().min(1).max(100_000).default(100),
    AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(10_080).default(10),
    // Default: info, or silent under NODE_ENV=test (tests capture lines instead of printing them).
    LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
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
    if (production && !env.AUDIT_SIGNING_KEY) {
      ctx.addIssue({ code: "custom", path: ["AUDIT_SIGNING_KEY"], message: "required in production" });
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
  jwt: {
    secret: string | undefined;
    jwksUrl: string | undefined;
    issuer: string;
    audience: string;
    maxTtlSeconds: number;
    clockSkewSeconds: number;
  };
  /** Key for pseudonymising token subjects; undefined → derived from dataEncryptionKey (HKDF). */
  identityHmacKey: string | undefined;
  dataEncryptionKey: string;
  seedDemo: boolean;
  suppressionK: number;
  /** Hours the registry allows for an "immediately" duty (AI Act Art. 26(5)); a setting, not law. */
  reportingImmediatelyHours: number;
  /** Interface the Node server binds to. */
  host: string;
  /** Header carrying the client address from our own proxy (lower-case), and that proxy's own hops. */
  trustedProxy: { header: string | undefined; addresses: string[] };
  /** Per-client limits for anonymous and receipt-token routes (see src/platform/http/rate-limit.ts). */
  rateLimit: { windowSeconds: number; anonWrites: number; receiptLookups: number; anonBytesPerDay: number };
  /** Signed audit checkpoints (src/platform/audit/, verified by src/modules/core/audit/): the Ed25519 key and how often the chain head is signed. */
  auditCheckpoints: { signingKey: string; everyEntries: number; everyMinutes: number };
  /** Lowest level written (src/platform/log/): request lines are info (2xx/3xx), warn (4xx), error (5xx). */
  logLevel: LogLevel;
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
  if (!env.AUDIT_SIGNING_KEY) {
    warnings.push(
      "AUDIT_SIGNING_KEY is not set: audit checkpoints are signed with the public development key",
    );
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    databaseAuthToken: env.DATABASE_AUTH_TOKEN,
    jwt: {
      secret,
      jwksUrl: env.JWKS_URL,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      maxTtlSeconds: env.JWT_MAX_TTL_SECONDS,
      clockSkewSeconds: env.JWT_CLOCK_SKEW_SECONDS,
    },
    identityHmacKey: env.IDENTITY_HMAC_KEY,
    dataEncryptionKey: env.DATA_ENCRYPTION_KEY ?? DEV_DATA_KEY,
    seedDemo: env.SEED_DEMO,
    suppressionK: env.SUPPRESSION_K,
    reportingImmediatelyHours: env.REPORTING_IMMEDIATELY_HOURS,
    host: env.HOST,
    trustedProxy: { header: env.TRUSTED_PROXY_HEADER, addresses: env.TRUSTED_PROXY_ADDRESSES },
    rateLimit: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      anonWrites: env.RATE_LIMIT_ANON_WRITES,
      receiptLookups: env.RATE_LIMIT_RECEIPT_LOOKUPS,
      anonBytesPerDay: env.RATE_LIMIT_ANON_BYTES_PER_DAY,
    },
    auditCheckpoints: {
      signingKey: env.AUDIT_SIGNING_KEY ?? DEV_AUDIT_SIGNING_KEY,
      everyEntries: env.AUDIT_CHECKPOINT_EVERY,
      everyMinutes: env.AUDIT_CHECKPOINT_MINUTES,
    },
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    warnings,
  };
}
