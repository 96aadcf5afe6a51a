import { describe, expect, it } from "vitest";
import { type ChainSnapshot, incidentChain, productChain } from "../../src/modules/registry";

/** FM (fmDev) and FM2 (fm2Dev) ← App (appDev, provider prov); App v1 pins FM v1; hospital deploys v1. */
function world(patch: Partial<ChainSnapshot> = {}): ChainSnapshot {
  return {
    products: [
      { id: "fm", developer_actor_id: "fmDev", provider_actor_id: null },
      { id: "fm2", developer_actor_id: "fm2Dev", provider_actor_id: null },
      { id: "app", developer_actor_id: "appDev", provider_actor_id: "prov" },
    ],
    versions: [
      { id: "fm-v1", product_id: "fm", substantial_modification: false },
      { id: "app-v1", product_id: "app", substantial_modification: false },
    ],
    version_bases: [{ version_id: "app-v1", base_version_id: "fm-v1" }],
    lineage: [
      { product_id: "app", parent_product_id: "fm", relation: "integration" },
      { product_id: "app", parent_product_id: "fm2", relation: "integration" },
    ],
    deployments: [
      { id: "dep", product_id: "app", product_version_id: "app-v1", deployer_actor_id: "hospital" },
    ],
    ...patch,
  };
}
const summary = (m: ReturnType<typeof incidentChain>) =>
  m.map(
    (x) =>
      `${x.actor_id}:${x.role}${x.via_lineage ? `@${x.via_lineage.depth}/${x.via_lineage.level}` : ""}${x.acquired_by ? `+${x.acquired_by.rule_id}` : ""}`,
  );

describe("incident value chain", () => {
  it("follows the pinned base versions at the time of the harm, not every product ancestor", () => {
    const chain = incidentChain(world(), {
      product_id: null,
      product_version_id: null,
      deployment_id: "dep",
    });
    expect(summary(chain)).toEqual([
      "appDev:developer",
      "prov:provider",
      "hospital:deployer",
      "fmDev:developer@1/version",
      "fmDev:provider@1/version",
    ]);
  });

  it("falls back to product lineage when the version is unknown or pins nothing", () => {
    const byProduct = incidentChain(world(), {
      product_id: "app",
      product_version_id: null,
      deployment_id: null,
    });
    expect(summary(byProduct)).toContain("fm2Dev:developer@1/product");
    const unpinned = incidentChain(world({ version_bases: [] }), {
      product_id: "app",
      product_version_id: "app-v1",
      deployment_id: null,
    });
    expect(summary(unpinned)).toEqual(
      expect.arrayContaining(["fmDev:developer@1/product", "fm2Dev:developer@1/product"]),
    );
  });

  it("reaches models several levels up and survives a lineage cycle", () => {
    const s = world({
      products: [...world().products, { id: "base", developer_actor_id: "baseDev", provider_actor_id: null }],
      lineage: [
        ...world().lineage,
        { product_id: "fm", parent_product_id: "base", relation: "distillation" },
        { product_id: "base", parent_product_id: "app", relation: "plugin" },
      ],
    });
    const chain = incidentChain(s, { product_id: "app", product_version_id: null, deployment_id: null });
    expect(chain.find((m) => m.actor_id === "baseDev" && m.role === "developer")?.via_lineage?.depth).toBe(2);
    // FM is distilled from base, but its maker already holds both roles nominally: nothing is "acquired".
    expect(chain.some((m) => m.actor_id === "fmDev" && m.acquired_by?.rule_id === "distillation")).toBe(
      false,
    );
  });
});

describe("duties taken on by modifying a model (duty-transfers.json)", () => {
  it("a deployer that fine-tunes and provides the result takes on developer duties", () => {
    const s = world({
      products: [
        ...world().products,
        { id: "tuned", developer_actor_id: "fmDev", provider_actor_id: "hospital" },
      ],
      lineage: [{ product_id: "tuned", parent_product_id: "fm", relation: "fine_tune" }],
    });
    const chain = productChain(s, "tuned");
    const acquired = chain.find((m) => m.actor_id === "hospital" && m.role === "developer");
    expect(acquired?.acquired_by).toMatchObject({
      rule_id: "fine_tune",
      catalog: expect.arrayContaining(["DEPLOYER.can_become.DEVELOPER"]),
    });
    expect(chain.find((m) => m.actor_id === "fmDev" && m.role === "developer")?.acquired_by).toBeUndefined();
  });

  it("a substantially modified version gives its provider developer duties; a nominal role is never replaced", () => {
    const s = world({
      versions: [{ id: "app-v1", product_id: "app", substantial_modification: true }],
      version_bases: [],
    });
    const chain = incidentChain(s, { product_id: "app", product_version_id: "app-v1", deployment_id: null });
    expect(summary(chain)).toContain("prov:developer+substantial_modification");
    expect(summary(chain)).toContain("appDev:developer");
  });

  it("product chain lists every deployer of any version", () => {
    const s = world({
      deployments: [
        ...world().deployments,
        { id: "dep2", product_id: "app", product_version_id: "app-v1", deployer_actor_id: "clinic" },
      ],
    });
    expect(
      productChain(s, "app")
        .filter((m) => m.role === "deployer")
        .map((m) => m.actor_id),
    ).toEqual(["clinic", "hospital"]);
  });
});
