import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Utf8Chunker } from "../../src/platform/http/utf8-chunk";

describe("Utf8Chunker", () => {
  it("splits a batch into chunks of at most maxBytes whose concatenation is the UTF-8 of the joined text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 60 }), { maxLength: 40 }),
        fc.integer({ min: 8, max: 64 }),
        (items, maxBytes) => {
          const chunks = new Utf8Chunker(maxBytes).chunks(items, (s) => s);
          const expected = Buffer.from(items.join(""), "utf8");
          expect(Buffer.concat(chunks).equals(expected)).toBe(true);
          // Only an item longer than a chunk on its own makes a longer chunk, and then holds only that item.
          const longest = Math.max(0, ...items.map((s) => Buffer.byteLength(s)));
          for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(Math.max(maxBytes, longest));
          expect(chunks.every((c) => c.length > 0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never splits a character across chunks (each chunk is valid UTF-8 on its own)", () => {
    const items = Array.from({ length: 50 }, (_, i) => `${"é".repeat(i % 7)}🩺${"服".repeat(i % 5)}`);
    const chunks = new Utf8Chunker(16).chunks(items, (s) => s);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    expect(chunks.map((c) => decoder.decode(c)).join("")).toBe(items.join(""));
    expect(chunks.length).toBeGreaterThan(10);
  });
});
