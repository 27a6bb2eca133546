/**
 * A small, fast, seedable pseudo-random generator (mulberry32), identical in every
 * JavaScript engine. The grader uses it to generate data, and the learner's `rng` is built
 * from it inside the learner's realm, so the same seed means the same numbers everywhere.
 */

/** Returns a function giving uniform numbers in [0, 1), fully determined by `seed`. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a text label into a seed, so each check gets its own stream from one run seed. */
export function deriveSeed(seed: number, label: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

/** Seeded data generation for checks. */
export class SeededRandom {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.#next();
  }

  /** Uniform in [low, high). */
  between(low: number, high: number): number {
    return low + (high - low) * this.#next();
  }

  /** Integer in [low, high] inclusive. */
  int(low: number, high: number): number {
    return low + Math.floor(this.#next() * (high - low + 1));
  }

  /** Standard normal via Box–Muller (one of the pair; simplicity beats speed here). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.#next();
    const v = this.#next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** `count` values from `make`. */
  many<T>(count: number, make: (random: SeededRandom) => T): T[] {
    return Array.from({ length: count }, () => make(this));
  }

  /** A fresh seed for something the learner will seed with (an `rng` argument). */
  seed(): number {
    return Math.floor(this.#next() * 2 ** 32);
  }
}
