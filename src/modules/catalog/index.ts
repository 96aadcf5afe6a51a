/**
 * The catalog module's public surface: the WHO 2024 guidance catalog (principles, risks,
 * obligations, lifecycle stages, use areas) as seeded data, its routes, and the one check that a
 * request's catalog codes exist. Nothing else in the module is imported from outside.
 */
export { assertCatalogCodes, type CatalogVocabulary } from "./codes";
export { catalogRoutes } from "./routes";
export { obligationActors, obligations, riskObligations, risks, useAreas } from "./schema";
export { catalog, seedCatalog } from "./seed";
