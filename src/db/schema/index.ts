export * from "./catalog";
export * from "./core";
export * from "./incidents";
export * from "./liability";
export * from "./registry";
