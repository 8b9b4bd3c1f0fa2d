import { describe, expect, it } from 'vitest';
import { slug, withYears } from '../../../../src/lib/export/names';

describe('export file names', () => {
	it('spell Danish letters out and join words with hyphens, keeping indicator keys', () => {
		expect(slug('Udgift pr. indbygger, Århus – Ærø og Søby')).toBe('udgift-pr-indbygger-aarhus-aeroe-og-soeby');
		expect(slug('spend_total')).toBe('spend_total');
		expect(slug('Café »Noël«')).toBe('cafe-noel');
		expect(slug('»«')).toBe('chart');
	});

	it('end with the span of years the chart covers', () => {
		expect(withYears('spend_total', [2018, 2019, 2040])).toBe('spend_total-2018-2040');
		expect(withYears('map', [2030])).toBe('map-2030');
		expect(withYears('map', [])).toBe('map');
	});

	it('stay short enough for any file system', () => {
		expect(slug('ord '.repeat(60)).length).toBeLessThanOrEqual(80);
		expect(slug('ord '.repeat(60))).not.toMatch(/-$/);
	});
});
