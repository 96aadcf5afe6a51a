import type { Client } from "@libsql/client";

/**
 * `client` with some of its methods replaced. The rest run on the client itself (they read its
 * private fields), each bound once rather than on every access: drizzle reaches `execute` through
 * here on every query. A method the client itself replaces later (a test's spy) is bound anew.
 */
export function overrideClient(client: Client, overrides: Partial<Client>): Client {
  const bound = new Map<PropertyKey, { method: unknown; bound: unknown }>();
  return new Proxy(client, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof Client];
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      let entry = bound.get(property);
      if (entry?.method !== value) {
        entry = { method: value, bound: value.bind(target) };
        bound.set(property, entry);
      }
      return entry.bound;
    },
  });
}
