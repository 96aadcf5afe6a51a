/** Injected time source: production uses the system clock, tests freeze or advance it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(
  initial: string | Date,
): Clock & { set(to: string | Date): void; advance(ms: number): void } {
  let current = new Date(initial);
  return {
    now: () => new Date(current),
    set(to) {
      current = new Date(to);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

export const nowIso = (clock: Clock) => clock.now().toISOString();
