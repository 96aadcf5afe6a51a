export * from "./modules/catalog/schema";
export * from "./modules/compensation/schema";
export * from "./modules/incidents/schema";
export * from "./modules/liability/schema";
export * from "./modules/registry/schema";
export * from "./platform/audit/schema";
export * from "./platform/db/schema";
export * from "./platform/http/rate-limit-schema";
