export * from "../../modules/catalog/schema";
export * from "../../modules/registry/schema";
export * from "../../platform/audit/schema";
export * from "../../platform/db/schema";
export * from "../../platform/http/rate-limit-schema";
export * from "./incidents";
export * from "./liability";
