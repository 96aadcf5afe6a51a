export * from "./compute";
export * from "./ruleset";
