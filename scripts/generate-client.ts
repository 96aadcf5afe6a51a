import { readFileSync, writeFileSync } from "node:fs";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { openApiDocument } from "./openapi-document";

/**
 * `npm run client:generate` writes clients/ts/schema.d.ts from the served /openapi.json;
 * `npm run client:check` (part of `npm test`) regenerates it in memory and fails if the committed
 * file differs, so the typed client can never drift from the API.
 */
const SCHEMA_FILE = "clients/ts/schema.d.ts";
const HEADER =
  "// Generated from GET /openapi.json by `npm run client:generate` (openapi-typescript). Do not edit.\n\n";

async function generate(): Promise<string> {
  // The document as served, types as the document says: a field with a default stays optional.
  const document = (await openApiDocument()) as OpenAPI3; // parsed JSON of a 3.1 document
  const ast = await openapiTS(document, { defaultNonNullable: false, alphabetize: false });
  return HEADER + astToString(ast);
}

function firstDifference(a: string, b: string): string {
  const left = a.split("\n");
  const right = b.split("\n");
  const line = left.findIndex((text, i) => text !== right[i]);
  const at = line === -1 ? left.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(left[at] ?? "")}, generated ${JSON.stringify(right[at] ?? "")}`;
}

const generated = await generate();
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(SCHEMA_FILE, "utf8");
  } catch {
    committed = "";
  }
  if (committed !== generated) {
    console.error(
      `${SCHEMA_FILE} is out of date with /openapi.json (${firstDifference(committed, generated)}).\n` +
        "Run `npm run client:generate` and commit the result.",
    );
    process.exitCode = 1;
  }
} else {
  writeFileSync(SCHEMA_FILE, generated);
  console.log(`wrote ${SCHEMA_FILE}`);
}
