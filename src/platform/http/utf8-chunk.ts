/**
 * Encodes a streamed batch (one string per item) into UTF-8 chunks of at most `maxBytes` each (an item
 * longer than that gets a chunk of its own), without joining the strings first. A joined batch is a
 * megabyte-sized string, which V8 allocates in large-object space and frees only at a full
 * mark-compact: over a 1M-row export such strings piled up to hundreds of MB of resident garbage
 * between collections. Small per-item strings die young instead; and chunks under glibc's mmap
 * threshold (128 KB) come from the ordinary heap rather than one mapping each.
 */
export class Utf8Chunker {
  // One scratch buffer per stream, reused for every chunk: each chunk is an exact-size copy of it.
  private readonly scratch: Uint8Array;
  private readonly encoder = new TextEncoder();

  constructor(maxBytes: number) {
    this.scratch = new Uint8Array(maxBytes);
  }

  chunks<T>(items: readonly T[], text: (item: T) => string): Uint8Array[] {
    const out: Uint8Array[] = [];
    let offset = 0;
    for (const item of items) {
      const s = text(item);
      const { read, written } = this.encoder.encodeInto(s, this.scratch.subarray(offset));
      if (read === s.length) {
        offset += written;
        continue;
      }
      // Does not fit: close the chunk so far, then encode the item alone (in a buffer of its own if
      // it is longer than a chunk).
      if (offset > 0) out.push(this.scratch.slice(0, offset));
      offset = 0;
      const alone = this.encoder.encodeInto(s, this.scratch);
      if (alone.read === s.length) offset = alone.written;
      else out.push(this.encoder.encode(s));
    }
    if (offset > 0) out.push(this.scratch.slice(0, offset));
    return out;
  }

  /** A single string (a head or tail), as one chunk. */
  chunk(text: string): Uint8Array {
    return this.encoder.encode(text);
  }
}
