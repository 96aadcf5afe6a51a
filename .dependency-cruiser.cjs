/**
 * Layer boundaries, checked in `npm test` (`npm run -s lint:deps`). Dependencies run one way:
 * entries/composition (app, deps, config, node, worker) → routes, web → db queries, audit → domain → platform.
 * The platform knows no domain; the pure domain knows no I/O. See README "Layout".
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
      name: "db-knows-no-http-routes",
      comment: "Queries and stored-state code below the routes never reach up into routes or pages.",
      severity: "error",
      from: { path: "^src/(db|audit)/" },
      to: { path: "^src/(routes|web)/" },
    },
    {
      name: "no-route-registration-imports",
      comment: "A route folder's index.ts registers routes; no other route folder may import it.",
      severity: "error",
      from: { path: "^src/routes/([^/]+)/" },
      to: { path: "^src/routes/([^/]+)/index\\.ts$", pathNot: "^src/routes/$1/" },
    },
    {
      name: "module-through-index",
      comment:
        "A module (src/modules/<name>/) is used only through its index.ts. The one exception is table " +
        "definitions: the drizzle schema files in src/db/schema/ (foreign keys, and the aggregate drizzle-kit " +
        "reads) may import a module's schema.ts, which holds tables only.",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/modules/"] },
      to: {
        path: "^src/modules/[^/]+/.+",
        pathNot: ["^src/modules/[^/]+/index\\.ts$", "^src/modules/[^/]+/schema\\.ts$"],
      },
    },
    {
      name: "module-schema-only-for-tables",
      comment: "Only drizzle schema files may read a module's schema.ts directly.",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/modules/", "^src/db/schema/"] },
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
        pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.ts$"],
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
        pathNot: ["^src/modules/(incidents|registry|catalog)/", "^src/platform/", "^src/(deps|config)\\.ts$"],
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
