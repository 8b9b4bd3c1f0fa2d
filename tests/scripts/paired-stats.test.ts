import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	attribute,
	pairedDifferences,
	round7,
	sampleSd,
	summariseDifferences,
	summariseLevels,
	swing
} from '../../scripts/lib/paired-stats';
import { UsageError, parseListOption, parseYearsOption } from '../../scripts/lib/cli-options';
import { formatNumber, formatTable } from '../../scripts/lib/text-table';

const finiteArray = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 });

describe('paired differences', () => {
	it('are scenario minus reference, replication by replication', () => {
		expect(pairedDifferences([3, 5, 10], [1, 5, 12])).toEqual([2, 0, -2]);
	});

	it('are NaN where either side has no value', () => {
		expect(pairedDifferences([1, NaN, 3], [1, 2, Infinity])).toEqual([0, NaN, NaN]);
	});

	it('refuse series of different lengths', () => {
		expect(() => pairedDifferences([1, 2], [1])).toThrow(RangeError);
	});

	it('of a series with itself are exactly zero with a zero-width interval', () => {
		fc.assert(
			fc.property(finiteArray, (xs) => {
				const d = summariseDifferences(pairedDifferences(xs, xs));
				expect(d).toEqual({ mean: 0, p5: 0, p95: 0 });
				expect(Object.is(d.mean, -0)).toBe(false);
			})
		);
	});
});

describe('summarising paired differences', () => {
	it('gives the mean and the 5th and 95th percentiles (R-7 interpolation)', () => {
		const xs = Array.from({ length: 21 }, (_, k) => k); // 0 … 20
		expect(summariseDifferences(xs)).toEqual({ mean: 10, p5: 1, p95: 19 });
		expect(summariseDifferences([0, 10])).toEqual({ mean: 5, p5: 0.5, p95: 9.5 });
	});

	it('leaves out missing values and gives null when none are left', () => {
		expect(summariseDifferences([NaN, 2, 4])).toEqual({ mean: 3, p5: 2.1, p95: 3.9 });
		expect(summariseDifferences([NaN, NaN])).toEqual({ mean: null, p5: null, p95: null });
	});

	it('keeps the interval ordered and within the range of the differences', () => {
		fc.assert(
			fc.property(finiteArray, (xs) => {
				const d = summariseDifferences(xs);
				expect(d.p5!).toBeLessThanOrEqual(d.p95!);
				expect(d.p5!).toBeGreaterThanOrEqual(round7(Math.min(...xs))!);
				expect(d.p95!).toBeLessThanOrEqual(round7(Math.max(...xs))!);
			})
		);
	});

	it('summarises levels with the median too', () => {
		expect(summariseLevels([1, 2, 3])).toEqual({ mean: 2, p5: 1.1, p50: 2, p95: 2.9 });
	});
});

describe('attribution of a change', () => {
	it('takes the policy effect and the noise from the central runs', () => {
		const a = attribute([1, 3], [0, 4]);
		expect(a.policyEffect).toBe(2);
		expect(a.noiseSd).toBeCloseTo(Math.SQRT2, 6);
	});

	it('gives the assumptions the variance the drawn runs add over the central ones', () => {
		// var(central) = 2, var(drawn) = 8 → sd √6
		const a = attribute([1, 3], [0, 4]);
		expect(a.assumptionSd).toBeCloseTo(Math.sqrt(6), 6);
		expect(a.assumptionInterval).toEqual({ p5: 0.2, p95: 3.8 });
		expect(a.drawnMean).toBe(2);
	});

	it('clamps the assumption spread at zero when the drawn runs happen to vary less', () => {
		expect(attribute([0, 10], [4, 5]).assumptionSd).toBe(0);
	});

	it('has non-negative spreads and an ordered interval for any replications', () => {
		fc.assert(
			fc.property(finiteArray, finiteArray, (central, drawn) => {
				const a = attribute(central, drawn);
				if (central.length >= 2 && drawn.length >= 2) expect(a.assumptionSd!).toBeGreaterThanOrEqual(0);
				if (central.length >= 2) expect(a.noiseSd!).toBeGreaterThanOrEqual(0);
				expect(a.assumptionInterval.p5!).toBeLessThanOrEqual(a.assumptionInterval.p95!);
			})
		);
	});

	it('has no spreads from a single replication', () => {
		const a = attribute([1], [2]);
		expect(a.noiseSd).toBeNull();
		expect(a.assumptionSd).toBeNull();
		expect(a.policyEffect).toBe(1);
	});
});

describe('small helpers', () => {
	it('round7 keeps 7 significant digits and turns non-numbers and -0 into null and 0', () => {
		expect(round7(1 / 3)).toBe(0.3333333);
		expect(round7(123456789)).toBe(123456800);
		expect(round7(NaN)).toBeNull();
		expect(round7(undefined)).toBeNull();
		expect(Object.is(round7(-0), 0)).toBe(true);
	});

	it('sampleSd divides by n − 1', () => {
		expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 5);
		expect(sampleSd([5])).toBeNull();
	});

	it('a swing is the absolute distance between the low and high results', () => {
		expect(swing(3, 1)).toBe(2);
		expect(swing(-1, 1)).toBe(2);
		expect(swing(null, 1)).toBeNull();
	});
});

describe('list options', () => {
	it('split on commas and trim blanks', () => {
		expect(parseListOption('scenarios', 'a.json, b.json')).toEqual(['a.json', 'b.json']);
		expect(parseListOption('scenarios', undefined)).toBeUndefined();
	});

	it('refuse empty items', () => {
		expect(() => parseListOption('scenarios', 'a.json,,b.json')).toThrow(UsageError);
	});

	it('years are sorted, unique and within range', () => {
		expect(parseYearsOption('years', '2040,2030,2040', 2018, 2040)).toEqual([2030, 2040]);
		expect(() => parseYearsOption('years', '2050', 2018, 2040)).toThrow(/2050 is outside 2018–2040/);
		expect(() => parseYearsOption('years', 'soon', 2018, 2040)).toThrow(/expected a year/);
	});
});

describe('text tables', () => {
	it('pad columns and right-align where asked', () => {
		expect(formatTable(['a', 'value'], [['xx', '1.5'], ['y', '10.25']], ['left', 'right'])).toBe(
			['a   value', '--  -----', 'xx    1.5', 'y   10.25'].join('\n')
		);
	});

	it('format signed numbers, zero and missing values', () => {
		expect(formatNumber(0.1234, 3, true)).toBe('+0.123');
		expect(formatNumber(-0.1234, 3, true)).toBe('-0.123');
		expect(formatNumber(-0.0001, 3, true)).toBe('±0.000');
		expect(formatNumber(0, 2)).toBe('0.00');
		expect(formatNumber(null, 2)).toBe('–');
	});
});
