import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createActor,
  createDeployment,
  createProduct,
  createVersion,
  fileIncident,
} from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { allIds } from "../helpers/query-world";

/**
 * The SQL form of the value-chain walk (list scope, actor_id and foundation_model_id filters, and
 * group_by actor / foundation_model) against the per-incident access policy, on random registries:
 * lineage DAGs, versions pinning random ancestor versions (or nothing), deployments, providers.
 * Mixed paths (a pinned base version that pins nothing, so its product lineage takes over) arise here
 * that no hand-written case lists.
 */

const PRODUCTS = 6;
const MAKERS = 3;
const product = fc.record({
  developer: fc.nat(MAKERS - 1),
  provider: fc.option(fc.nat(MAKERS - 1), { nil: undefined }),
  parents: fc.uniqueArray(fc.nat(PRODUCTS - 1), { maxLength: 2 }),
  versions: fc.array(fc.array(fc.nat(20), { maxLength: 2 }), { maxLength: 2 }),
});
const incident = fc.record({
  product: fc.nat(PRODUCTS - 1),
  version: fc.option(fc.nat(1), { nil: undefined }),
  deployed: fc.boolean(),
});
const world = fc.record({
  products: fc.array(product, { minLength: PRODUCTS, maxLength: PRODUCTS }),
  incidents: fc.array(incident, { minLength: 1, maxLength: 6 }),
});
type WorldSpec = typeof world extends fc.Arbitrary<infer W> ? W : never;

async function build(spec: WorldSpec) {
  const t = await createTestApp();
  const makers = [];
  for (let i = 0; i < MAKERS; i++) makers.push(await createActor(t, { roles: ["developer", "provider"] }));
  const deployer = await createActor(t, { roles: ["deployer"] });
  const ancestors: Set<number>[] = [];
  const products: { id: string; versions: string[]; foundationModel: boolean }[] = [];
  for (const [i, p] of spec.products.entries()) {
    const parents = p.parents.filter((j) => j < i);
    ancestors.push(new Set(parents.flatMap((j) => [j, ...(ancestors[j] ?? [])])));
    const row = await createProduct(t, makers[p.developer]!.owner("developer"), {
      kind: parents.length ? "application" : "foundation_model",
      ...(p.provider !== undefined ? { provider_actor_id: makers[p.provider]!.id } : {}),
      ...(parents.length
        ? { builds_on: parents.map((j) => ({ product_id: products[j]!.id, relation: "integration" })) }
        : {}),
    });
    // Pins: picks among the versions of the product's ancestors (none when it has none).
    const pinnable = [...(ancestors[i] ?? [])].flatMap((j) => products[j]!.versions);
    const versions: string[] = [];
    for (const picks of p.versions) {
      const bases = [
        ...new Set(picks.filter(() => pinnable.length > 0).map((k) => pinnable[k % pinnable.length]!)),
      ];
      versions.push(
        (await createVersion(t, makers[p.developer]!.owner("developer"), row.id, { base_versions: bases }))
          .id,
      );
    }
    products.push({ id: row.id, versions, foundationModel: parents.length === 0 });
  }
  const incidents: string[] = [];
  for (const [n, inc] of spec.incidents.entries()) {
    const p = products[inc.product]!;
    const version =
      inc.version !== undefined ? p.versions[inc.version % Math.max(p.versions.length, 1)] : undefined;
    const refs = version
      ? inc.deployed
        ? { deployment_id: (await createDeployment(t, deployer.owner("deployer"), version)).id }
        : { product_version_id: version }
      : { product_id: p.id };
    incidents.push((await fileIncident(t, { ...refs, occurred_at: `2026-05-${10 + n}T10:00:00.000Z` })).id);
  }
  return { t, actors: [...makers, deployer], products, incidents };
}

describe("the SQL value-chain walk agrees with the per-incident policy", () => {
  it("on random registries, for every actor and foundation model", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(world, async (spec) => {
        const { t, actors, products, incidents } = await build(spec);
        const day = (n: number) => `occurred_from=2026-05-${10 + n}&occurred_to=2026-05-${11 + n}`;
        const cells = async (n: number, by: string) =>
          (
            await t.call("GET", `/v1/incidents/stats?group_by=${by}&${day(n)}`, { as: "regulator" })
          ).json.cells
            .filter((c: { by: Record<string, string>; count?: number }) => c.count === 1)
            .map((c: { by: Record<string, string> }) => c.by[by]);
        const byActor = await Promise.all(incidents.map((_, n) => cells(n, "actor")));
        const byModel = await Promise.all(incidents.map((_, n) => cells(n, "foundation_model")));
        // Unfiltered, the same counts come from the per-start rollup (issue 14): one figure per value.
        const totals = async (by: string) =>
          new Map<string, number>(
            (await t.call("GET", `/v1/incidents/stats?group_by=${by}`, { as: "regulator" })).json.cells
              .filter((c: { by: Record<string, string | null> }) => c.by[by] !== null)
              .map((c: { by: Record<string, string>; count: number }) => [c.by[by], c.count]),
          );
        const actorTotals = await totals("actor");
        const modelTotals = await totals("foundation_model");
        for (const actor of actors) {
          const as = actor.owner();
          const policy: string[] = [];
          for (const id of incidents) {
            const status = (await t.call("GET", `/v1/incidents/${id}`, { as })).status;
            expect([200, 404]).toContain(status);
            if (status === 200) policy.push(id);
          }
          const sorted = (ids: string[]) => [...ids].sort();
          expect(sorted(await allIds(t, "/v1/incidents?mine=true", as))).toEqual(sorted(policy));
          expect(sorted(await allIds(t, `/v1/incidents?actor_id=${actor.id}`))).toEqual(sorted(policy));
          expect(sorted(incidents.filter((_, n) => byActor[n]?.includes(actor.id)))).toEqual(sorted(policy));
          expect(actorTotals.get(actor.id) ?? 0).toBe(policy.length);
        }
        // group_by counts products of kind foundation_model; the filter takes any product id.
        for (const { id: fm } of products.filter((p) => p.foundationModel)) {
          const filtered = await allIds(t, `/v1/incidents?foundation_model_id=${fm}`);
          const grouped = incidents.filter((_, n) => byModel[n]?.includes(fm));
          expect([...filtered].sort()).toEqual([...grouped].sort());
          expect(modelTotals.get(fm) ?? 0).toBe(grouped.length);
        }
        await t.close();
      }),
      { numRuns: 8, seed: 20261001 },
    );
  });
});
