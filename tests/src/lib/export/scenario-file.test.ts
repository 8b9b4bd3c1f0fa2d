import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, LEVERS } from '../../../../models/index';
import { DEFAULT_RUNS } from '../../../../src/lib/client/simulation';
import { scenarioFile, scenarioFileName, scenarioJson } from '../../../../src/lib/export/scenario-file';
import { runScript, tempDir, TIMEOUT } from '../../../scripts/cli-helpers';

/** Three levers on (one from a later year than its default), one switched off again. */
const loanPool = LEVERS.find((l) => l.id === 'loan_pool')!;
const CHOICES = {
	r2_4: { setting: 'proposed' },
	r6_1: { setting: 'strong', startYear: 2027 },
	loan_pool: { setting: loanPool.settings[1]!.id, startYear: loanPool.defaultStartYear },
	r2_3: { setting: 'off' }
};

describe('the scenario file of the explore page', () => {
	const file = scenarioFile(CHOICES, { title: 'Scenarie med 3 tiltag', runs: 12 });
	const text = scenarioJson(file);

	it('is a version-2 scenario that the engine accepts, with the chosen levers, runs, seed and title', () => {
		const parsed = parseScenario(JSON.parse(text));
		if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
		const s = parsed.scenario;
		expect(s.schemaVersion).toBe(2);
		expect(s.title).toBe('Scenarie med 3 tiltag');
		expect(s.seed).toBe(7);
		expect(s.runs).toBe(12);
		expect(s.levers).toEqual({
			loan_pool: { setting: loanPool.settings[1]!.id },
			r2_4: { setting: 'proposed' },
			r6_1: { setting: 'strong', startYear: 2027 }
		});
		// The levers compile into policy changes: the file simulates a different world from the baseline.
		expect(s.policyChanges.length).toBeGreaterThan(0);
		expect(s.policyChanges.some((c) => c.year === 2027 && c.fromLevers?.includes('r6_1'))).toBe(true);
	});

	it('is indented JSON with the fields in the order of the files in scenarios/', () => {
		expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'id', 'title', 'description', 'seed', 'runs', 'levers']);
		expect(text).toMatch(/^\{\n {2}"schemaVersion": 2,\n/);
		expect(text.endsWith('}\n')).toBe(true);
		expect(scenarioFileName(file)).toBe('app-scenario.json');
	});

	it('asks for the default number of runs when the page was asked for first estimates only', () => {
		expect(scenarioFile(CHOICES, { title: 't', runs: 0 }).runs).toBe(DEFAULT_RUNS);
	});

	it('of no levers is the baseline', () => {
		const baseline = scenarioFile({}, { title: 'Basisscenariet', runs: 8 });
		const reference = JSON.parse(readFileSync(new URL('../../../../scenarios/baseline.json', import.meta.url), 'utf8'));
		expect(baseline.id).toBe('baseline');
		expect(baseline.levers).toEqual({});
		expect(baseline.seed).toBe(reference.seed);
	});

	describe('run by the command line', () => {
		const tmp = tempDir('scenario-file-');
		afterAll(() => tmp.remove());

		it(
			'npm run simulate accepts the file and simulates it',
			() => {
				const input = tmp.scenario('app-scenario.json', text);
				const out = tmp.out();
				const run = runScript('simulate', ['--scenario', input, '--out', out, '--runs', '1', '--sample', '0.02', '--end-year', '2028']);
				expect(run.stderr).not.toMatch(/problem|invalid/i);
				expect(run.status).toBe(0);
				const doc = JSON.parse(readFileSync(out, 'utf8'));
				expect(doc.scenario).toBe('app-scenario');
				expect(doc.indicators.spend_total.p50.every(Number.isFinite)).toBe(true);
			},
			TIMEOUT
		);
	});
});
