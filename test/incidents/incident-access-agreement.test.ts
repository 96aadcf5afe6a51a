import { beforeAll, describe, expect, it } from "vitest";
import type { Owner } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import { type AccessWorld, accessWorld, EXPECTED, type IncidentName } from "./incident-access-world";

/**
 * One access policy per resource (issue 10 item 3): every route that shows an incident, or counts or
 * lists it, must make the same visibility decision for the same caller. The per-incident routes are
 * enumerated from the OpenAPI document, so a new one fails here until it is classified.
 */

let t: TestApp;
let w: AccessWorld;
let condition: string;
beforeAll(async () => {
  // Exact counts for actors, so a stats total says whether the incident is in the caller's scope.
  t = await createTestApp({ env: { SUPPRESSION_K: "1" } });
  w = await accessWorld(t);
  condition = (await t.call("GET", "/v1/rulesets/who-2024")).json.conditions[0].id;
});

const GET_QUERY: Record<string, string> = {
  "/v1/incidents/{id}": "",
  "/v1/incidents/{id}/deadlines": "",
  "/v1/incidents/{id}/legal-facts": "",
  "/v1/incidents/{id}/obligations": "",
  "/v1/incidents/{id}/causality": "?ruleset=who-2024",
  "/v1/incidents/{id}/causality/explanation": "?ruleset=who-2024",
  "/v1/incidents/{id}/similar": "",
  "/v1/incidents/{id}/awareness": "",
  // Regulator only: actors are refused it by role (403), never by incident.
  "/v1/incidents/{id}/rulesets": "",
};
const POST_BODY: Record<string, () => unknown> = {
  "/v1/incidents/{id}/responses": () => ({ kind: "acknowledgement", text: "We are investigating." }),
  "/v1/incidents/{id}/reports": () => ({
    text: "Our report.",
    reporter: { role: "developer", anonymous: true },
  }),
  "/v1/incidents/{id}/rebuttals": () => ({ ruleset: "who-2024", condition_id: condition, statement: "No." }),
  // Between the incidents' occurred_at (10-13 May 2026) and the app clock (1 June 2026).
  "/v1/incidents/{id}/awareness": () => ({ aware_at: "2026-05-20T09:00:00Z" }),
};
/** Scoped by the reporter's receipt token, not by who the caller is: outside the policy by design. */
const RECEIPT_SCOPED = ["/v1/incidents/{id}/receipt", "/v1/incidents/{id}/receipt/additions"];
/**
 * Narrower than the incident by design: a regulatory report form is served only to the actor that owes
 * the report under the regime (403 for others in the chain, 409 where the regime does not apply), so
 * most callers who see the incident are refused it. It must never be wider: checked below, where the
 * incident is hidden it is 404 too.
 */
const OWED_REPORT_SCOPED = ["/v1/incidents/{id}/regulatory-reports/{regime}"];
const skipped = (path: string) => RECEIPT_SCOPED.includes(path) || OWED_REPORT_SCOPED.includes(path);

type Operation = { path: string; method: "get" | "post"; access: string[] };
async function incidentOperations(): Promise<Operation[]> {
  const doc = (await t.call("GET", "/openapi.json")).json;
  return Object.entries(doc.paths as Record<string, Record<string, { "x-access": string[] }>>)
    .filter(([path]) => path.startsWith("/v1/incidents/{id}"))
    .flatMap(([path, ops]) =>
      (["get", "post"] as const)
        .filter((m) => ops[m])
        .map((method) => ({ path, method, access: ops[method]?.["x-access"] ?? [] })),
    );
}

const visible = (res: { status: number; text: string }, ok: number, what: string) => {
  if (res.status === ok) return true;
  if (res.status === 404) return false;
  throw new Error(`${what}: unexpected ${res.status} ${res.text}`);
};
const oneDay = (day: string) => `occurred_from=2026-05-${day}&occurred_to=2026-05-${Number(day) + 1}`;

/** Every decision about one incident for one caller, named by where it was observed. */
async function decisions(as: Owner, name: IncidentName): Promise<Record<string, boolean>> {
  const inc = w.incidents[name];
  const out: Record<string, boolean> = {};
  for (const op of await incidentOperations()) {
    if (skipped(op.path)) continue;
    const url = op.path.replace("{id}", inc.id);
    if (!op.access.includes(as.role) && !op.access.includes("public")) {
      // A route this role may not call at all is refused by role, never by incident.
      expect(
        (await t.call(op.method.toUpperCase(), url, { as, ...(op.method === "post" ? { body: {} } : {}) }))
          .status,
        op.path,
      ).toBe(403);
      continue;
    }
    const res =
      op.method === "get"
        ? await t.call("GET", `${url}${GET_QUERY[op.path]}`, { as })
        : await t.call("POST", url, { as, body: POST_BODY[op.path]?.() });
    out[`${op.method.toUpperCase()} ${op.path}`] = visible(res, op.method === "get" ? 200 : 201, op.path);
  }
  const list = await t.call("GET", `/v1/incidents?mine=true&${oneDay(inc.day)}`, { as });
  out["GET /v1/incidents?mine=true"] = list.json.data.some((d: { id: string }) => d.id === inc.id);
  const stats = await t.call("GET", `/v1/incidents/stats?${oneDay(inc.day)}`, { as });
  out["GET /v1/incidents/stats"] = stats.json.cells[0].count === 1;
  // The regulator's "involves actor X" filter, in the list, the export and group_by=actor (which runs
  // the walk forwards rather than backwards), is the same rule.
  const filtered = await t.call("GET", `/v1/incidents?actor_id=${as.actorId}&${oneDay(inc.day)}`, {
    as: "regulator",
  });
  out["regulator list actor_id"] = filtered.json.data.some((d: { id: string }) => d.id === inc.id);
  const exported = await t.call(
    "GET",
    `/v1/incidents/export?format=ndjson&actor_id=${as.actorId}&${oneDay(inc.day)}`,
    { as: "regulator" },
  );
  out["regulator export actor_id"] = exported.text.includes(inc.id);
  const byActor = await t.call("GET", `/v1/incidents/stats?group_by=actor&${oneDay(inc.day)}`, {
    as: "regulator",
  });
  out["regulator stats group_by=actor"] = byActor.json.cells.some(
    (c: { by: Record<string, string>; count?: number }) => c.by.actor === as.actorId && c.count === 1,
  );
  return out;
}

const all = (keys: string[], value: boolean) => Object.fromEntries(keys.map((k) => [k, value]));

describe("every incident route makes the same visibility decision", () => {
  it("the per-incident routes are all classified", async () => {
    const ops = await incidentOperations();
    const known = (op: Operation) =>
      skipped(op.path) || op.path in (op.method === "get" ? GET_QUERY : POST_BODY);
    // Writes only the regulator or claim handlers may call are gated by role; the rest must be listed.
    const actorCallable = (op: Operation) =>
      op.method === "get" ||
      op.access.some((r) => ["developer", "provider", "deployer", "public"].includes(r));
    expect(ops.filter((op) => actorCallable(op) && !known(op)).map((op) => op.path)).toEqual([]);
  });

  const cases = Object.entries(EXPECTED).flatMap(([incident, involved]) =>
    (["baseDev", "fmDev", "otherFmDev", "appDev", "hospital", "stranger"] as const).map(
      (actor) => [incident as IncidentName, actor, involved.includes(actor)] as const,
    ),
  );
  it.each(cases)("%s, as %s: visible everywhere = %s", async (incident, actor, expected) => {
    const owner = w.actors[actor].owner();
    const got = await decisions(owner, incident);
    expect(Object.keys(got).length).toBeGreaterThanOrEqual(12);
    expect(got).toEqual(all(Object.keys(got), expected));
    if (!expected) {
      // The narrower routes are never wider than the incident: hidden incident, hidden report form.
      for (const path of OWED_REPORT_SCOPED) {
        for (const regime of ["eu-ai-act-art73", "eu-mdr-art87"]) {
          const url = path.replace("{id}", w.incidents[incident].id).replace("{regime}", regime);
          expect((await t.call("GET", url, { as: owner })).status, url).toBe(404);
        }
      }
    }
  });

  it("the bug case: F's developer, with F under A only at product level, is refused everywhere", async () => {
    const { pinsG } = w.incidents;
    const fmDev = w.actors.fmDev.owner();
    for (const path of ["", "/deadlines", "/causality?ruleset=who-2024", "/legal-facts"]) {
      const res = await t.call("GET", `/v1/incidents/${pinsG.id}${path}`, { as: fmDev });
      expect(res.status, path).toBe(404);
      expect(res.json.title).toMatch(/not found/i);
    }
    // By reference too: the reference is no way around the policy.
    expect((await t.call("GET", `/v1/incidents/${pinsG.reference}`, { as: fmDev })).status).toBe(404);
  });

  it("roles that see every incident see all four, the regulator with the full view", async () => {
    for (const name of Object.keys(EXPECTED) as IncidentName[]) {
      const id = w.incidents[name].id;
      const reg = await t.call("GET", `/v1/incidents/${id}`, { as: "regulator" });
      expect(reg.json.reports[0]).toHaveProperty("contact");
      for (const role of ["admin", "fund_admin"] as const) {
        const res = await t.call("GET", `/v1/incidents/${id}`, { as: role });
        expect(res.status).toBe(200);
        expect(res.json.reports[0]).not.toHaveProperty("contact");
      }
    }
    // Reporters follow their own report by receipt token; a reporter token reads no incident.
    expect((await t.call("GET", `/v1/incidents/${w.incidents.pinsF.id}`, { as: "reporter" })).status).toBe(
      403,
    );
  });
});
