import { z } from "@hono/zod-openapi";
import { ISO_3166_ALPHA2 } from "../iso3166";
import { parseInstant } from "./instants";

/** Shared field schemas, so every resource validates the same things the same way. */
export const Country = z
  .string()
  .transform((v) => v.toUpperCase())
  .refine((v) => ISO_3166_ALPHA2.has(v), "must be an ISO 3166-1 alpha-2 country code")
  .openapi({ type: "string", example: "KE", description: "ISO 3166-1 alpha-2" });

/**
 * ISO 8601 date or zoned date-time, parsed to its instant (lib/instants: no `T24:00`, no leap second,
 * no impossible date or offset, UTC years 1900–9999) and normalised to UTC `…sssZ`, so stored strings
 * sort as times. Routes also cap it at next year and check "not in the future" with the injected clock.
 */
export const IsoDateTime = z
  .string()
  .max(64)
  .transform((v, ctx) => {
    const parsed = parseInstant(v);
    if (parsed.ok) return parsed.iso;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  })
  .openapi({
    type: "string",
    format: "date-time",
    example: "2026-03-14T09:30:00Z",
    description: "ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC",
  });

/** Hosts for which plain http: is accepted: a registry or document server on the same machine. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A link the registry stores and renders: https: only (http: only to a loopback host, for local
 * development), so `javascript:`, `data:`, `vbscript:`, `file:` and the like can never become a link.
 */
export const WebUri = z
  .string()
  .max(2000)
  .refine((v) => {
    if (!URL.canParse(v)) return false;
    const url = new URL(v);
    return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
  }, "must be an absolute https: URL (http: only for localhost)")
  .openapi({ type: "string", format: "uri", example: "https://example.org/model-card.pdf" });

/** A phone number as people write it (digits, spaces, brackets, dashes, an optional leading +). */
export const Phone = z
  .string()
  .regex(/^\+?[0-9 ()-]{5,30}$/, "must be a phone number")
  .openapi({ example: "+254 700 000 001" });

export const Sha256 = z
  .string()
  .regex(/^[a-f0-9]{64}$/i, "must be a hex SHA-256 digest (64 hex characters)")
  .transform((v) => v.toLowerCase())
  .openapi({ type: "string", example: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" });

/** BCP 47 language tag (simplified check): en, fr-CA, zh-Hant-TW, sw. */
export const LanguageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "must be a BCP 47 language tag, e.g. en or pt-BR")
  .openapi({ example: "sw" });

export const Id = z.string().min(1).max(64).openapi({ example: "01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d" });

/**
 * A product's registration number. Accepted in any case and upper-cased before the pattern check, so
 * the documented pattern is a plain regex (a flag on it would leak into the JSON Schema string).
 */
export const RegistrationNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^LMMR-\d{4}-\d{6}$/, "must look like LMMR-YYYY-NNNNNN")
  .openapi({ example: "LMMR-2026-000042", description: "LMMR-YYYY-NNNNNN (case-insensitive)" });
export const IdParam = z.object({ id: Id.openapi({ param: { name: "id", in: "path" } }) });

export const Limit = z.coerce.number().int().min(1).max(500).default(50);
export const Cursor = z
  .string()
  .max(500)
  .optional()
  .openapi({ description: "Opaque cursor from `next_cursor`" });

export const Page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ data: z.array(item), next_cursor: z.string().nullable() });

export const uniqueArray = <T extends z.ZodTypeAny>(item: T) =>
  z
    .array(item)
    .refine((a) => new Set(a.map((x) => JSON.stringify(x))).size === a.length, "must not repeat items");

/** Documented on creating POSTs; validated by platform/idempotency (16-255 visible ASCII characters). */
export const IdempotencyHeaders = z.object({
  "idempotency-key": z.string().optional().openapi({
    description: "Replay-safe retries: same key and body → the first response, nothing created twice",
  }),
});
