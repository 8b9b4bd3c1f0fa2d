import { describe, expect, it } from 'vitest';
import { sequentialStream } from '../../../models/random/stream';

describe('sequentialStream', () => {
  it('repeats the same sequence for the same seed, replication and purpose', () => {
    const a = sequentialStream(1, 2, 3);
    const b = sequentialStream(1, 2, 3);
    for (let k = 0; k < 100; k++) expect(a.next()).toBe(b.next());
  });

  it('gives different sequences for a different replication or purpose, all in [0, 1)', () => {
    const draws = (s: ReturnType<typeof sequentialStream>) => Array.from({ length: 20 }, () => s.next());
    const base = draws(sequentialStream(1, 2, 3));
    expect(draws(sequentialStream(1, 3, 3))).not.toEqual(base);
    expect(draws(sequentialStream(1, 2, 4))).not.toEqual(base);
    for (const u of base) expect(u >= 0 && u < 1).toBe(true);
  });
});
