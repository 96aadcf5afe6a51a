/**
 * Defence in depth for links rendered from stored data: the API accepts only https: (or loopback
 * http:) URIs now, but rows stored earlier may hold `javascript:` or `data:` URIs. Only an absolute
 * http(s) URL becomes an href; anything else is shown as text.
 */
export function linkable(uri: string | null | undefined): string | null {
  if (!uri) return null;
  try {
    const { protocol } = new URL(uri);
    return protocol === "https:" || protocol === "http:" ? uri : null;
  } catch {
    return null;
  }
}
