/**
 * The `sensitivity` command end to end, on small runs (2 replications of a 1:50 sample, to 2024)
 * over a few assumptions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../models/index';
import { sensitivityDocumentSchema, type SensitivityDocument } from '../../scripts/lib/comparison-files';
import { ALTERNATIVE_OFFER_0_FROM_2020, TIMEOUT, lines, runScript, smallScenario, tempDir } from './cli-helpers';

const SMALL = ['--runs', '2', '--sample', '0.02', '--year', '2024'];
const KEYS = ['economyWeight', 'buildPropensity', 'childEntryTrend'] as const;
const sensitivity = (args: string[]) => runScript('sensitivity', args);

let tmp: ReturnType<typeof tempDir>;
let base: string;
let policy: string;
beforeAll(() => {
	tmp = tempDir('sensitivity-test-');
	base = tmp.scenario('base.json', smallScenario('base'));
	policy = tmp.scenario('policy.json', smallScenario('alt-offer-0', ALTERNATIVE_OFFER_0_FROM_2020));
});
afterAll(() => tmp.remove());

describe('sensitivity over three assumptions', () => {
	let out: string;
	let run: ReturnType<typeof sensitivity>;
	let doc: SensitivityDocument;
	beforeAll(() => {
		out = tmp.out();
		run = sensitivity(['--scenario', policy, '--baseline', base, '--assumptions', KEYS.join(','), ...SMALL, '--out', out]);
		if (run.status === 0) doc = sensitivityDocumentSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
	}, TIMEOUT);

	it('exits 0 and counts (1 + 2 × 3) × 2 × 2 = 28 runs on stderr', () => {
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).toMatch(/^1 of 28 runs: central, alt-offer-0 run 1\/2/m);
		expect(run.stderr).toMatch(/^12 of 28 runs: economyWeight high, base run 2\/2/m);
		expect(run.stderr).toMatch(/^28 of 28 runs: childEntryTrend high, base run 2\/2/m);
	});

	it('lists every requested assumption once, with its documented low, central and high value', () => {
		expect(doc).toMatchObject({ kind: 'sensitivity', seed: 5, runs: 2, sample: 0.02, year: 2024 });
		expect(doc.assumptions.map((a) => a.key).sort()).toEqual([...KEYS].sort());
		for (const a of doc.assumptions) {
			const documented = ASSUMPTIONS[a.key as (typeof KEYS)[number]];
			expect({ low: a.low, central: a.central, high: a.high, unit: a.unit }).toEqual({ low: documented.low, central: documented.central, high: documented.high, unit: documented.unit });
		}
	});

	it('reports spend_total and qol_mean for the scenario, the baseline and their difference', () => {
		expect(Object.keys(doc.units)).toEqual(['spend_total', 'qol_mean']);
		for (const outcome of [doc.central, ...doc.assumptions.flatMap((a) => [a.atLow, a.atHigh])]) {
			for (const key of ['spend_total', 'qol_mean']) {
				expect(outcome.scenario[key]!).toBeGreaterThan(0);
				expect(outcome.baseline[key]!).toBeGreaterThan(0);
				expect(outcome.difference[key]!.mean!).toBeCloseTo(outcome.scenario[key]! - outcome.baseline[key]!, 4);
			}
		}
	});

	it('moves the results when an assumption moves', () => {
		const economy = doc.assumptions.find((a) => a.key === 'economyWeight')!;
		expect(economy.atLow.scenario.spend_total).not.toBe(economy.atHigh.scenario.spend_total);
		expect(economy.swing.spend_total!.scenario!).toBeGreaterThan(0);
	});

	it('sorts the assumptions by the swing of the spend_total difference', () => {
		const swings = doc.assumptions.map((a) => a.swing.spend_total!.difference!);
		expect(swings).toEqual([...swings].sort((a, b) => b - a));
		for (const a of doc.assumptions) {
			expect(a.swing.spend_total!.difference).toBeCloseTo(Math.abs(a.atHigh.difference.spend_total!.mean! - a.atLow.difference.spend_total!.mean!), 5);
		}
	});

	it('prints a tornado table per indicator, naming every assumption', () => {
		expect(run.stdout).toMatch(/^spend_total in 2024/m);
		expect(run.stdout).toMatch(/^qol_mean in 2024/m);
		for (const key of KEYS) expect(run.stdout.match(new RegExp(`^${key}\\s`, 'gm'))).toHaveLength(2);
	});
});

describe('sensitivity refuses bad input and writes nothing', () => {
	function refused(args: string[]): string[] {
		const out = tmp.out();
		const run = sensitivity([...args, '--out', out]);
		expect(run.status).toBe(2);
		expect(existsSync(out)).toBe(false);
		expect(run.stdout).toBe('');
		return lines(run.stderr);
	}

	it('an unknown assumption: one line per unknown key', () => {
		const problems = refused(['--scenario', policy, '--baseline', base, '--assumptions', 'economyWeight,colour,size', ...SMALL]);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^sensitivity: --assumptions: unknown assumption 'colour'; allowed: .*economyWeight/);
		expect(problems[1]).toMatch(/'size'/);
	});

	it('a missing scenario file: one line naming it', () => {
		const missing = tmp.path('missing.json');
		expect(refused(['--scenario', missing, '--baseline', base, ...SMALL])).toEqual([`${missing}: cannot read the file: no such file`]);
	});

	it('a wrong type in the scenario: one line naming the field', () => {
		const bad = tmp.scenario('wrong.json', { ...smallScenario('w'), horizon: { endYear: '2024' } });
		expect(refused(['--scenario', bad, '--baseline', base, ...SMALL])).toEqual([expect.stringMatching(/wrong\.json: horizon\.endYear: /)]);
	});

	it('bad option values: one line each naming the option', () => {
		expect(refused(['--scenario', policy, '--baseline', base, '--sample', 'lots'])).toEqual([expect.stringMatching(/^sensitivity: --sample: expected a number/)]);
		expect(refused(['--scenario', policy, '--baseline', base, '--year', '2024,2030'])).toEqual([expect.stringMatching(/--year: give one year/)]);
		// the default baseline (scenarios/baseline.json) runs to 2040; the scenario stops in 2024
		expect(refused(['--scenario', policy])).toEqual([expect.stringMatching(/^sensitivity: --year: 2040 is after the horizon of .*policy\.json/)]);
	});
});
