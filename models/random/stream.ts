/**
 * Sequential streams, for draws that are not tied to one agent or event (rare; most draws are keyed).
 * Uses seedrandom's Alea, 4–5× faster than its default ARC4 (design/architecture.md §Stack).
 */
import seedrandom from 'seedrandom';

export interface SequentialStream {
  /** Uniform in [0, 1). */
  next(): number;
}

export function sequentialStream(seed: number, replication: number, purpose: number): SequentialStream {
  const prng = seedrandom.alea(`${seed}:${replication}:${purpose}`);
  return { next: () => prng() };
}
