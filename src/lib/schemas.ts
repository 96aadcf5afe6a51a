import { z } from "@hono/zod-openapi";
import { ISO_3166_ALPHA2 } from "../domain/iso3166";

/** Shared field schemas, so every resource validates the same things the same way. */
export const Country = z
  .string()
  .transform((v) => v.toUpperCase())
  .refine((v) => ISO_3166_ALPHA2.has(v), "must be an ISO 3166-1 alpha-2 country code")
  .openapi({ type: "string", example: "KE", description: "ISO 3166-1 alpha-2" });

/** Date.parse rolls 2026-02-30 over to 2 March; a real calendar date must survive the round trip. */
function isCalendarDate(ymd: string): boolean {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** ISO 8601 date-time; normalised to UTC with milliseconds so strings sort as times. */
export const IsoDateTime = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(v), {
    message: "must be an ISO 8601 date or a date-time with a time zone (Z or ±hh:mm)",
  })
  .refine((v) => !Number.isNaN(Date.parse(v)) && isCalendarDate(v.slice(0, 10)), {
    message: "is not a real date",
  })
  .transform((v) => new Date(v).toISOString())
  .openapi({ type: "string", format: "date-time", example: "2026-03-14T09:30:00Z" });

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

/** Documented on creating POSTs; validated by lib/idempotency (16-255 visible ASCII characters). */
export const IdempotencyHeaders = z.object({
  "idempotency-key": z.string().optional().openapi({
    description: "Replay-safe retries: same key and body → the first response, nothing created twice",
  }),
});
