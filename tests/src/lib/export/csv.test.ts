import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { changeCsv, csvNumber, municipalityCsv, seriesCsv } from '../../../../src/lib/export/csv';

const years = Array.from({ length: 23 }, (_, i) => 2018 + i);

describe('seriesCsv', () => {
	it('writes one row per series and year with the median and its bands, numbers with a dot decimal', () => {
		const scenario = {
			label: 'Scenarie, median',
			points: years.map((x, i) => ({ x, y: 60 + i * 0.5, lo50: 59 + i * 0.5, hi50: 61 + i * 0.5, lo90: 58 + i * 0.5, hi90: 62.25 + i * 0.5 }))
		};
		const baseline = { label: 'Basisscenarie, median', points: years.map((x) => ({ x, y: 61.125 })) };
		const text = seriesCsv([scenario, baseline], { unit: 'mia. kr. (2023-priser)', value: 'median', bands: true });
		const rows = csvParse(text);
		expect(rows.columns).toEqual(['series', 'unit', 'year', 'median', 'p5', 'p25', 'p75', 'p95']);
		expect(rows).toHaveLength(46);
		expect(text.split('\n')[1]).toBe('"Scenarie, median",mia. kr. (2023-priser),2018,60,58,59,61,62.25');
		expect(rows.filter((r) => r.series === 'Scenarie, median').map((r) => Number(r.year))).toEqual(years);
		// A series without bands leaves the band columns empty rather than repeating the median.
		expect(rows[23]).toMatchObject({ series: 'Basisscenarie, median', year: '2018', median: '61.125', p5: '', p95: '' });
	});

	it('names the value column after what the line shows and leaves out band columns when asked', () => {
		const text = seriesCsv([{ label: 'Aarhus', points: [{ x: 2020, y: 1234.5 }] }], { unit: 'kr.', value: 'mean', bands: false });
		expect(text).toBe('series,unit,year,mean\nAarhus,kr.,2020,1234.5');
	});

	it('writes missing and non-finite values as empty cells', () => {
		const text = seriesCsv([{ label: 'x', points: [{ x: 2030, y: Number.NaN }] }], { unit: 'u', value: 'median', bands: false });
		expect(text.split('\n')[1]).toBe('x,u,2030,');
	});
});

describe('csvNumber', () => {
	it('rounds to the seven significant digits of the command line and drops float noise', () => {
		expect(csvNumber(0.1 + 0.2)).toBe(0.3);
		expect(csvNumber(76.123456789)).toBe(76.12346);
		expect(csvNumber(Infinity)).toBeNull();
		expect(csvNumber(undefined)).toBeNull();
	});
});

describe('changeCsv', () => {
	it('writes one row per scenario and axis with the median, the 90 % interval and the runs behind it', () => {
		const f = (median: number, n: number) => ({ median, p5: median - 1, p95: median + 1, n });
		const text = changeCsv(
			[
				{ label: 'Basis', x: f(20, 8), y: f(-0.5, 8) },
				{ label: 'Scenarie', x: f(18, 8), y: f(0.25, 8) }
			],
			{ x: 'Udgiftsvækst 2022–2035, %', y: 'Ændring i livskvalitet' }
		);
		expect(csvParse(text)).toEqual(
			Object.assign(
				[
					{ series: 'Basis', measure: 'Udgiftsvækst 2022–2035, %', median: '20', p5: '19', p95: '21', runs: '8' },
					{ series: 'Basis', measure: 'Ændring i livskvalitet', median: '-0.5', p5: '-1.5', p95: '0.5', runs: '8' },
					{ series: 'Scenarie', measure: 'Udgiftsvækst 2022–2035, %', median: '18', p5: '17', p95: '19', runs: '8' },
					{ series: 'Scenarie', measure: 'Ændring i livskvalitet', median: '0.25', p5: '-0.75', p95: '1.25', runs: '8' }
				],
				{ columns: ['series', 'measure', 'median', 'p5', 'p95', 'runs'] }
			)
		);
	});
});

describe('municipalityCsv', () => {
	it('writes one row per municipality with its code, region, unit and value', () => {
		const text = municipalityCsv(
			[
				{ code: '751', name: 'Aarhus', region: 'Region Midtjylland', value: 10234.56 },
				{ code: '400', name: 'Bornholm', region: 'Region Hovedstaden', value: undefined }
			],
			'kr. pr. indbygger'
		);
		expect(text).toBe(
			'municipality_code,municipality,region,unit,value\n751,Aarhus,Region Midtjylland,kr. pr. indbygger,10234.56\n400,Bornholm,Region Hovedstaden,kr. pr. indbygger,'
		);
	});
});
