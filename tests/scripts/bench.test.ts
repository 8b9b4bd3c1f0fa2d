/**
 * The `bench` command end to end, spawned the way `npm run bench` runs it, on a 1:50 sample without
 * the warm-up run: the table, the phase split and the last line's JSON (design/model.md §Performance).
 * Only the shape and the arithmetic are checked here: the figures themselves depend on the machine.
 */
import { describe, expect, it } from 'vitest';
import { PHASES } from '../../models/step';
import { TIMEOUT, lines, runScript } from './cli-helpers';

describe('npm run bench', () => {
	it('prints the budget table, where the time goes, and the four figures as JSON on its last line', () => {
		const run = runScript('bench', ['--sample', '0.02', '--no-warmup']);
		expect(run.status, run.stderr).toBe(0);
		const out = lines(run.stdout);
		const result = JSON.parse(out.at(-1) ?? '');
		expect(Object.keys(result)).toEqual([
			'seconds_per_replication',
			'citizen_months_per_second',
			'ratio_to_floor',
			'bytes_per_citizen'
		]);
		for (const value of Object.values(result)) expect(value).toBeGreaterThan(0);
		expect(out.some((line) => line.startsWith('seconds per replication'))).toBe(true);

		// One line per phase of the month, in schedule order; together they are the whole run.
		const header = out.findIndex((line) => line.startsWith('where the time goes'));
		expect(header).toBeGreaterThan(0);
		const phaseLines = out.slice(header + 1, header + 1 + PHASES.length);
		expect(phaseLines).toHaveLength(PHASES.length);
		const seconds = phaseLines.map((line) => Number(/\s([\d.]+)\s+[\d.]+ %$/.exec(line)?.[1]));
		for (const s of seconds) expect(s).toBeGreaterThanOrEqual(0);
		const total = seconds.reduce((a, b) => a + b, 0);
		expect(total).toBeLessThanOrEqual(result.seconds_per_replication + 0.002);
		expect(total).toBeGreaterThan(result.seconds_per_replication * 0.9);
	}, TIMEOUT);
});
