import { describe, expect, it } from 'vitest';
import { da } from '../../../src/lib/i18n/da';
import { en } from '../../../src/lib/i18n/en';
import { direction, summarySentence } from '../../../src/lib/summary';

const num = (v: number, d = 1) => v.toFixed(d);
const diff = (median: number, p5: number, p95: number, n = 40) => ({ median, p5, p95, n, source: 'full' as const });

describe('summarySentence', () => {
	it('states the 2035 level and the paired difference with its interval, in plain words', () => {
		const s = summarySentence(en, num, {
			spend: { level: 71.2, diff: diff(-3.1, -4.4, -1.8) },
			qol: { level: 63.0, diff: diff(0.4, 0.1, 0.7) },
			wait: { level: 0.3, diff: diff(-0.2, -0.3, -0.1) }
		}, false);
		expect(s).toBe(
			'Spending in 2035: DKK 71.2 bn, 3.1 bn (90 %: 1.8 to 4.4) below baseline; quality of life rises by 0.4 points (90 %: 0.1 to 0.7) on a 0–100 scale; the wait for residential care is 0.2 months shorter.'
		);
	});

	it('gives a signed interval when it spans zero, and says "the same" when the difference rounds to zero', () => {
		const s = summarySentence(da, num, { spend: { level: 74, diff: diff(0.01, -0.5, 0.6) }, qol: { level: 62, diff: diff(0, 0, 0) } }, false)!;
		expect(s).toMatch(/det samme som basisscenariet/);
		expect(s).toMatch(/livskvaliteten er uændret/);
		const t = summarySentence(en, num, { spend: { level: 74, diff: diff(0.3, -0.5, 0.9) }, qol: { level: 62, diff: diff(0, 0, 0) } }, false)!;
		expect(t).toMatch(/0\.3 bn \(90 %: -0\.5 to 0\.9\) above baseline/);
	});

	it('describes the baseline by itself', () => {
		expect(summarySentence(da, num, { spend: { level: 76.2 }, qol: { level: 62.8 }, spendInterval: [75.2, 77.4] }, true)).toBe(
			'Basisscenariet: udgifterne i 2035 er 76.2 mia. kr. (90 %: 75.2 til 77.4); livskvaliteten er 62.8 på en skala fra 0 til 100.'
		);
	});

	it('says nothing until the figures exist', () => {
		expect(summarySentence(en, num, {}, false)).toBeUndefined();
	});
});

describe('direction', () => {
	it('reads the sign of the printed value', () => {
		expect(direction(-0.04, 1)).toBe('equal');
		expect(direction(-0.06, 1)).toBe('below');
		expect(direction(0.06, 1)).toBe('above');
	});
});
