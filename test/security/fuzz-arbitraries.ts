import fc from "fast-check";

/**
 * fast-check arbitraries built from the app's own OpenAPI document, so every documented body field
 * and query parameter is fuzzed without a hand-kept list: mostly well-shaped values (so requests get
 * past the first validation error and reach services and SQL), mixed with hostile ones.
 */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  example?: unknown;
};

/** Values that broke (or could break) parsers, SQL, FTS, dates, URLs and JSON handling. */
export const hostileString = fc.constantFrom(
  "",
  " ",
  "\u0000\u0000\u0000",
  '"',
  "'; drop table incidents; --",
  'NEAR("a" "b")',
  "* OR -",
  "9999-12-31T23:59:59-23:59",
  "2026-01-01T24:00:00Z",
  "2026-02-30T00:00:00Z",
  "+010000-01-01T00:00:00Z",
  "-000001-01-01T00:00:00Z",
  "1e400",
  "-1e400",
  "NaN",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "<script>alert(1)</script>",
  "__proto__",
  "constructor",
  "%00",
  "\uD800",
  "🩺".repeat(50),
  "x".repeat(5000),
  // base64url cursors of ["abc"], [1e400], [-1e400,1] and ["2026-01-01T00:00:00Z",-1e400]
  "WyJhYmMiXQ",
  "WzFlNDAwXQ",
  "Wy0xZTQwMCwxXQ",
  "WyIyMDI2LTAxLTAxVDAwOjAwOjAwWiIsLTFlNDAwXQ",
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.constantFrom(-1, 0, 1e308, -1e308, 2 ** 53, 0.5, -0),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  fc.constant({ ["__proto__"]: { polluted: true } }),
);

export interface ArbitraryContext {
  resolve: (ref: string) => JsonSchema;
  /** Real ids and catalog codes of the seeded world, so references sometimes resolve. */
  known: string[];
  /** Good values by property name (ids, codes, countries), used by the shaped (not noisy) half. */
  hint: (property: string) => (string | number)[] | undefined;
}

const validDateTime = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2026-05-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString());

function patternArbitrary(pattern: string): fc.Arbitrary<string> | undefined {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    // An OpenAPI pattern that is not a JS regex is simply not used to generate values.
    return undefined;
  }
}

/** Strings the schema describes precisely (example, format, pattern), if it does. */
function specificStrings(schema: JsonSchema): fc.Arbitrary<string>[] {
  const specific: fc.Arbitrary<string>[] = [];
  if (typeof schema.example === "string") specific.push(fc.constant(schema.example));
  if (schema.format === "date-time" || schema.format === "date") specific.push(validDateTime);
  if (schema.format === "uri") specific.push(fc.webUrl({ validSchemes: ["https"] }));
  if (schema.format === "email") specific.push(fc.constantFrom("someone@clinic.example", "a.b@example.org"));
  const pattern = schema.pattern ? patternArbitrary(schema.pattern) : undefined;
  if (pattern) specific.push(pattern);
  return specific;
}

function stringArbitrary(schema: JsonSchema, ctx: ArbitraryContext, noisy: boolean): fc.Arbitrary<string> {
  const specific = specificStrings(schema);
  if (!noisy && specific.length > 0) return fc.oneof(...specific);
  const options: fc.Arbitrary<string>[] = [fc.string({ minLength: 1, maxLength: 30 }), ...specific];
  if (noisy) options.push(hostileString);
  if (ctx.known.length > 0) options.push(fc.constantFrom(...ctx.known));
  return fc.oneof(...options);
}

/**
 * `noisy` mixes hostile values into every leaf; without it the value is shaped like the schema
 * (so it often passes validation and reaches the service, the SQL and the stored state).
 */
export function schemaArbitrary(
  schema: JsonSchema,
  ctx: ArbitraryContext,
  noisy = true,
  depth = 0,
  property?: string,
): fc.Arbitrary<unknown> {
  const inner = (s: JsonSchema, key?: string) => schemaArbitrary(s, ctx, noisy, depth + 1, key);
  const hinted = property === undefined || noisy ? undefined : ctx.hint(property);
  if (hinted?.length) return fc.constantFrom(...hinted);
  if (schema.$ref) return schemaArbitrary(ctx.resolve(schema.$ref), ctx, noisy, depth, property);
  if (depth > 6) return hostileValue;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => inner(s, property)));
  if (schema.allOf?.length) return inner(schema.allOf[0] as JsonSchema);
  const noise = (shaped: fc.Arbitrary<unknown>) =>
    noisy ? fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: hostileValue }) : shaped;
  if (schema.const !== undefined) return noise(fc.constant(schema.const));
  if (schema.enum?.length) return noise(fc.constantFrom(...schema.enum));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  const shaped: fc.Arbitrary<unknown> = (() => {
    switch (type) {
      case "object": {
        const props = Object.entries(schema.properties ?? {});
        const record = Object.fromEntries(props.map(([k, s]) => [k, inner(s, k)]));
        const required = (schema.required ?? []).filter((k) => k in record);
        return fc.record(record, { requiredKeys: required });
      }
      case "array":
        return noisy
          ? fc.array(inner(schema.items ?? {}, property), { maxLength: Math.min(schema.maxItems ?? 4, 4) })
          : fc.uniqueArray(inner(schema.items ?? {}, property), {
              minLength: 1,
              maxLength: Math.min(schema.maxItems ?? 3, 3),
              selector: (v) => JSON.stringify(v),
            });
      case "integer":
      case "number":
        return fc.oneof(
          fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 1000, 10_000) }),
          fc.integer(),
          fc.double({ noNaN: true }),
        );
      case "boolean":
        return fc.boolean();
      case "string":
        return stringArbitrary(schema, ctx, noisy);
      default:
        return hostileValue;
    }
  })();
  return noise(shaped);
}

/** A query-string value for a documented parameter: shaped, hostile, or a comma list of either. */
export function queryValueArbitrary(schema: JsonSchema, ctx: ArbitraryContext): fc.Arbitrary<string> {
  const scalar = schemaArbitrary(schema, ctx).map((v) =>
    typeof v === "string" ? v : Array.isArray(v) ? v.join(",") : JSON.stringify(v),
  );
  return fc.oneof(
    scalar,
    hostileString,
    fc.array(scalar, { minLength: 2, maxLength: 4 }).map((a) => a.join(",")),
  );
}
