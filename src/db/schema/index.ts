export * from "./audit-checkpoints";
export * from "./catalog";
export * from "./core";
export * from "./incidents";
export * from "./liability";
export * from "./rate-limits";
export * from "./registry";
