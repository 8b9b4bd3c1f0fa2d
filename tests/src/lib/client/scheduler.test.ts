import { describe, expect, it } from 'vitest';
import { Scheduler, type EngineHandle, type Job } from '../../../../src/lib/client/scheduler';
import type { RunRequest, RunResult } from '../../../../src/lib/client/engine-api';

/** A fake engine worker: runs stay pending until the test finishes or fails them. */
class FakeWorker implements EngineHandle {
	static all: FakeWorker[] = [];
	pending: { request: RunRequest; resolve: (r: RunResult) => void; reject: (e: unknown) => void }[] = [];
	terminated = false;
	constructor() {
		FakeWorker.all.push(this);
	}
	run(request: RunRequest): Promise<RunResult> {
		if (this.terminated) throw new Error('run on a terminated worker');
		return new Promise((resolve, reject) => this.pending.push({ request, resolve, reject }));
	}
	terminate(): void {
		this.terminated = true;
	}
	/** Finish the oldest pending run with a result that names its request. */
	finish(): void {
		const p = this.pending.shift();
		if (!p) throw new Error('nothing pending');
		p.resolve({ years: [2018], indicators: { spend_total: new Float64Array([p.request.replication]) }, ms: 1 });
	}
	fail(message: string): void {
		this.pending.shift()?.reject(new Error(message));
	}
}

const scenario = (id: string) => ({ schemaVersion: 2 as const, id, title: id, seed: 7, levers: {} });
const estimate = (key: string): Job => ({ id: `${key}|estimate`, kind: 'estimate', request: { scenario: scenario(key), replication: 0, sample: 0.01 } });
const full = (key: string, r: number): Job => ({ id: `${key}|full|${r}`, kind: 'full', request: { scenario: scenario(key), replication: r, sample: 1 } });
const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(size = 2) {
	FakeWorker.all = [];
	const results: string[] = [];
	const errors: string[] = [];
	const scheduler = new Scheduler({
		size,
		spawn: () => new FakeWorker(),
		onResult: (job) => results.push(job.id),
		onError: (job, e) => errors.push(`${job.id}: ${(e as Error).message}`)
	});
	const live = () => FakeWorker.all.filter((w) => !w.terminated);
	const runningOn = (jobId: string) => live().find((w) => w.pending.some((p) => `${p.request.scenario.id}|${p.request.sample < 1 ? 'estimate' : `full|${p.request.replication}`}` === jobId));
	return { scheduler, results, errors, live, runningOn };
}

describe('Scheduler', () => {
	it('keeps one worker for estimates besides the full-scale pool', () => {
		const { scheduler, live } = setup(2);
		expect(scheduler.workerCount).toBe(3);
		expect(live()).toHaveLength(3);
	});

	it('runs an estimate first and starts no full-scale run until it is done', async () => {
		const { scheduler, results, runningOn } = setup(2);
		scheduler.want([estimate('a'), full('a', 0), full('a', 1)]);
		expect(scheduler.running).toEqual(['a|estimate']);
		expect(scheduler.queued).toEqual(['a|full|0', 'a|full|1']);
		runningOn('a|estimate')!.finish();
		await flush();
		expect(results).toEqual(['a|estimate']);
		expect(scheduler.running.sort()).toEqual(['a|full|0', 'a|full|1']);
	});

	it('drops queued runs that are no longer wanted, and never reports a stale result', async () => {
		const { scheduler, results, runningOn } = setup(1);
		scheduler.want([estimate('a'), full('a', 0), full('a', 1)]);
		const w = runningOn('a|estimate')!;
		scheduler.want([estimate('b'), full('b', 0)]);
		// The stale estimate of a is left to finish (short); a's full runs are dropped from the queue.
		// b's estimate takes the idle full-scale worker; b's full run waits for it.
		expect(scheduler.running).toEqual(['a|estimate', 'b|estimate']);
		expect(scheduler.queued).toEqual(['b|full|0']);
		w.finish();
		await flush();
		expect(results).not.toContain('a|estimate');
		expect(scheduler.stats.discarded).toBe(1);
		expect(scheduler.queued).not.toContain('a|full|0');
	});

	it('terminates a worker running a stale full-scale run and replaces it', async () => {
		const { scheduler, results, live, runningOn } = setup(1);
		scheduler.want([full('a', 0)]);
		const w = runningOn('a|full|0')!;
		scheduler.want([full('b', 0)]);
		expect(w.terminated).toBe(true);
		expect(scheduler.stats.terminated).toBe(1);
		expect(live()).toHaveLength(2);
		expect(scheduler.running).toEqual(['b|full|0']);
		// Even if the terminated worker's answer arrived, it would be ignored.
		w.terminated = false;
		w.finish();
		await flush();
		expect(results).toEqual([]);
		runningOn('b|full|0')!.finish();
		await flush();
		expect(results).toEqual(['b|full|0']);
	});

	it('keeps a wanted run that is already running when the wish list changes', () => {
		const { scheduler } = setup(1);
		scheduler.want([full('base', 0), full('a', 0)]);
		expect(scheduler.running).toEqual(['base|full|0']);
		scheduler.want([estimate('b'), full('base', 0), full('b', 0)]);
		expect(new Set(scheduler.running)).toEqual(new Set(['b|estimate', 'base|full|0']));
		expect(scheduler.stats.terminated).toBe(0);
	});

	it('runs an estimate on an idle full-scale worker when the estimate worker is busy', () => {
		const { scheduler } = setup(2);
		scheduler.want([estimate('a'), estimate('base')]);
		expect(scheduler.running.sort()).toEqual(['a|estimate', 'base|estimate']);
	});

	it('ends twenty rapid changes with exactly the last wish running and reported', async () => {
		const { scheduler, results, live } = setup(2);
		for (let i = 0; i < 20; i++) scheduler.want([estimate(`s${i}`), full('base', 0), full(`s${i}`, 0)]);
		// Finish everything that is pending, oldest first, until nothing is left.
		for (let round = 0; round < 50; round++) {
			const busy = live().filter((w) => w.pending.length > 0);
			if (busy.length === 0) break;
			for (const w of busy) w.finish();
			await flush();
		}
		expect(results).toContain('s19|estimate');
		expect(results).toContain('s19|full|0');
		expect(results).toContain('base|full|0');
		expect(results.filter((id) => !id.startsWith('s19|') && !id.startsWith('base|'))).toEqual([]);
		expect(scheduler.running).toEqual([]);
		expect(scheduler.queued).toEqual([]);
	});

	it('reports a failed run and replaces its worker', async () => {
		const { scheduler, errors, runningOn, live } = setup(1);
		scheduler.want([estimate('a')]);
		runningOn('a|estimate')!.fail('boom');
		await flush();
		expect(errors).toEqual(['a|estimate: boom']);
		expect(scheduler.stats.spawned).toBe(3);
		expect(live()).toHaveLength(2);
	});

	it('lends a spare worker only while a full-scale run waits for one', async () => {
		const { scheduler, results, live, runningOn } = setup(1);
		scheduler.setSpare(1);
		expect(live()).toHaveLength(2); // nothing waits: no spare yet
		scheduler.want([full('a', 0), full('a', 1), full('a', 2)]);
		expect(live()).toHaveLength(3);
		expect(scheduler.running).toEqual(['a|full|0', 'a|full|1']);
		expect(scheduler.queued).toEqual(['a|full|2']);
		runningOn('a|full|1')!.finish();
		await flush();
		expect(results).toEqual(['a|full|1']);
		expect(scheduler.running.sort()).toEqual(['a|full|0', 'a|full|2']);
		expect(live()).toHaveLength(3);
	});

	it('takes a spare back at once, queueing its wanted run again in its place', async () => {
		const { scheduler, results, live, runningOn } = setup(1);
		scheduler.setSpare(1);
		scheduler.want([full('a', 0), full('a', 1), full('a', 2)]);
		const spare = runningOn('a|full|1')!;
		scheduler.setSpare(0);
		expect(spare.terminated).toBe(true);
		expect(live()).toHaveLength(2);
		expect(scheduler.workerCount).toBe(2);
		expect(scheduler.running).toEqual(['a|full|0']);
		expect(scheduler.queued).toEqual(['a|full|1', 'a|full|2']);
		expect(scheduler.stats.reclaimed).toBe(1);
		// A late answer from the reclaimed worker is never reported.
		spare.finish();
		await flush();
		expect(results).toEqual([]);
		runningOn('a|full|0')!.finish();
		await flush();
		expect(results).toEqual(['a|full|0']);
		expect(scheduler.running).toEqual(['a|full|1']);
	});

	it('gives up the spare running the least urgent run first', () => {
		const { scheduler, runningOn } = setup(1);
		scheduler.setSpare(2);
		scheduler.want([full('a', 0), full('a', 1), full('a', 2), full('a', 3)]);
		expect(scheduler.running).toEqual(['a|full|0', 'a|full|1', 'a|full|2']);
		const least = runningOn('a|full|2')!;
		scheduler.setSpare(1);
		expect(least.terminated).toBe(true);
		expect(runningOn('a|full|1')!.terminated).toBe(false);
		expect(scheduler.queued).toEqual(['a|full|2', 'a|full|3']);
	});

	it('terminates every worker on dispose and reports nothing afterwards', async () => {
		const { scheduler, results, runningOn } = setup(1);
		scheduler.want([estimate('a')]);
		const w = runningOn('a|estimate')!;
		scheduler.dispose();
		expect(FakeWorker.all.every((x) => x.terminated)).toBe(true);
		w.finish();
		await flush();
		expect(results).toEqual([]);
	});
});
