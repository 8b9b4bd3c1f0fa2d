import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../models/index';
import {
	REQUIRED_MUNICIPAL_INDICATORS,
	REQUIRED_NATIONAL_INDICATORS,
	formatResultsCsv,
	formatResultsJson,
	missingIndicators,
	resultsDocument,
	writeFileAtomic
} from '../../scripts/lib/results-file';

const series = (values: number[]) => ({ unit: 'u', mean: values, p5: values, p50: values, p95: values });

/** A summary with every required indicator for two years and one municipality. */
function completeSummary(): Summary {
	return {
		years: [2018, 2019],
		indicators: Object.fromEntries(REQUIRED_NATIONAL_INDICATORS.map((key) => [key, series([1, 2])])),
		municipalities: [
			{
				code: '101',
				name: 'København',
				indicators: Object.fromEntries(REQUIRED_MUNICIPAL_INDICATORS.map((key) => [key, [3, 4]]))
			}
		]
	};
}

const meta = { scenario: 'baseline', seed: 7, runs: 2, sample: 1 };

describe('results files', () => {
	it('a complete summary has no missing indicators', () => {
		expect(missingIndicators(completeSummary())).toEqual([]);
	});

	it('missing national and municipal indicators are named', () => {
		const summary = completeSummary();
		delete summary.indicators.qol_mean;
		delete summary.municipalities[0]!.indicators.spend_per_capita;
		expect(missingIndicators(summary)).toEqual(['indicators.qol_mean', 'municipalities[101].indicators.spend_per_capita']);
	});

	it('NaN and infinite values are written as null in JSON and as empty fields in CSV', () => {
		const summary = completeSummary();
		summary.indicators.match_share = series([NaN, Infinity]);
		summary.municipalities[0]!.indicators.wait_months_residential = [NaN, 5];
		const doc = resultsDocument(meta, summary);
		const json = formatResultsJson(doc);
		expect(json).not.toMatch(/NaN|Infinity/);
		const parsed = JSON.parse(json);
		expect(parsed.indicators.match_share.mean).toEqual([null, null]);
		expect(parsed.municipalities[0].indicators.wait_months_residential).toEqual([null, 5]);
		const rows = csvParse(formatResultsCsv(doc));
		expect(rows.filter((r) => r.indicator === 'match_share').map((r) => r.value)).toEqual(['', '', '', '', '', '', '', '']);
		expect(rows.filter((r) => r.level === 'municipal' && r.indicator === 'wait_months_residential').map((r) => r.value)).toEqual(['', '5']);
	});

	it('JSON keeps the model.md key order and one array of numbers per line', () => {
		const json = formatResultsJson(resultsDocument(meta, completeSummary()));
		expect(Object.keys(JSON.parse(json))).toEqual(['model', 'scenario', 'seed', 'runs', 'sample', 'years', 'indicators', 'municipalities']);
		expect(json).toContain('"years": [2018, 2019]');
		expect(json.endsWith('}\n')).toBe(true);
	});
});

describe('writing a file atomically', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'results-file-test-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('replaces the file and leaves no temporary file behind', () => {
		const file = join(dir, 'out.json');
		writeFileSync(file, 'old');
		writeFileAtomic(file, 'new');
		expect(readFileSync(file, 'utf8')).toBe('new');
		expect(readdirSync(dir)).toEqual(['out.json']);
	});

	it('a failed write leaves what was there untouched and no temporary file', () => {
		// Renaming a file onto a non-empty directory fails after the temporary file was written.
		const target = join(dir, 'a-directory');
		mkdirSync(target);
		writeFileSync(join(target, 'child'), 'old');
		expect(() => writeFileAtomic(target, 'new')).toThrow();
		expect(readFileSync(join(target, 'child'), 'utf8')).toBe('old');
		expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});
});
