/**
 * The `attribute` command end to end, on small runs (2 replications of a 1:50 sample, to 2024).
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributionDocumentSchema, comparisonDocumentSchema, type AttributionDocument } from '../../scripts/lib/comparison-files';
import { TIMEOUT, lines, runScript, smallScenario, tempDir } from './cli-helpers';

/**
 * Standardised tariffs from 2020: a change every run's spending feels, even at a 1:50 sample. (The
 * alternative-offer limit used before reached no citizen in either run of one calibration, so its
 * effect was exactly zero there and the test depended on the calibrated values.)
 */
const STANDARD_TARIFFS_FROM_2020 = { policyChanges: [{ year: 2020, policy: { standardTariffModel: true } }] };

const SMALL = ['--runs', '2', '--sample', '0.02', '--years', '2022,2024'];
const attribute = (args: string[]) => runScript('attribute', args);

let tmp: ReturnType<typeof tempDir>;
let base: string;
let policy: string;
beforeAll(() => {
	tmp = tempDir('attribute-test-');
	base = tmp.scenario('base.json', smallScenario('base'));
	policy = tmp.scenario('policy.json', smallScenario('std-tariffs', STANDARD_TARIFFS_FROM_2020));
});
afterAll(() => tmp.remove());

const read = (file: string): AttributionDocument => attributionDocumentSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

describe('attribute a policy change', () => {
	let out: string;
	let run: ReturnType<typeof attribute>;
	beforeAll(() => {
		out = tmp.out();
		run = attribute(['--scenario', policy, '--baseline', base, ...SMALL, '--out', out]);
	}, TIMEOUT);

	it('exits 0, counts 8 runs on stderr and prints a table with the three components', () => {
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).toMatch(/^1 of 8 runs: std-tariffs, central assumptions, run 1\/2/m);
		expect(run.stderr).toMatch(/^8 of 8 runs: base, drawn assumptions, run 2\/2/m);
		expect(run.stdout).toMatch(/\(a\) policy effect/);
		expect(run.stdout).toMatch(/\(b\) assumptions sd/);
		expect(run.stdout).toMatch(/\(c\) noise sd/);
		expect(run.stdout).toMatch(/^spend_total\s+2024/m);
		expect(run.stdout).toMatch(/^qol_mean\s+2022/m);
	});

	it('writes spend_total and qol_mean for each requested year', () => {
		const doc = read(out);
		expect(doc).toMatchObject({ kind: 'attribution', seed: 5, runs: 2, sample: 0.02, years: [2022, 2024] });
		expect(doc.scenario).toEqual({ id: 'std-tariffs', title: 'Test std-tariffs', file: policy });
		expect(doc.baseline).toEqual({ id: 'base', title: 'Test base', file: base });
		expect(Object.keys(doc.indicators)).toEqual(['spend_total', 'qol_mean']);
		for (const { byYear } of Object.values(doc.indicators)) expect(byYear.map((y) => y.year)).toEqual([2022, 2024]);
	});

	it('has non-negative spreads and an ordered assumption interval', () => {
		for (const { byYear } of Object.values(read(out).indicators)) {
			for (const y of byYear) {
				expect(y.assumptionSd!).toBeGreaterThanOrEqual(0);
				expect(y.noiseSd!).toBeGreaterThanOrEqual(0);
				expect(y.assumptionInterval.p5!).toBeLessThanOrEqual(y.assumptionInterval.p95!);
				expect(y.policyEffect).not.toBeNull();
			}
		}
		const spend = read(out).indicators.spend_total!.byYear;
		expect(spend.some((y) => y.policyEffect !== 0)).toBe(true);
	});

	it('its policy effect equals compare’s mean difference at central assumptions', () => {
		const centralBase = tmp.scenario('base-central.json', smallScenario('base', { centralAssumptions: true }));
		const centralPolicy = tmp.scenario('policy-central.json', smallScenario('std-tariffs', { ...STANDARD_TARIFFS_FROM_2020, centralAssumptions: true }));
		const cmpOut = tmp.out();
		const cmp = runScript('compare', ['--scenarios', `${centralBase},${centralPolicy}`, '--runs', '2', '--sample', '0.02', '--out', cmpOut]);
		expect(cmp.status, cmp.stderr).toBe(0);
		const comparison = comparisonDocumentSchema.parse(JSON.parse(readFileSync(cmpOut, 'utf8')));
		const doc = read(out);
		for (const [key, { byYear }] of Object.entries(doc.indicators)) {
			for (const y of byYear) {
				const index = comparison.years.indexOf(y.year);
				expect(y.policyEffect, `${key} ${y.year}`).toBe(comparison.scenarios[1]!.difference![key]!.mean[index]);
				expect(y.scenarioCentral, `${key} ${y.year}`).toBe(comparison.scenarios[1]!.levels[key]!.mean[index]);
				expect(y.baselineCentral, `${key} ${y.year}`).toBe(comparison.scenarios[0]!.levels[key]!.mean[index]);
			}
		}
	}, TIMEOUT);
});

describe('attribute a scenario against itself', () => {
	it('finds no policy effect, no assumption spread and no noise', () => {
		const out = tmp.out();
		const run = attribute(['--scenario', base, '--baseline', base, ...SMALL, '--out', out]);
		expect(run.status, run.stderr).toBe(0);
		for (const { byYear } of Object.values(read(out).indicators)) {
			for (const y of byYear) {
				expect(y).toMatchObject({ policyEffect: 0, assumptionSd: 0, assumptionInterval: { p5: 0, p95: 0 }, drawnMean: 0, noiseSd: 0 });
			}
		}
	}, TIMEOUT);
});

describe('attribute refuses bad input and writes nothing', () => {
	function refused(args: string[]): string[] {
		const out = tmp.out();
		const run = attribute([...args, '--out', out]);
		expect(run.status).toBe(2);
		expect(existsSync(out)).toBe(false);
		expect(run.stdout).toBe('');
		return lines(run.stderr);
	}

	it('a missing scenario file: one line naming it', () => {
		const missing = tmp.path('missing.json');
		expect(refused(['--scenario', missing, '--baseline', base])).toEqual([`${missing}: cannot read the file: no such file`]);
	});

	it('a malformed baseline: one line per problem', () => {
		const bad = tmp.scenario('bad-baseline.json', { ...smallScenario('bad'), runs: 0, seed: 'x' });
		const problems = refused(['--scenario', policy, '--baseline', bad]);
		expect(problems).toHaveLength(2);
		expect(problems.every((line) => line.startsWith(`${bad}: `))).toBe(true);
	});

	it('a single run: one line saying a spread needs two', () => {
		expect(refused(['--scenario', policy, '--baseline', base, '--runs', '1'])).toEqual([expect.stringMatching(/^attribute: --runs: must be at least 2/)]);
	});

	it('a year beyond the scenario horizon: one line naming the file and horizon', () => {
		const problems = refused(['--scenario', policy]); // the default baseline, scenarios/baseline.json, runs to 2040
		expect(problems).toEqual([expect.stringMatching(/^attribute: --years: 2030, 2040 is after the horizon of .*policy\.json \(horizon\.endYear 2024\)/)]);
	});

	it('a missing --scenario: one line saying it is required', () => {
		expect(refused([])).toEqual([expect.stringMatching(/--scenario FILE is required/)]);
	});
});
