import type { Result, Router } from "hono/router";
import { TrieRouter } from "hono/router/trie-router";

/** How many distinct method + path answers one router keeps before starting over. */
const MEMO_ENTRIES = 1024;

/**
 * Hono's TrieRouter with its answers for parameterless matches remembered, by method and path.
 * Such an answer depends on nothing but the method and the path (no parameter values), so the hot
 * public reads (/health, the catalog lists) skip the trie walk, which cost a few percent of their
 * CPU. Hono's own RegExpRouter would answer static paths from a map too, but it refuses this route
 * set (a parameter beside a literal at one level: `/v1/incidents/stats` and `/v1/incidents/:id`).
 * Bounded: arbitrary paths (404 probes) can only make it start over, never grow.
 */
export class StaticMatchMemo<T> implements Router<T> {
  readonly name = "StaticMatchMemo(TrieRouter)";
  readonly #trie = new TrieRouter<T>();
  readonly #memo = new Map<string, Result<T>>();

  add(method: string, path: string, handler: T): void {
    this.#memo.clear();
    this.#trie.add(method, path, handler);
  }

  match(method: string, path: string): Result<T> {
    const key = `${method} ${path}`;
    const known = this.#memo.get(key);
    if (known) return known;
    const result = this.#trie.match(method, path);
    // TrieRouter answers [[handler, params]...] with no param stash; any named parameter opts out.
    if (result[1] === undefined && result[0].every(([, params]) => Object.keys(params).length === 0)) {
      if (this.#memo.size >= MEMO_ENTRIES) this.#memo.clear();
      this.#memo.set(key, result);
    }
    return result;
  }
}
