import { describe, expect, it } from "vitest";
import { API_TAGS } from "../../src/platform/http/openapi-tags";
import { createActor, createProduct } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";

/** The served document is what clients are generated from: these are the properties tools rely on. */
type Doc = {
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, any> };
} & Record<string, any>;

async function documentOf(t: TestApp): Promise<Doc> {
  const res = await t.call("GET", "/openapi.json");
  expect(res.status).toBe(200);
  return res.json;
}

const operations = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method,
      path,
      op,
      name: `${method.toUpperCase()} ${path}`,
    })),
  );

const resolve = (doc: Doc, schema: any) =>
  schema?.$ref ? doc.components.schemas[String(schema.$ref).split("/").pop() as string] : schema;

/** Every (schema, property) pair reachable from a request body, following $refs once each. */
function requestProperties(
  doc: Doc,
  schema: any,
  seen = new Set<any>(),
): { owner: any; name: string; prop: any }[] {
  const s = resolve(doc, schema);
  if (!s || typeof s !== "object" || seen.has(s)) return [];
  seen.add(s);
  const own = Object.entries(s.properties ?? {}).map(([name, prop]) => ({ owner: s, name, prop }));
  const nested = [
    ...Object.values(s.properties ?? {}),
    ...[s.items, s.additionalProperties].filter((x) => typeof x === "object"),
    ...(s.anyOf ?? []),
    ...(s.oneOf ?? []),
    ...(s.allOf ?? []),
  ];
  return [...own, ...nested.flatMap((child) => requestProperties(doc, child, seen))];
}

describe("OpenAPI document", () => {
  it("names every operation with a unique verbNoun operationId and one declared module tag", async () => {
    const t = await createTestApp();
    const doc = await documentOf(t);
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(50);
    const ids = ops.map(({ op }) => op.operationId);
    for (const { op, name } of ops) {
      expect(op.operationId, name).toMatch(/^[a-z]+(?:[A-Z][a-z0-9]*)+$/);
      expect(op.tags, name).toHaveLength(1);
      expect(
        API_TAGS.map((tag) => tag.name),
        name,
      ).toContain(op.tags[0]);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.tags.map((tag: any) => tag.name)).toEqual(API_TAGS.map((tag) => tag.name));
    for (const tag of doc.tags) expect(tag.description, tag.name).toBeTruthy();
    // Every module tag is used, so none is a leftover.
    expect(new Set(ops.map(({ op }) => op.tags[0]))).toEqual(new Set(API_TAGS.map((tag) => tag.name)));
    const byId = Object.fromEntries(ops.map(({ op, name }) => [op.operationId, name]));
    expect(byId).toMatchObject({
      fileIncident: "POST /v1/incidents",
      listIncidents: "GET /v1/incidents",
      getIncident: "GET /v1/incidents/{id}",
      createProduct: "POST /v1/products",
      getCausality: "GET /v1/incidents/{id}/causality",
    });
  });

  it("declares servers and a license", async () => {
    const doc = await documentOf(await createTestApp());
    expect(doc.servers).toEqual([{ url: "/", description: expect.any(String) }]);
    expect(doc.info.license).toEqual({ name: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
  });

  it("documents patterns as plain regexes, and the registration-number one matches real numbers", async () => {
    const t = await createTestApp();
    const doc = await documentOf(t);
    const patterns = [...JSON.stringify(doc).matchAll(/"pattern":("(?:[^"\\]|\\.)*")/g)].map(
      (m) => JSON.parse(m[1] as string) as string,
    );
    expect(patterns.length).toBeGreaterThan(5);
    for (const pattern of patterns) {
      expect(pattern, pattern).toMatch(/\$$/); // anchored, no trailing `/i`-style flag
      expect(() => new RegExp(pattern, "u")).not.toThrow();
    }
    const created = await createProduct(t, (await createActor(t)).owner("developer"));
    const field = doc.components.schemas.IncidentCreate.properties.registration_number;
    expect(new RegExp(field.pattern, "u").test(created.registration_number)).toBe(true);
  });

  it("keeps every request field and parameter with a default optional", async () => {
    const doc = await documentOf(await createTestApp());
    let defaults = 0;
    for (const { op, name } of operations(doc)) {
      for (const parameter of op.parameters ?? []) {
        if (resolve(doc, parameter.schema)?.default === undefined) continue;
        defaults += 1;
        expect(parameter.required ?? false, `${name} ${parameter.name}`).toBe(false);
      }
      const body = op.requestBody?.content?.["application/json"]?.schema;
      for (const { owner, name: field, prop } of requestProperties(doc, body)) {
        if (resolve(doc, prop)?.default === undefined) continue;
        defaults += 1;
        expect(owner.required ?? [], `${name} body field ${field}`).not.toContain(field);
      }
    }
    expect(defaults).toBeGreaterThan(10); // the walk does reach the defaulted fields
  });

  it("documents 429 on exactly the operations the anonymous rate limiter refuses", async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_ANON_WRITES: "1", RATE_LIMIT_RECEIPT_LOOKUPS: "1" } });
    const doc = await documentOf(t);
    const documented = new Set<string>();
    const refused = new Set<string>();
    for (const { method, path, op, name } of operations(doc)) {
      if (op.responses["429"]) documented.add(name);
      const url = path.replace(/\{[^}]+\}/g, "01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d");
      // Twice each, anonymously: with a limit of 1 the second call of any limited route is refused.
      for (let i = 0; i < 2; i += 1) {
        const res = await t.call(method.toUpperCase(), url, { body: op.requestBody ? {} : undefined });
        if (res.status === 429) refused.add(name);
      }
    }
    expect([...documented].sort()).toEqual([
      "GET /v1/claims/{id}",
      "GET /v1/claims/{id}/eligibility",
      "GET /v1/incidents/{id}/receipt",
      "POST /v1/claims",
      "POST /v1/claims/{id}/appeals",
      "POST /v1/incidents",
      "POST /v1/incidents/{id}/receipt/additions",
      "POST /v1/incidents/{id}/reports",
    ]);
    expect([...refused].sort()).toEqual([...documented].sort());
  });
});
