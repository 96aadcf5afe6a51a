export * from "./score";
export * from "./text";
