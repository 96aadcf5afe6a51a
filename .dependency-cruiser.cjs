/**
 * Layer boundaries, checked in `npm test` (test/unit/boundaries.test.ts; also `npm run -s lint:deps`).
 * Dependencies run one way: composition (app, deps, config, routes, schema, node, worker, seed) →
 * modules core, web → compensation → liability → incidents → registry → catalog → platform. Modules meet only through
 * their index.ts; each module's domain/ is pure; the platform knows no domain. src/domain/ holds pure
 * rules shared by modules (the law applicability engine), itself bound by domain-is-pure. See README "Layout".
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "platform-knows-no-domain",
      comment:
        "src/platform is the plumbing every module uses (http, auth, db, audit chain, crypto, log, idempotency); it may import " +
        "only itself, packages, and the composition's Deps/Config types.",
      severity: "error",
      from: { path: "^src/platform/" },
      to: {
        path: "^src/",
        pathNot: ["^src/platform/", "^src/(deps|config)\\.ts$"],
      },
    },
    {
      name: "platform-uses-composition-types-only",
      comment: "The platform may name the Deps/Config types, never import the composition's values.",
      severity: "error",
      from: { path: "^src/platform/" },
      to: { path: "^src/(deps|config)\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "domain-is-pure",
      comment:
        "src/domain holds pure rules: no HTTP, no database, no platform code (the role vocabulary excepted), no routes.",
      severity: "error",
      from: { path: "^src/(domain|modules/[^/]+/domain)/" },
      to: {
        pathNot: [
          "^src/domain/",
          "^src/modules/[^/]+/domain/",
          "^src/platform/auth/roles\\.ts$",
          "\\.json$",
          "node_modules/(zod|canonicalize)/",
        ],
      },
    },
    {
      name: "domain-uses-no-io-packages",
      severity: "error",
      from: { path: "^src/(domain|modules/[^/]+/domain)/" },
      to: { path: "node_modules/(hono|@hono|drizzle-orm|@libsql|jose)/" },
    },
    {
      name: "route-files-never-import-route-files",
      comment:
        "A route folder (src/modules/<m>/routes/<r>/) holds thin handlers; what two folders share (access " +
        "policy, filters, schemas, services) lives beside routes/, not inside another route folder.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/routes/([^/]+)/" },
      to: { path: "^src/modules/$1/routes/", pathNot: ["^src/modules/$1/routes/$2/"] },
    },
    {
      name: "routes-are-thin",
      comment:
        "Route handlers validate, call a service or query, and shape the view: SQL and audited write batches " +
        "live in the module's services/ and queries/.",
      severity: "error",
      from: { path: "^src/modules/[^/]+/routes/" },
      to: {
        path: ["node_modules/drizzle-orm/", "^src/platform/db/(commit|client|keyset|by-id|chunks)\\.ts$"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "modules-use-composition-types-only",
      comment:
        "A module may name the Deps/Config types; the values are wired by the composition (app, deps).",
      severity: "error",
      from: { path: "^src/modules/" },
      to: { path: "^src/(deps|config|app|routes|schema)\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "module-through-index",
      comment:
        "A module (src/modules/<name>/) is used only through its index.ts. The one exception is table " +
        "definitions: the drizzle schema aggregate src/schema.ts (which drizzle-kit reads) imports each " +
        "module's schema.ts, which holds tables only.",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/modules/"] },
      to: {
        path: "^src/modules/[^/]+/.+",
        pathNot: ["^src/modules/[^/]+/index\\.tsx?$", "^src/modules/[^/]+/schema\\.ts$"],
      },
    },
    {
      name: "module-schema-only-for-tables",
      comment: "Outside the modules, only the schema aggregate src/schema.ts reads a module's schema.ts.",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/modules/", "^src/schema\\.ts$"] },
      to: { path: "^src/modules/[^/]+/schema\\.ts$" },
    },
    {
      name: "module-internals-stay-inside",
      comment:
        "Inside a module, files reach each other freely, but another module only through its index.ts.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/", pathNot: ["^src/modules/[^/]+/schema\\.ts$"] },
      to: {
        path: "^src/modules/([^/]+)/.+",
        pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.tsx?$"],
      },
    },
    {
      name: "schema-references-schema-only",
      comment:
        "A module's schema.ts may reference another module's tables (foreign keys), and nothing else of it.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/schema\\.ts$" },
      to: {
        path: "^src/modules/([^/]+)/.+",
        pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/schema\\.ts$"],
      },
    },
    {
      name: "catalog-depends-on-platform-only",
      comment: "The catalog is the bottom module: it needs the platform and nothing of the registry's own.",
      severity: "error",
      from: { path: "^src/modules/catalog/" },
      to: { path: "^src/", pathNot: ["^src/modules/catalog/", "^src/platform/", "^src/(deps|config)\\.ts$"] },
    },
    {
      name: "registry-depends-on-catalog-and-platform",
      comment:
        "Dependencies run one way (liability → incidents → registry → catalog → platform): the registry knows " +
        "no incident or liability code; what it shows of them (a product's incident counts) is injected.",
      severity: "error",
      from: { path: "^src/modules/registry/" },
      to: {
        path: "^src/",
        pathNot: ["^src/modules/(registry|catalog)/", "^src/platform/", "^src/(deps|config)\\.ts$"],
      },
    },
    {
      name: "incidents-depends-on-registry-catalog-platform",
      comment:
        "Incidents know the registry (what was harmed, by whose product) but no liability code: what an " +
        "export shows of a causality assessment is injected (deps.frozenAssessments).",
      severity: "error",
      from: { path: "^src/modules/incidents/" },
      to: {
        path: "^src/",
        pathNot: [
          "^src/modules/(incidents|registry|catalog)/",
          "^src/domain/",
          "^src/platform/",
          "^src/(deps|config)\\.ts$",
        ],
      },
    },
    {
      name: "liability-depends-on-incidents-registry-catalog-platform",
      comment:
        "Liability sits on top of the domain modules: it reads incidents, the registry and the catalog.",
      severity: "error",
      from: { path: "^src/modules/liability/" },
      to: {
        path: "^src/",
        pathNot: [
          "^src/modules/(liability|incidents|registry|catalog)/",
          "^src/domain/",
          "^src/platform/",
          "^src/(deps|config)\\.ts$",
        ],
      },
    },
    {
      name: "compensation-depends-on-liability-incidents-registry-catalog-platform",
      comment:
        "No-fault compensation sits on top of liability: claims rest on incidents, recourse on frozen assessments.",
      severity: "error",
      from: { path: "^src/modules/compensation/" },
      to: {
        path: "^src/",
        pathNot: [
          "^src/modules/(compensation|liability|incidents|registry|catalog)/",
          "^src/domain/",
          "^src/platform/",
          "^src/(deps|config)\\.ts$",
        ],
      },
    },
    {
      name: "no-circular",
      comment: "Type-only cycles (a type named back) are harmless; a value cycle makes import order matter.",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".json"] },
  },
};
