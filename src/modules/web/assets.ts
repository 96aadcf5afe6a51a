/**
 * Files the pages serve from npm packages. Reading a package's file is the entry point's business
 * (Node reads node_modules; a Worker would bundle it), so the web module only names what it needs.
 */
export interface WebAssets {
  /** `@scalar/api-reference`'s standalone browser bundle (dist/browser/standalone.js). */
  scalarBundle(): Promise<string | undefined>;
}
