/**
 * D1 binds at most 100 parameters per statement, so an `IN (…)` over a page or export batch (up to
 * 500 ids) would fail at the edge. Look-ups by id lists go through this: parts of at most
 * MAX_IN_LIST ids, queried concurrently, results concatenated in part order.
 */
export const MAX_IN_LIST = 90;

export async function byIdChunks<T>(
  ids: readonly string[],
  query: (part: string[]) => Promise<T[]>,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const parts: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_IN_LIST) parts.push(ids.slice(i, i + MAX_IN_LIST));
  return (await Promise.all(parts.map(query))).flat();
}
