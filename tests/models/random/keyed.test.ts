import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hash4, keyedHash, mix32, normalQuantile, poissonFromUniform, purposeSeed, toUniform, uniform } from '../../../models/random/keyed';

describe('keyed uniforms', () => {
  it('lie in [0, 1) for any seed and keys', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), fc.integer(), (seed, a, b, c) => {
        const u = uniform(seed, a, b, c);
        return u >= 0 && u < 1;
      }),
      { numRuns: 2000 },
    );
  });

  it('are a pure function of seed and keys', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), fc.integer(), (seed, a, b, c) => uniform(seed, a, b, c) === uniform(seed, a, b, c)),
    );
  });

  it('differ when any one key differs', () => {
    const base = uniform(7, 1, 2, 3);
    expect(uniform(8, 1, 2, 3)).not.toBe(base);
    expect(uniform(7, 2, 2, 3)).not.toBe(base);
    expect(uniform(7, 1, 3, 3)).not.toBe(base);
    expect(uniform(7, 1, 2, 4)).not.toBe(base);
    // Over many neighbouring keys there are (almost) no collisions.
    const seen = new Set<number>();
    for (let a = 0; a < 10_000; a++) seen.add(uniform(7, a, 0, 0));
    expect(seen.size).toBeGreaterThan(9_990);
  });

  it('are uniform: mean ≈ 1/2, variance ≈ 1/12, every decile ≈ 10 %', () => {
    const n = 100_000;
    const deciles = new Array<number>(10).fill(0);
    let sum = 0;
    let sumSq = 0;
    for (let k = 0; k < n; k++) {
      const u = uniform(42, k, 5, 9);
      sum += u;
      sumSq += u * u;
      deciles[Math.floor(u * 10)] += 1;
    }
    const mean = sum / n;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sumSq / n - mean * mean).toBeCloseTo(1 / 12, 2);
    for (const d of deciles) expect(Math.abs(d / n - 0.1)).toBeLessThan(0.005);
  });

  it('keep purposes apart: the same keys under two purposes are uncorrelated', () => {
    const n = 20_000;
    let sxy = 0, sx = 0, sy = 0, sxx = 0, syy = 0;
    for (let k = 0; k < n; k++) {
      const x = uniform(3, k, 11, 1);
      const y = uniform(3, k, 11, 2);
      sx += x; sy += y; sxy += x * y; sxx += x * x; syy += y * y;
    }
    const cov = sxy / n - (sx / n) * (sy / n);
    const r = cov / Math.sqrt((sxx / n - (sx / n) ** 2) * (syy / n - (sy / n) ** 2));
    expect(Math.abs(r)).toBeLessThan(0.03);
  });

  it('pre-mixed purpose seeds are deterministic and differ between purposes', () => {
    expect(purposeSeed(99, 1)).toBe(purposeSeed(99, 1));
    expect(purposeSeed(99, 2)).not.toBe(purposeSeed(99, 1));
    expect(purposeSeed(98, 1)).not.toBe(purposeSeed(99, 1));
  });

  it('mix32 and hash4 return unsigned 32-bit integers', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (x, y) => {
        const m = mix32(x);
        const h = hash4(x, y, 0, 1);
        return Number.isInteger(m) && m >= 0 && m < 2 ** 32 && Number.isInteger(h) && h >= 0 && h < 2 ** 32;
      }),
    );
  });

  it('keyedHash is hash4 as a signed 32-bit integer, and toUniform of it is uniform, for several seeds in turn', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.integer(), fc.integer(), fc.nat(64)), { minLength: 1, maxLength: 8 }), (draws) =>
        draws.every(([seed, a, b, c]) => {
          const signed = keyedHash(seed, a, b, c);
          // The definition, round by round (the first round is remembered per seed inside keyedHash).
          let reference = mix32(seed ^ 0x9e3779b9);
          reference = mix32(reference ^ a);
          reference = mix32((reference + Math.imul(b, 0x85ebca6b)) | 0);
          reference = mix32((reference + Math.imul(c, 0xc2b2ae35)) | 0);
          return signed === (signed | 0) && signed >>> 0 === reference && hash4(seed, a, b, c) === reference && toUniform(signed) === uniform(seed, a, b, c);
        }),
      ),
    );
  });
});

describe('poissonFromUniform', () => {
  it('is zero for a non-positive mean', () => {
    expect(poissonFromUniform(0, 0.99)).toBe(0);
    expect(poissonFromUniform(-1, 0.5)).toBe(0);
  });

  it('is non-decreasing in the uniform (inversion)', () => {
    for (const mean of [0.05, 1, 7.5, 150, 500]) {
      let last = -1;
      for (let k = 0; k < 1000; k++) {
        const x = poissonFromUniform(mean, k / 1000);
        expect(x).toBeGreaterThanOrEqual(last);
        last = x;
      }
    }
  });

  it.each([0.3, 2.5, 12, 80, 350])('has mean ≈ λ and variance ≈ λ over many keyed draws (λ = %s)', (mean) => {
    const n = 40_000;
    let sum = 0;
    let sumSq = 0;
    for (let k = 0; k < n; k++) {
      const x = poissonFromUniform(mean, uniform(1234, k, 0, 77));
      expect(Number.isInteger(x) && x >= 0).toBe(true);
      sum += x;
      sumSq += x * x;
    }
    const m = sum / n;
    const v = sumSq / n - m * m;
    // Standard error of the mean is sqrt(λ / n); allow 4 of them.
    expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(mean / n) + 1e-9);
    expect(v / mean).toBeGreaterThan(0.93);
    expect(v / mean).toBeLessThan(1.07);
  });

  it('gives P(0) = exp(−λ) for small means', () => {
    const n = 50_000;
    let zeros = 0;
    for (let k = 0; k < n; k++) if (poissonFromUniform(0.7, uniform(5, k, 1, 2)) === 0) zeros += 1;
    // Binomial standard error sqrt(p(1 − p) / n) ≈ 0.0022; allow 4 of them.
    expect(Math.abs(zeros / n - Math.exp(-0.7))).toBeLessThan(0.009);
  });
});

describe('normalQuantile', () => {
  it('gives the familiar quantiles', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 5);
    expect(normalQuantile(0.8413447)).toBeCloseTo(1, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 5);
  });

  it('is odd-symmetric and strictly increasing', () => {
    let last = -Infinity;
    for (let k = 1; k < 1000; k++) {
      const p = k / 1000;
      const z = normalQuantile(p);
      expect(z).toBeGreaterThan(last);
      expect(normalQuantile(1 - p)).toBeCloseTo(-z, 8);
      last = z;
    }
  });

  it('stays finite at and beyond the ends of (0, 1)', () => {
    for (const p of [0, 1, -0.5, 1.5, 1e-300]) expect(Number.isFinite(normalQuantile(p))).toBe(true);
  });
});
