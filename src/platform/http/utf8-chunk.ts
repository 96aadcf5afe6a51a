/**
 * Encodes a streamed batch (one string per item) into ONE UTF-8 chunk without joining the strings
 * first. A joined batch is a megabyte-sized string, which V8 allocates in large-object space and
 * frees only at a full mark-compact: over a 1M-row export such strings piled up to hundreds of MB of
 * resident garbage between collections. Small per-item strings die young instead.
 */
export function utf8Chunk<T>(
  encoder: TextEncoder,
  items: readonly T[],
  text: (item: T) => string,
  sizeHint: number,
): Uint8Array {
  // Each string is encoded as soon as it is made, so none outlives its item. The hint (bytes per item
  // in the previous batch) sizes the buffer; it grows when the text is longer.
  let out = new Uint8Array(Math.max(64, Math.ceil(sizeHint * items.length)));
  let offset = 0;
  for (const item of items) {
    let rest = text(item);
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, out.subarray(offset));
      offset += written;
      if (read === rest.length) break;
      // encodeInto never splits a surrogate pair, so `read` is always a safe place to resume.
      rest = rest.slice(read);
      const grown = new Uint8Array(Math.max(out.length * 2, offset + rest.length * 3 + 64));
      grown.set(out.subarray(0, offset));
      out = grown;
    }
  }
  // A copy of the used part, so the stream never holds on to the unused rest of a larger buffer.
  return offset === out.length ? out : out.slice(0, offset);
}
