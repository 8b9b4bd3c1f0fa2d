/**
 * The `compare` command end to end, on small runs (2 replications of a 1:50 sample, 2018–2024).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARISON_CSV_COLUMNS, comparisonDocumentSchema, type ComparisonDocument } from '../../scripts/lib/comparison-files';
import { REQUIRED_NATIONAL_INDICATORS } from '../../scripts/lib/results-file';
import { ALTERNATIVE_OFFER_0_FROM_2020, TIMEOUT, lines, runScript, smallScenario, tempDir } from './cli-helpers';

const SMALL = ['--runs', '2', '--sample', '0.02'];
const compare = (args: string[]) => runScript('compare', args);

let tmp: ReturnType<typeof tempDir>;
let base: string;
let policy: string;
beforeAll(() => {
	tmp = tempDir('compare-test-');
	base = tmp.scenario('base.json', smallScenario('base'));
	policy = tmp.scenario('policy.json', smallScenario('alt-offer-0', ALTERNATIVE_OFFER_0_FROM_2020));
});
afterAll(() => tmp.remove());

const read = (file: string): ComparisonDocument => comparisonDocumentSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

/** Every [indicator, year index] whose difference is not null. */
function differenceCells(doc: ComparisonDocument, s = 1) {
	return Object.entries(doc.scenarios[s]!.difference!).flatMap(([key, d]) => doc.years.map((year, y) => ({ key, year, mean: d.mean[y], p5: d.p5[y], p95: d.p95[y] })));
}

describe('compare a scenario with itself', () => {
	let out: string;
	let run: ReturnType<typeof compare>;
	beforeAll(() => {
		out = tmp.out();
		run = compare(['--scenarios', `${base},${base}`, ...SMALL, '--out', out]);
	}, TIMEOUT);

	it('exits 0 with "N of M runs" progress on stderr and a table on stdout', () => {
		expect(run.status).toBe(0);
		expect(run.stderr).toMatch(/^1 of 4 runs: base \(#1\) run 1\/2/m);
		expect(run.stderr).toMatch(/^4 of 4 runs: base \(#2\) run 2\/2/m);
		expect(run.stderr).not.toMatch(/\r|\x1b\[/);
		expect(run.stdout).toMatch(/spend_total/);
		expect(run.stdout).toContain(`wrote ${out}`);
	});

	it('writes the documented shape with both scenarios, the seed and the runs', () => {
		const doc = read(out);
		expect(doc.kind).toBe('comparison');
		expect(doc.reference).toBe('base');
		expect(doc).toMatchObject({ seed: 5, runs: 2, sample: 0.02, years: [2018, 2019, 2020, 2021, 2022, 2023, 2024] });
		expect(doc.scenarios.map((s) => s.file)).toEqual([base, base]);
		expect(doc.scenarios[0]!.difference).toBeNull();
		for (const key of REQUIRED_NATIONAL_INDICATORS) {
			expect(doc.scenarios[0]!.levels[key], key).toBeDefined();
			expect(doc.scenarios[1]!.difference![key], key).toBeDefined();
		}
		const spend = doc.scenarios[0]!.levels.spend_total!;
		expect(spend.unit).toBe('bn DKK, 2023 prices');
		spend.mean.forEach((v, y) => {
			expect(v!).toBeGreaterThan(0);
			expect(spend.p5[y]!).toBeLessThanOrEqual(spend.p50[y]!);
			expect(spend.p50[y]!).toBeLessThanOrEqual(spend.p95[y]!);
		});
	});

	it('has a paired difference of exactly zero with a zero-width interval in every indicator and year', () => {
		const cells = differenceCells(read(out)).filter((c) => c.mean !== null);
		expect(cells.length).toBeGreaterThan(REQUIRED_NATIONAL_INDICATORS.length * 6);
		for (const c of cells) expect(c).toEqual({ ...c, mean: 0, p5: 0, p95: 0 });
	});
});

describe('compare a policy change with its baseline', () => {
	let out: string;
	let doc: ComparisonDocument;
	beforeAll(() => {
		out = tmp.out();
		const run = compare(['--scenarios', `${base},${policy}`, ...SMALL, '--out', out]);
		expect(run.status, run.stderr).toBe(0);
		doc = read(out);
	}, TIMEOUT);

	it('has identical values before the change (2018–2019)', () => {
		const before = differenceCells(doc).filter((c) => c.year < 2020 && c.mean !== null);
		expect(before.length).toBeGreaterThan(0);
		for (const c of before) expect(c).toEqual({ ...c, mean: 0, p5: 0, p95: 0 });
		const [a, b] = doc.scenarios;
		for (const key of Object.keys(a!.levels)) expect(b!.levels[key]!.p50.slice(0, 2), key).toEqual(a!.levels[key]!.p50.slice(0, 2));
	});

	it('has a nonzero difference after the change', () => {
		const after = differenceCells(doc).filter((c) => c.year >= 2020 && c.mean !== null && c.mean !== 0);
		expect(after.length).toBeGreaterThan(0);
		expect(after.some((c) => c.key === 'spend_total')).toBe(true);
	});

	it('the mean difference is the difference of the mean levels', () => {
		const [a, b] = doc.scenarios;
		const d = b!.difference!.spend_total!;
		doc.years.forEach((_, y) => {
			expect(d.mean[y]!).toBeCloseTo(b!.levels.spend_total!.mean[y]! - a!.levels.spend_total!.mean[y]!, 4);
			expect(d.p5[y]!).toBeLessThanOrEqual(d.mean[y]!);
			expect(d.mean[y]!).toBeLessThanOrEqual(d.p95[y]!);
		});
	});

	it('gives byte-identical output when run again', () => {
		const again = tmp.out();
		expect(compare(['--scenarios', `${base},${policy}`, ...SMALL, '--out', again]).status).toBe(0);
		expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
	}, TIMEOUT);

	it('--format csv writes the same values as a long table', () => {
		const csv = tmp.out('csv');
		expect(compare(['--scenarios', `${base},${policy}`, ...SMALL, '--format', 'csv', '--out', csv]).status).toBe(0);
		const rows = csvParse(readFileSync(csv, 'utf8'));
		expect(rows.columns).toEqual([...COMPARISON_CSV_COLUMNS]);
		const row = rows.find((r) => r.scenario === 'alt-offer-0' && r.measure === 'difference' && r.indicator === 'spend_total' && r.year === '2024' && r.statistic === 'mean');
		expect(Number(row!.value)).toBe(doc.scenarios[1]!.difference!.spend_total!.mean[6]);
		expect(rows.filter((r) => r.measure === 'difference' && r.scenario === 'base')).toEqual([]);
		expect(new Set(rows.filter((r) => r.measure === 'level').map((r) => r.statistic))).toEqual(new Set(['mean', 'p5', 'p50', 'p95']));
	}, TIMEOUT);
});

describe('compare with --seed', () => {
	it('runs scenarios whose files name different seeds with the one given', () => {
		const other = tmp.scenario('seed9-ok.json', smallScenario('nine', { seed: 9 }));
		const out = tmp.out();
		const run = compare(['--scenarios', `${base},${other}`, ...SMALL, '--seed', '11', '--out', out]);
		expect(run.status, run.stderr).toBe(0);
		expect(read(out).seed).toBe(11);
	}, TIMEOUT);
});

describe('compare refuses bad input and writes nothing', () => {
	function refused(args: string[]): string[] {
		const out = tmp.out();
		const run = compare([...args, '--out', out]);
		expect(run.status).toBe(2);
		expect(existsSync(out)).toBe(false);
		expect(run.stdout).toBe('');
		return lines(run.stderr);
	}

	it('a missing scenario file: one line naming it', () => {
		const missing = tmp.path('missing.json');
		expect(refused(['--scenarios', `${base},${missing}`])).toEqual([`${missing}: cannot read the file: no such file`]);
	});

	it('two malformed files: one line per problem, each naming its file', () => {
		const bad = tmp.scenario('bad.json', '{ "schemaVersion": 1, ');
		const unknown = tmp.scenario('unknown.json', { ...smallScenario('u'), colour: 'red' });
		const problems = refused(['--scenarios', `${base},${bad},${unknown}`]);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`));
		expect(problems[1]).toBe(`${unknown}: (top level): unknown key(s) colour (not part of the scenario schema)`);
	});

	it('scenarios with different seeds and no --seed: one line saying so', () => {
		const other = tmp.scenario('seed9.json', smallScenario('nine', { seed: 9 }));
		const problems = refused(['--scenarios', `${base},${other}`, ...SMALL]);
		expect(problems).toEqual([expect.stringMatching(/^compare: the scenarios have different seeds \(.*: 5, .*: 9\).*--seed/)]);
	});

	it('a single scenario: one line asking for two', () => {
		expect(refused(['--scenarios', base])).toEqual([expect.stringMatching(/--scenarios: give at least two/)]);
	});

	it('a bad option value: one line naming the option', () => {
		expect(refused(['--scenarios', `${base},${policy}`, '--sample', '0'])).toEqual([expect.stringMatching(/^compare: --sample: must be in \(0, 1\]/)]);
		expect(refused(['--scenarios', `${base},${policy}`, '--runs', '5000'])).toEqual([expect.stringMatching(/^compare: --runs: .*1000/)]);
		expect(refused(['--scenarios', `${base},${policy}`, '--format', 'xml'])).toEqual([expect.stringMatching(/--format: expected one of json, csv/)]);
	});

	it('an output path that is one of the scenarios: refused, the file untouched', () => {
		const copy = tmp.scenario('copy.json', smallScenario('copy'));
		const run = compare(['--scenarios', `${base},${copy}`, '--out', copy]);
		expect(run.status).toBe(2);
		expect(lines(run.stderr)).toEqual([expect.stringMatching(/refusing to overwrite the input file/)]);
		expect(JSON.parse(readFileSync(copy, 'utf8')).id).toBe('copy');
	});

	it('does not truncate an existing output file', () => {
		const out = tmp.path('existing.json');
		writeFileSync(out, 'previous');
		const run = compare(['--scenarios', `${base},${tmp.path('nope.json')}`, '--out', out]);
		expect(run.status).toBe(2);
		expect(readFileSync(out, 'utf8')).toBe('previous');
	});

	it('--help prints the usage and exits 0', () => {
		const run = compare(['--help']);
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/--scenarios LIST/);
	});
});
