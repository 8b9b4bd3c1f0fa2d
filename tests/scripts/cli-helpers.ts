/**
 * Helpers for end-to-end tests of the CLI commands: spawn a script the way `npm run …` does
 * (`node --import tsx scripts/….ts`), write small scenario files into a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIO_SCHEMA_VERSION } from '../../models/index';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TIMEOUT = 90_000;

export interface ScriptRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

export function runScript(script: string, args: string[]): ScriptRun {
	const run = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
		cwd: root,
		encoding: 'utf8',
		timeout: TIMEOUT
	});
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Non-blank lines of a text. */
export const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** A temporary directory for one test file, and a way to write JSON scenario files into it. */
export function tempDir(prefix: string) {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	let n = 0;
	return {
		dir,
		path: (name: string) => join(dir, name),
		/** A fresh output path that does not exist yet. */
		out: (ext = 'json') => join(dir, `out-${++n}.${ext}`),
		scenario(name: string, content: object | string): string {
			const file = join(dir, name);
			writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
			return file;
		},
		remove: () => rmSync(dir, { recursive: true, force: true })
	};
}

/**
 * A small valid scenario: 2 replications, simulated 2018–2024, seed 5. Tests add a `--sample 0.02`
 * so one run takes a fraction of a second.
 */
export function smallScenario(id: string, extra: object = {}) {
	return { schemaVersion: SCENARIO_SCHEMA_VERSION, id, title: `Test ${id}`, seed: 5, runs: 2, horizon: { endYear: 2024 }, ...extra };
}

/** A policy knob switched from 2020: the alternative offer may cost nothing extra (2024 agreement). */
export const ALTERNATIVE_OFFER_0_FROM_2020 = { policyChanges: [{ year: 2020, policy: { alternativeOfferLimit: 0 } }] };
