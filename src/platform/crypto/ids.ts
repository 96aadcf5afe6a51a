import { uuidv7 } from "uuidv7";

/** Opaque, time-ordered identifiers (UUIDv7): sortable like the insertion order, unguessable enough. */
export const newId = (): string => uuidv7();
