/**
 * The registry module's public surface: actors, products (versions, lineage, lifecycle, disclosures)
 * and deployments, their routes, and the value chain of a product or of a harm (who developed,
 * provided and deployed what the harming version was built on). Nothing else in the module is
 * imported from outside; only the drizzle schema aggregate reads ./schema directly.
 */

export { actorRoles } from "./actor-roles";
export type { MarketEntry, RegulatoryProfile } from "./domain/regulatory-profile";
export {
  CHAIN_ROLES,
  type ChainMember,
  type ChainRole,
  type ChainSnapshot,
  incidentChain,
  MAX_CHAIN_DEPTH,
  productChain,
} from "./domain/value-chain";
export { walkLineage } from "./lineage";
export { type ActorRow, loadActor } from "./queries/actors";
export { isProductOwner, loadProduct } from "./queries/products";
export { actorRelationRoutes } from "./routes/actor-relations";
export { actorRoutes } from "./routes/actors";
export { deploymentRoutes } from "./routes/deployments";
export { productRoutes } from "./routes/products";
export {
  IdOrNumberParam,
  type ProductIncidentCounts,
  type ProductIncidentCountsOf,
} from "./routes/products/schemas";
export { regulatoryFactRoutes } from "./routes/regulatory-facts";
export {
  actors,
  deployments,
  disclosures,
  productLineage,
  products,
  productVersions,
  stageTransitions,
  versionBases,
} from "./schema";
export { relationsOf } from "./services/actor-relations";
export { ACTOR_RELATION_SEAL, DISCLOSURE_SEAL, REGULATORY_FACT_SEAL } from "./services/disclosure-seal";
export { productTransition } from "./services/product-lifecycle";
export { loadRegulatoryProfile } from "./services/regulatory-facts";
export { loadIncidentChain, loadProductChain } from "./value-chain";
