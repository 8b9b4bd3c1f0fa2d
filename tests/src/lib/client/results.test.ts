import { describe, expect, it } from 'vitest';
import { band, pairedCount, pairedDifferences, quantileOf, ResultCache, type RunSet } from '../../../../src/lib/client/results';
import type { RunResult } from '../../../../src/lib/client/engine-api';

const years = [2034, 2035];
const run = (values: number[]): RunResult => ({ years, indicators: { spend: new Float64Array(values) }, ms: 0 });
function set(full: number[][], estimate?: number[]): RunSet {
	return { estimate: estimate ? run(estimate) : undefined, full: new Map(full.map((v, r) => [r, run(v)])) };
}

describe('band', () => {
	it('gives yearly quantiles over the full-scale replications', () => {
		const b = band(set([[1, 10], [2, 20], [3, 30], [4, 40], [5, 50]]), 'spend', 5)!;
		expect(b.source).toBe('full');
		expect(b.n).toBe(5);
		expect(b.p50).toEqual([3, 30]);
		expect(b.p25).toEqual([2, 20]);
		expect(b.p5[0]).toBeCloseTo(1.2);
		expect(b.p95[1]).toBeCloseTo(48);
	});

	it('falls back to the first estimate, as a line without a band, until a full run exists', () => {
		const b = band(set([], [7, 8]), 'spend', 40)!;
		expect(b.source).toBe('estimate');
		expect(b.p50).toEqual([7, 8]);
		expect(b.p5).toEqual(b.p95);
		expect(band(set([[1, 2]], [7, 8]), 'spend', 40)!.p50).toEqual([1, 2]);
		expect(band(set([]), 'spend', 40)).toBeUndefined();
	});

	it('uses only replications below the requested number of runs', () => {
		const b = band(set([[1, 1], [2, 2], [100, 100]]), 'spend', 2)!;
		expect(b.n).toBe(2);
		expect(b.p50).toEqual([1.5, 1.5]);
	});
});

describe('pairedDifferences', () => {
	it('differences replication r against replication r, so shared noise cancels', () => {
		// Both scenarios share large replication noise; the policy lowers spending by exactly 1.
		const noise = [0, 50, -30, 20];
		const base = set(noise.map((e) => [100 + e, 100 + e]));
		const scen = set(noise.map((e) => [99 + e, 99 + e]));
		const d = pairedDifferences(scen, base, 'spend', 4)!;
		expect(d.values.map((v) => v.median)).toEqual([-1, -1]);
		expect(d.values[1]).toMatchObject({ p5: -1, p95: -1, n: 4, source: 'full' });
	});

	it('pairs only the replications both scenarios have', () => {
		const base = set([[10, 10], [20, 20]]);
		const scen: RunSet = { full: new Map([[1, run([25, 25])]]) };
		const d = pairedDifferences(scen, base, 'spend', 40)!;
		expect(d.values[0]).toMatchObject({ median: 5, n: 1 });
		expect(pairedCount([scen, base], 40)).toBe(1);
	});

	it('differences the first estimates when no pair exists yet', () => {
		const d = pairedDifferences(set([], [5, 6]), set([[1, 1]], [4, 4]), 'spend', 40)!;
		expect(d.values.map((v) => v.median)).toEqual([1, 2]);
		expect(d.values[0]!.source).toBe('estimate');
	});
});

describe('quantileOf', () => {
	it('ignores non-finite values', () => {
		expect(quantileOf([3, Number.NaN, 1, 2], 0.5)).toBe(2);
		expect(quantileOf([Number.NaN], 0.5)).toBeNaN();
	});
});

describe('ResultCache', () => {
	it('forgets the oldest scenarios beyond the limit but never the ones to keep', () => {
		const cache = new ResultCache();
		for (const k of ['base', 'a', 'b', 'c']) cache.get(k);
		cache.touch('base');
		cache.prune(new Set(['c']), 2);
		expect(['base', 'a', 'b', 'c'].filter((k) => cache.has(k))).toEqual(['base', 'c']);
	});
});
