import { renameSync, rmSync } from "node:fs";
import { type Client, createClient, type InStatement } from "@libsql/client";
import { seedCatalog } from "../src/modules/catalog";
import { openNodeDb } from "../src/platform/db/node-client";
import {
  ACTORS,
  actorId as aid,
  BENCH_N,
  dataExists,
  dataPath,
  FOUNDATION_MODELS,
  PRODUCTS,
  productId as pid,
} from "./lib/dataset";
import { lcg, type Rand, timeOrderedId, weighted, zipf } from "./lib/random";
import { narrative, TOPIC_COUNT } from "./lib/texts";

/**
 * `npm run bench:data` (BENCH_N=1000000 by default): the benchmark's registry, generated once into
 * bench/data/incidents-<N>.db. The schema is the app's own (openNodeDb runs the migrations, so the FTS
 * triggers index every description); rows are what filing would store, inserted as multi-row INSERTs
 * in large transactions through @libsql/client, because 1M filings through the API would take hours.
 * Not generated: audit entries and seals (audit_seq/audit_sha256 stay null). Reads never verify seals
 * (only GET /v1/audit/verify does), so every benchmarked read sees what it would see on real data.
 * Deterministic (seeded), so two runs of the same N measure the same rows.
 */
const N = BENCH_N;
const ROWS_PER_INSERT = 400; // × 24 columns stays far below SQLite's 32,766 bound parameters
const INSERTS_PER_TX = 50; // 20k incidents per transaction
const START = Date.UTC(2024, 0, 1);
const SPAN_MS = 2 * 365 * 86_400_000;

const COUNTRIES =
  "US,DE,FR,IN,BR,GB,KE,NG,JP,CN,ES,IT,NL,SE,PL,ZA,MX,CA,AU,EG,ID,PK,BD,PH,VN,TR,AR,CO,GH,TZ".split(",");
const RISKS = [
  "R_FALSE_INFO",
  "R_AUTOMATION_BIAS",
  "R_BIAS",
  "R_PRIVACY",
  "R_CHILD_SAFETY",
  "R_OPACITY",
  "R_TOXIC_CONTENT",
  "R_CONTEXTUAL_BIAS",
  "R_POOR_DATA_QUALITY",
  "R_MANIPULATION",
  "R_ANTHROPOMORPHISM",
  "R_INFORMED_CONSENT",
  "R_UNPREDICTABILITY",
  "R_CYBERSECURITY",
  "R_DISABILITY_BIAS",
  "R_PROMPT_INCONSISTENCY",
  "R_OVERESTIMATION",
  "R_SKILLS_DEGRADATION",
  "R_REDRESS_GAP",
  "R_CARE_OUTSIDE_HEALTH_SYSTEM",
];
const SETTINGS = [
  "consumer_app",
  "hospital",
  "telehealth",
  "primary_care",
  "pharmacy",
  "home_care",
  "long_term_care",
  "public_health",
  "research",
  "other",
];
const USE_AREAS = [
  "U_PATIENT_GUIDED",
  "U_DIAGNOSIS_CLINICAL_CARE",
  "U_CLERICAL_ADMIN",
  "U_MEDICAL_NURSING_EDUCATION",
  "U_RESEARCH_DRUG_DEVELOPMENT",
  "U_PUBLIC_HEALTH_POLICY",
];
const SEVERITIES = ["none", "mild", "moderate", "severe", "life_threatening", "fatal"] as const;
const EVENT_FOR: Record<(typeof SEVERITIES)[number], string[]> = {
  none: ["near_miss", "malfunction"],
  mild: ["injury", "malfunction", "near_miss"],
  moderate: ["injury", "malfunction"],
  severe: ["serious_injury", "injury"],
  life_threatening: ["serious_injury"],
  fatal: ["death"],
};
const OUTCOME_FOR: Record<(typeof SEVERITIES)[number], string[]> = {
  none: ["recovered", "unknown"],
  mild: ["recovered", "recovering", "unknown"],
  moderate: ["recovered", "recovering", "recovered_with_sequelae", "unknown"],
  severe: ["recovering", "not_recovered", "recovered_with_sequelae", "unknown"],
  life_threatening: ["recovering", "not_recovered", "recovered_with_sequelae"],
  fatal: ["fatal"],
};
const AGE_BANDS = ["0-1", "2-11", "12-17", "18-29", "30-44", "45-64", "65-74", "75+", "unknown", null];
const COLUMNS = [
  "id",
  "reference",
  "status",
  "closure",
  "product_id",
  "product_name_text",
  "occurred_at",
  "aware_at",
  "received_at",
  "country",
  "setting",
  "use_area",
  "description",
  "event_type",
  "severity",
  "severity_rank",
  "outcome",
  "age_band",
  "sex",
  "language",
  "disability",
  "product_matched_at",
  "merged_into_id",
  "updated_at",
];

type Value = string | number | null;

function multiInsert(table: string, columns: string[], rows: Value[][]): InStatement {
  const tuple = `(${columns.map(() => "?").join(",")})`;
  return {
    sql: `insert into ${table} (${columns.join(",")}) values ${rows.map(() => tuple).join(",")}`,
    args: rows.flat(),
  };
}

async function insertChunked(client: Client, table: string, columns: string[], rows: Value[][]) {
  const statements: InStatement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    statements.push(multiInsert(table, columns, rows.slice(i, i + ROWS_PER_INSERT)));
  await client.batch(statements, "write");
}

/** 1,000 actors; 5,000 products: 50 foundation models, apps on them (Zipf), some apps fine-tuned on apps. */
async function registry(client: Client, rand: Rand) {
  const at = new Date(START - 86_400_000).toISOString();
  await insertChunked(
    client,
    "actors",
    ["id", "name", "roles", "country", "contact_email", "identifiers", "created_at"],
    Array.from({ length: ACTORS }, (_, i) => [
      aid(i),
      `Bench actor ${i}`,
      JSON.stringify(i % 3 === 2 ? ["deployer"] : ["developer", "provider"]),
      COUNTRIES[i % COUNTRIES.length] as string,
      `a${i}@bench.example`,
      "{}",
      at,
    ]),
  );
  const developer = zipf(
    rand,
    Array.from({ length: ACTORS }, (_, i) => i),
  );
  const products: Value[][] = [];
  const lineage: Value[][] = [];
  const foundation = zipf(
    rand,
    Array.from({ length: FOUNDATION_MODELS }, (_, i) => i),
    1.2,
  );
  for (let i = 0; i < PRODUCTS; i++) {
    const fm = i < FOUNDATION_MODELS;
    products.push([
      pid(i),
      `LMMR-2023-${String(100000 + i)}`,
      fm ? `Foundation model ${i}` : `Bench app ${i}`,
      fm ? "foundation_model" : "application",
      "bench",
      JSON.stringify([USE_AREAS[i % USE_AREAS.length]]),
      JSON.stringify(["text"]),
      JSON.stringify(["en", "fr"]),
      aid(developer()),
      null,
      "LC_DEPLOYED",
      at,
    ]);
    if (fm) continue;
    lineage.push([pid(i), pid(foundation()), "fine_tune", at]);
    // One app in ten is built on an earlier app, so foundation-model filters walk two levels.
    if (i > 2 * FOUNDATION_MODELS && rand() < 0.1)
      lineage.push([
        pid(i),
        pid(FOUNDATION_MODELS + Math.floor(rand() * (i - FOUNDATION_MODELS))),
        "integration",
        at,
      ]);
  }
  await insertChunked(
    client,
    "products",
    [
      "id",
      "registration_number",
      "name",
      "kind",
      "intended_purpose",
      "use_areas",
      "modalities",
      "languages",
      "developer_actor_id",
      "provider_actor_id",
      "stage",
      "registered_at",
    ],
    products,
  );
  const unique = [...new Map(lineage.map((l) => [`${l[0]}|${l[1]}`, l])).values()];
  await insertChunked(
    client,
    "product_lineage",
    ["product_id", "parent_product_id", "relation", "created_at"],
    unique,
  );
}

function incidents(rand: Rand, from: number, count: number) {
  const product = zipf(
    rand,
    Array.from({ length: PRODUCTS - FOUNDATION_MODELS }, (_, i) => i + FOUNDATION_MODELS),
    1.05,
  );
  const country = zipf(rand, COUNTRIES, 1.0);
  const risk = zipf(rand, RISKS, 1.0);
  const topic = zipf(
    rand,
    Array.from({ length: TOPIC_COUNT * 3 }, (_, i) => i),
    0.9,
  );
  const severity = weighted(rand, [
    [0, 10],
    [1, 35],
    [2, 30],
    [3, 15],
    [4, 7],
    [5, 3],
  ] as const);
  const status = weighted(rand, [
    ["received", 15],
    ["triaged", 20],
    ["under_investigation", 15],
    ["closed", 50],
  ] as const);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const rows: Value[][] = [];
  const risks: Value[][] = [];
  for (let i = from; i < from + count; i++) {
    const received = START + Math.floor((i / N) * SPAN_MS);
    const occurred = received - Math.floor(rand() * 30 * 86_400_000);
    const rank = severity();
    const sev = SEVERITIES[rank] as (typeof SEVERITIES)[number];
    const id = timeOrderedId(received, i);
    const s = status();
    const merged = i > 1000 && rand() < 0.01;
    const matched = rand() < 0.85;
    const text = narrative(rand, topic, i);
    const receivedAt = new Date(received).toISOString();
    rows.push([
      id,
      `INC-${new Date(received).getUTCFullYear()}-${String(i + 1).padStart(7, "0")}`,
      merged ? "closed" : s,
      merged ? "duplicate" : s === "closed" ? pick(["confirmed", "not_confirmed", "out_of_scope"]) : null,
      matched ? pid(product()) : null,
      matched ? null : `Unregistered tool ${Math.floor(rand() * 300)}`,
      new Date(occurred).toISOString(),
      rand() < 0.5 ? new Date(occurred + 3_600_000).toISOString() : null,
      receivedAt,
      country(),
      pick(SETTINGS),
      pick(USE_AREAS),
      text.text,
      pick(EVENT_FOR[sev]),
      sev,
      rank,
      pick(OUTCOME_FOR[sev]),
      pick(AGE_BANDS),
      pick(["female", "male", "intersex", "unknown", null]),
      rand() < 0.8 ? text.language : null,
      pick(["yes", "no", "unknown", null]),
      matched ? receivedAt : null,
      merged ? timeOrderedId(START + Math.floor(((i - 500) / N) * SPAN_MS), i - 500) : null,
      receivedAt,
    ]);
    const codes = new Set([risk()]);
    if (rand() < 0.4) codes.add(risk());
    if (rand() < 0.15) codes.add(risk());
    for (const code of codes) risks.push([id, code]);
  }
  return { rows, risks };
}

async function main() {
  if (dataExists() && !process.env.BENCH_FRESH) {
    console.log(`${dataPath()} exists (BENCH_FRESH=1 regenerates it)`);
    return;
  }
  const t0 = performance.now();
  const partial = `${dataPath()}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const opened = await openNodeDb(`file:${partial}`);
  await seedCatalog(opened.db);
  opened.close();
  const client = createClient({ url: `file:${partial}` });
  // Bulk load only: a crash here loses nothing that matters (the .partial file is discarded).
  await client.execute("pragma synchronous = off");
  const rand = lcg(42);
  await registry(client, rand);
  const perTx = ROWS_PER_INSERT * INSERTS_PER_TX;
  for (let done = 0; done < N; done += perTx) {
    const { rows, risks } = incidents(rand, done, Math.min(perTx, N - done));
    const statements: InStatement[] = [];
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
      statements.push(multiInsert("incidents", COLUMNS, rows.slice(i, i + ROWS_PER_INSERT)));
    for (let i = 0; i < risks.length; i += 1000)
      statements.push(multiInsert("incident_risks", ["incident_id", "risk_code"], risks.slice(i, i + 1000)));
    await client.batch(statements, "write");
    if ((done + perTx) % 100_000 === 0)
      console.log(`  ${done + perTx} incidents, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  await client.execute("pragma wal_checkpoint(truncate)");
  client.close();
  rmSync(dataPath(), { force: true });
  renameSync(partial, dataPath());
  for (const f of [`${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  console.log(
    `generated ${N} incidents into ${dataPath()} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

await main();
