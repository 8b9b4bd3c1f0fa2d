import { describe, expect, it } from 'vitest';
import { LEVERS } from '../../../../models/index';
import { leverLines, signed } from '../../../../src/lib/export/brief';

describe('leverLines', () => {
	it('names the levers switched on, in registry order, with their setting and start year in the reader’s language', () => {
		const r24 = LEVERS.find((l) => l.id === 'r2_4')!;
		const r61 = LEVERS.find((l) => l.id === 'r6_1')!;
		const choices = { r6_1: { setting: 'strong', startYear: 2029 }, r2_4: { setting: 'proposed' }, r2_3: { setting: 'off' } };
		expect(leverLines(choices, 'da')).toEqual([
			{ id: 'r2_4', title: r24.title.da, setting: 'Som foreslået', startYear: r24.defaultStartYear },
			{ id: 'r6_1', title: r61.title.da, setting: 'Stærk', startYear: 2029 }
		]);
		expect(leverLines(choices, 'en').map((l) => l.setting)).toEqual(['As proposed', 'Strong']);
	});

	it('is empty for the baseline and ignores unknown levers', () => {
		expect(leverLines({}, 'da')).toEqual([]);
		expect(leverLines({ nope: { setting: 'proposed' } }, 'da')).toEqual([]);
	});
});

describe('signed', () => {
	it('gives a positive difference a plus and one that prints as zero no sign', () => {
		expect(signed('1,2', 1.2)).toBe('+1,2');
		expect(signed('−0,4', -0.4)).toBe('−0,4');
		expect(signed('−0,0', -0.01)).toBe('0,0');
		expect(signed('0,0', 0.01)).toBe('0,0');
	});
});
