import { createActor, createDeployment, createProduct, createVersion } from "./factories";
import type { TestApp } from "./harness";
import { type SeedIncident, seedIncidents } from "./query-seed";

/**
 * A small value chain for query tests:
 *   foundation models F (by `lab`) and G (by `lab2`);
 *   app A (by `appCo`) builds on F, version A1 declares base version F1;
 *   app B (by `appCo`) builds on F and G at product level, but its version B1 was built on G1 only
 *   (version lineage at the time of the harm says G, not F); deployer `clinic` runs A1.
 */
export async function buildWorld(t: TestApp) {
  const lab = await createActor(t, { roles: ["developer", "provider"], name: "Lab" });
  const lab2 = await createActor(t, { roles: ["developer", "provider"], name: "Lab 2" });
  const appCo = await createActor(t, { roles: ["developer", "provider"], name: "AppCo" });
  const clinic = await createActor(t, { roles: ["deployer"], name: "Clinic" });
  const F = await createProduct(t, lab.owner("developer"), { name: "Model F" });
  const G = await createProduct(t, lab2.owner("developer"), { name: "Model G" });
  const F1 = await createVersion(t, lab.owner("developer"), F.id);
  const G1 = await createVersion(t, lab2.owner("developer"), G.id);
  const A = await createProduct(t, appCo.owner("developer"), {
    name: "App A",
    builds_on: [{ product_id: F.id, relation: "fine_tune" }],
  });
  const B = await createProduct(t, appCo.owner("developer"), {
    name: "App B",
    builds_on: [
      { product_id: F.id, relation: "integration" },
      { product_id: G.id, relation: "integration" },
    ],
  });
  const A1 = await createVersion(t, appCo.owner("developer"), A.id, { base_versions: [F1.id] });
  const B1 = await createVersion(t, appCo.owner("developer"), B.id, { base_versions: [G1.id] });
  const deployment = await createDeployment(t, clinic.owner("deployer"), A1.id);
  return { lab, lab2, appCo, clinic, F, G, F1, G1, A, B, A1, B1, deployment };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Seeds incidents and returns them with their ids, for brute-force expectations. */
export async function seedKnown(t: TestApp, items: SeedIncident[]) {
  const ids = await seedIncidents(t, items);
  return items.map((item, i) => ({ ...item, id: ids[i] as string }));
}

/** Follows next_cursor to the end and returns every id, in order. */
export async function allIds(
  t: TestApp,
  path: string,
  as: NonNullable<Parameters<TestApp["call"]>[2]>["as"] = "regulator",
) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const res = await t.call("GET", `${path}${sep}limit=500${cursor ? `&cursor=${cursor}` : ""}`, { as });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
    ids.push(...res.json.data.map((d: { id: string }) => d.id));
    cursor = res.json.next_cursor;
  } while (cursor);
  return ids;
}
