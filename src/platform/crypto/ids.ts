import { V7Generator } from "uuidv7";

/**
 * Random words for the generator, drawn from the Web Crypto CSPRNG 1,024 at a time: the library's
 * default draws 8 at a time, and a `getRandomValues` call per few ids was the larger part of giving
 * each request its id.
 */
function pooledRandom(size = 1024) {
  const pool = new Uint32Array(size);
  let cursor = size;
  return {
    nextUint32(): number {
      if (cursor === size) {
        crypto.getRandomValues(pool);
        cursor = 0;
      }
      return pool[cursor++] as number;
    },
  };
}

// One generator per process, as the library's own default is: its counter keeps ids monotonic.
const generator = new V7Generator(pooledRandom());

/** Opaque, time-ordered identifiers (UUIDv7): sortable like the insertion order, unguessable enough. */
export const newId = (): string => generator.generate().toString();
