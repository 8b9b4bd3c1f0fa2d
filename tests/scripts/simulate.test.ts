/**
 * The `simulate` command end to end: spawned as `node --import tsx scripts/simulate.ts …` the way
 * `npm run simulate` runs it, on small runs (2 replications of a 1:50 sample, 2018–2020).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CSV_COLUMNS,
	REQUIRED_MUNICIPAL_INDICATORS,
	REQUIRED_NATIONAL_INDICATORS
} from '../../scripts/lib/results-file';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SMALL = ['--runs', '2', '--sample', '0.02', '--end-year', '2020'];
const TIMEOUT = 60_000;

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'simulate-test-'));
});
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

function simulate(args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], {
		cwd: root,
		encoding: 'utf8',
		timeout: TIMEOUT
	});
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function scenarioFile(name: string, content: string): string {
	const file = join(dir, name);
	writeFileSync(file, content);
	return file;
}

const validScenario = { schemaVersion: 1, id: 'test-scenario', title: 'Test', seed: 3, runs: 4 };

/** Lines of stderr, without blank ones. */
const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('simulate writes results', () => {
	let out: string;
	let run: ReturnType<typeof simulate>;
	beforeAll(() => {
		out = join(dir, 'baseline.json');
		run = simulate(['--scenario', 'scenarios/baseline.json', ...SMALL, '--seed', '11', '--out', out]);
	}, TIMEOUT);

	it('exits 0, reports progress on stderr and one summary line on stdout', () => {
		expect(run.stderr).toMatch(/run 1\/2/);
		expect(run.stderr).toMatch(/run 2\/2/);
		expect(run.status).toBe(0);
		expect(lines(run.stdout)).toHaveLength(1);
		expect(run.stdout).toContain(out);
		// stderr is a pipe here, not a terminal: no cursor-control codes.
		expect(run.stderr).not.toMatch(/\r|\x1b\[/);
	});

	it('writes the model.md results shape with the command-line seed and runs', () => {
		const doc = JSON.parse(readFileSync(out, 'utf8'));
		expect(Object.keys(doc)).toEqual(['model', 'scenario', 'seed', 'runs', 'sample', 'years', 'indicators', 'municipalities']);
		expect(doc.model).toEqual({ name: expect.any(String), version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
		expect(doc.scenario).toBe('baseline');
		expect(doc.seed).toBe(11);
		expect(doc.runs).toBe(2);
		expect(doc.sample).toBe(0.02);
		expect(doc.years).toEqual([2018, 2019, 2020]);
	});

	it('has every indicator model.md requires, each with a unit and four yearly statistics', () => {
		const doc = JSON.parse(readFileSync(out, 'utf8'));
		for (const key of REQUIRED_NATIONAL_INDICATORS) {
			const s = doc.indicators[key];
			expect(s, key).toBeDefined();
			expect(typeof s.unit, key).toBe('string');
			expect(s.unit.length, key).toBeGreaterThan(0);
			for (const stat of ['mean', 'p5', 'p50', 'p95']) {
				expect(s[stat], `${key}.${stat}`).toHaveLength(3);
				for (const v of s[stat]) expect(v === null || Number.isFinite(v), `${key}.${stat}`).toBe(true);
			}
		}
		expect(doc.indicators.spend_total.mean.every((v: number | null) => typeof v === 'number' && v > 0)).toBe(true);
	});

	it('has a municipalities block with all 98 municipalities and their required indicators', () => {
		const doc = JSON.parse(readFileSync(out, 'utf8'));
		expect(doc.municipalities).toHaveLength(98);
		expect(new Set(doc.municipalities.map((m: { code: string }) => m.code)).size).toBe(98);
		expect(doc.municipalities.find((m: { code: string }) => m.code === '101')?.name).toBe('København');
		for (const m of doc.municipalities) {
			for (const key of REQUIRED_MUNICIPAL_INDICATORS) expect(m.indicators[key], `${m.code} ${key}`).toHaveLength(3);
		}
	});

	it('never writes NaN or Infinity into the JSON', () => {
		const text = readFileSync(out, 'utf8');
		expect(text).not.toMatch(/NaN|Infinity/);
	});

	it('gives byte-identical JSON when run again with the same scenario and seed', () => {
		const again = join(dir, 'baseline-again.json');
		const second = simulate(['--scenario', 'scenarios/baseline.json', ...SMALL, '--seed', '11', '--out', again]);
		expect(second.status).toBe(0);
		expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
	}, TIMEOUT);

	it('gives different values with a different seed', () => {
		const other = join(dir, 'baseline-seed12.json');
		expect(simulate(['--scenario', 'scenarios/baseline.json', ...SMALL, '--seed', '12', '--out', other]).status).toBe(0);
		const a = JSON.parse(readFileSync(out, 'utf8'));
		const b = JSON.parse(readFileSync(other, 'utf8'));
		expect(b.seed).toBe(12);
		expect(b.indicators.spend_total.mean).not.toEqual(a.indicators.spend_total.mean);
	}, TIMEOUT);

	it('leaves no temporary file beside the output', () => {
		const leftovers = readdirSync(dir).filter((name) => name.endsWith('.tmp'));
		expect(leftovers).toEqual([]);
	});
});

describe('simulate --format csv', () => {
	it('writes a long CSV with one row per indicator, year and statistic, and the municipal rows', () => {
		const out = join(dir, 'baseline.csv');
		const run = simulate(['--scenario', 'scenarios/baseline.json', ...SMALL, '--format', 'csv', '--out', out]);
		expect(run.status).toBe(0);
		const text = readFileSync(out, 'utf8');
		expect(text.split('\n')[0]).toBe('scenario,seed,level,municipality_code,municipality_name,indicator,unit,year,statistic,value');
		const rows = csvParse(text);
		expect(rows.columns).toEqual([...CSV_COLUMNS]);
		const national = rows.filter((r) => r.level === 'national');
		const municipal = rows.filter((r) => r.level === 'municipal');
		expect(national.length + municipal.length).toBe(rows.length);
		for (const key of REQUIRED_NATIONAL_INDICATORS) {
			expect(national.filter((r) => r.indicator === key), key).toHaveLength(3 * 4);
		}
		const spend2019 = national.find((r) => r.indicator === 'spend_total' && r.year === '2019' && r.statistic === 'p50');
		expect(spend2019).toMatchObject({ scenario: 'baseline', seed: '7', unit: 'bn DKK, 2023 prices', municipality_code: '' });
		expect(Number(spend2019!.value)).toBeGreaterThan(0);
		expect(new Set(municipal.map((r) => r.municipality_code)).size).toBe(98);
		const kbh = municipal.filter((r) => r.municipality_code === '101' && r.indicator === 'spend_per_capita');
		expect(kbh.map((r) => r.year)).toEqual(['2018', '2019', '2020']);
		expect(kbh.every((r) => r.municipality_name === 'København' && r.statistic === 'mean' && Number(r.value) > 0)).toBe(true);
		for (const r of rows) expect(r.value === '' || Number.isFinite(Number(r.value)), `${r.indicator} ${r.year}`).toBe(true);
	}, TIMEOUT);
});

describe('simulate refuses bad scenario files', () => {
	/** Runs against a scenario file that must be refused; returns its stderr lines. */
	function refused(scenario: string): string[] {
		const out = join(dir, `never-${Math.random().toString(36).slice(2)}.json`);
		const run = simulate(['--scenario', scenario, ...SMALL, '--out', out]);
		expect(run.status).toBe(2);
		expect(existsSync(out)).toBe(false);
		expect(run.stdout).toBe('');
		return lines(run.stderr);
	}

	it('a malformed JSON file exits 2 with one line naming the file and the position', () => {
		const file = scenarioFile('malformed.json', '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n');
		const problems = refused(file);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^${literal(file)}: not valid JSON: .*line 4`));
	});

	it('an unknown key exits 2 with one line naming the key', () => {
		const file = scenarioFile('unknown-key.json', JSON.stringify({ ...validScenario, colour: 'red' }));
		expect(refused(file)).toEqual([`${file}: (top level): unknown key(s) colour (not part of the scenario schema)`]);
	});

	it('an unknown nested key names its path', () => {
		const file = scenarioFile('unknown-nested.json', JSON.stringify({ ...validScenario, horizon: { endYear: 2030, startYear: 2018 } }));
		expect(refused(file)).toEqual([`${file}: horizon: unknown key(s) startYear (not part of the scenario schema)`]);
	});

	it('a wrong type exits 2 with one line naming the field', () => {
		const file = scenarioFile('wrong-type.json', JSON.stringify({ ...validScenario, runs: '8' }));
		const problems = refused(file);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^${literal(file)}: runs: .*expected .*received string`));
	});

	it('an out-of-range value exits 2 with one line naming the field and the limit', () => {
		const file = scenarioFile('out-of-range.json', JSON.stringify({ ...validScenario, horizon: { endYear: 2050 } }));
		const problems = refused(file);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^${literal(file)}: horizon\\.endYear: .*2040`));
	});

	it('several problems give one line each', () => {
		const file = scenarioFile('several.json', JSON.stringify({ ...validScenario, runs: 0, seed: 'x', extra: true }));
		const problems = refused(file);
		expect(problems).toHaveLength(3);
		expect(problems.every((line) => line.startsWith(`${file}: `))).toBe(true);
		expect(problems.map((line) => line.slice(file.length + 2).split(':')[0]).sort()).toEqual(['(top level)', 'runs', 'seed']);
	});

	it('a missing file exits 2 with one line naming the file', () => {
		const file = join(dir, 'does-not-exist.json');
		expect(refused(file)).toEqual([`${file}: cannot read the file: no such file`]);
	});

	it('does not truncate an existing output file when the scenario is refused', () => {
		const out = join(dir, 'existing.json');
		writeFileSync(out, 'previous results');
		const run = simulate(['--scenario', join(dir, 'does-not-exist.json'), '--out', out]);
		expect(run.status).toBe(2);
		expect(readFileSync(out, 'utf8')).toBe('previous results');
	});
});

describe('simulate refuses bad options', () => {
	function refusedOption(args: string[]): string[] {
		const out = join(dir, `never-${Math.random().toString(36).slice(2)}.json`);
		const run = simulate(['--scenario', 'scenarios/baseline.json', '--out', out, ...args]);
		expect(run.status).toBe(2);
		expect(existsSync(out)).toBe(false);
		return lines(run.stderr);
	}

	it('a sample of 2 exits 2 with one line naming --sample', () => {
		const problems = refusedOption(['--sample', '2']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/--sample.*\(0, 1\]/);
	});

	it('a non-numeric run count exits 2 with one line naming --runs', () => {
		expect(refusedOption(['--runs', 'many'])).toEqual([expect.stringMatching(/--runs: expected a whole number, got 'many'/)]);
	});

	it('a run count above the scenario limit exits 2 with one line naming --runs', () => {
		expect(refusedOption(['--runs', '5000'])).toEqual([expect.stringMatching(/--runs: .*1000/)]);
	});

	it('an unknown option exits 2 with one line naming it', () => {
		expect(refusedOption(['--colour', 'red'])).toEqual([expect.stringMatching(/unknown option --colour/)]);
	});

	it('an unknown format exits 2 with one line listing the formats', () => {
		expect(refusedOption(['--format', 'xml'])).toEqual([expect.stringMatching(/--format: expected one of json, csv/)]);
	});

	it('a missing --out exits 2 and says it is required', () => {
		const run = simulate(['--scenario', 'scenarios/baseline.json']);
		expect(run.status).toBe(2);
		expect(lines(run.stderr)).toEqual([expect.stringMatching(/--out FILE is required/)]);
	});

	it('--help prints the usage on stdout and exits 0', () => {
		const run = simulate(['--help']);
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/--scenario FILE/);
		expect(run.stdout).toMatch(/--sample F/);
	});
});

function literal(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
