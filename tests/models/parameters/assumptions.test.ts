import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ASSUMPTIONS, ASSUMPTION_KEYS, centralAssumptions, triangular, type Assumption } from '../../../models/parameters/assumptions';

const skewed: Assumption = { central: 0.2, low: 0, high: 1, unit: 'share', why: 'test' };

describe('the assumption table', () => {
  it('gives every assumption low ≤ central ≤ high, a unit and a reason', () => {
    for (const key of ASSUMPTION_KEYS) {
      const a = ASSUMPTIONS[key];
      expect(a.low, key).toBeLessThanOrEqual(a.central);
      expect(a.central, key).toBeLessThanOrEqual(a.high);
      expect(a.unit.length, key).toBeGreaterThan(0);
      expect(a.why.length, key).toBeGreaterThan(10);
    }
  });

  it('centralAssumptions returns each central value', () => {
    const c = centralAssumptions();
    for (const key of ASSUMPTION_KEYS) expect(c[key]).toBe(ASSUMPTIONS[key].central);
  });
});

describe('triangular', () => {
  it('stays within [low, high] for every assumption and every u in [0, 1)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ASSUMPTION_KEYS), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (key, u) => {
        const a = ASSUMPTIONS[key];
        const x = triangular(u, a);
        return x >= a.low - 1e-12 && x <= a.high + 1e-12;
      }),
      { numRuns: 2000 },
    );
  });

  it('maps u = 0 to low, u → 1 to high and u = (c − low)/(high − low) to the mode', () => {
    expect(triangular(0, skewed)).toBe(0);
    expect(triangular(1 - 1e-12, skewed)).toBeCloseTo(1, 5);
    expect(triangular(0.2, skewed)).toBeCloseTo(0.2, 12);
  });

  it('is non-decreasing in u (inversion of the distribution function)', () => {
    let last = -Infinity;
    for (let k = 0; k < 1000; k++) {
      const x = triangular(k / 1000, skewed);
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
  });

  it('has its density peak at the mode and mean (low + central + high) / 3', () => {
    const n = 200_000;
    const bins = new Array<number>(100).fill(0);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const x = triangular((k + 0.5) / n, skewed);
      sum += x;
      bins[Math.min(99, Math.floor(x * 100))] += 1;
    }
    expect(sum / n).toBeCloseTo((0 + 0.2 + 1) / 3, 3);
    // The fullest bin is next to the mode (0.2 → bin 20) …
    const fullest = bins.indexOf(Math.max(...bins));
    expect(Math.abs(fullest - 20)).toBeLessThanOrEqual(1);
    // … the density rises linearly from low to the mode and falls linearly from the mode to high.
    for (let b = 1; b < 19; b++) expect(bins[b]).toBeGreaterThan(bins[b - 1]);
    for (let b = 22; b < 100; b++) expect(bins[b]).toBeLessThan(bins[b - 1]);
    // Half the mass lies below the median high − sqrt((1 − 0.5)(high − low)(high − central)).
    const median = 1 - Math.sqrt(0.5 * 0.8);
    expect(triangular(0.5, skewed)).toBeCloseTo(median, 12);
  });

  it('returns the central value for a degenerate range', () => {
    expect(triangular(0.7, { central: 0.25, low: 0.25, high: 0.25, unit: '', why: '' })).toBe(0.25);
  });
});
