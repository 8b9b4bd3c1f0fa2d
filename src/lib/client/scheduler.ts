/**
 * A latest-wins scheduler over a pool of engine workers.
 *
 * The caller says, each time its inputs change, which runs it still wants (`want`, in priority
 * order, leaving out runs it already has). Everything else is stale: queued stale runs are dropped,
 * a running stale full-scale run is stopped by terminating its worker (a fresh one takes its place:
 * cheaper than waiting seconds for a result nobody will draw), and a running stale estimate (a small
 * sample run, a fraction of a second) is left to finish. Results of runs that were stale when they
 * finished are never reported, so they can never be drawn.
 *
 * Estimates come first: one worker is kept for estimates only (so it stays warm and is free at
 * once), an estimate may also take any idle worker, and no full-scale run starts while an estimate
 * is waiting or running, so a first estimate gets the machine's attention.
 *
 * Spare workers (`setSpare`) run full-scale replications only while the page lets them: the session
 * asks for them while the reader is idle and takes them back at the next input. A spare worker is
 * created only when a full-scale run is waiting for one; taking it back terminates it, and a run it
 * had that is still wanted goes back to the queue in its place in the order.
 *
 * Plain TypeScript with no browser types: tests drive it with fake workers.
 */
import type { RunRequest, RunResult } from './engine-api';

export type JobKind = 'estimate' | 'full';

export interface Job {
	/** Unique id of the run, e.g. `${scenarioKey}|full|3`; the same run always has the same id. */
	id: string;
	kind: JobKind;
	request: RunRequest;
}

/** One engine worker as the scheduler sees it. `run` rejects if the run fails or the worker dies. */
export interface EngineHandle {
	run(request: RunRequest): Promise<RunResult>;
	terminate(): void;
}

export interface SchedulerOptions {
	/** Workers for full-scale runs (e.g. navigator.hardwareConcurrency). */
	size: number;
	/** Extra workers kept for estimates only (default 1). */
	estimateWorkers?: number;
	spawn: () => EngineHandle;
	onResult: (job: Job, result: RunResult) => void;
	onError: (job: Job, error: unknown) => void;
}

interface Slot {
	handle: EngineHandle;
	reserved: boolean;
	/** Lent while the reader is idle (setSpare); taken back first. */
	spare: boolean;
	job: Job | undefined;
	/** Bumped whenever the slot's worker is replaced: answers from a replaced worker are ignored. */
	generation: number;
}

export interface SchedulerStats {
	/** Workers created so far, including replacements. */
	spawned: number;
	/** Workers terminated to stop stale runs. */
	terminated: number;
	/** Results dropped because their run had become stale. */
	discarded: number;
	/** Spare workers taken back while running a wanted run (the run was queued again). */
	reclaimed: number;
}

export class Scheduler {
	private readonly slots: Slot[] = [];
	private queue: Job[] = [];
	/** The last `want` list, in priority order (to put a reclaimed run back in its place). */
	private order: readonly Job[] = [];
	private wanted = new Set<string>();
	private spareAllowed = 0;
	private disposed = false;
	private readonly options: SchedulerOptions;
	readonly stats: SchedulerStats = { spawned: 0, terminated: 0, discarded: 0, reclaimed: 0 };

	constructor(options: SchedulerOptions) {
		this.options = options;
		const reserved = options.estimateWorkers ?? 1;
		for (let i = 0; i < reserved + Math.max(1, options.size); i++) {
			this.slots.push({ handle: this.spawn(), reserved: i < reserved, spare: false, job: undefined, generation: 0 });
		}
	}

	/** Ids of the runs in progress. */
	get running(): string[] {
		return this.slots.flatMap((s) => (s.job ? [s.job.id] : []));
	}

	/** Ids of the runs waiting for a worker, in the order they will start. */
	get queued(): string[] {
		return this.queue.map((j) => j.id);
	}

	get workerCount(): number {
		return this.slots.length;
	}

	/**
	 * Replace what is wanted: `jobs` in priority order (the first runs first), without the runs the
	 * caller already has. Anything not in the list is stale from now on.
	 */
	want(jobs: readonly Job[]): void {
		if (this.disposed) return;
		this.order = jobs;
		this.wanted = new Set(jobs.map((j) => j.id));
		const running = new Set(this.running);
		this.queue = jobs.filter((j) => !running.has(j.id));
		for (const slot of this.slots) {
			if (slot.job && !this.wanted.has(slot.job.id) && slot.job.kind === 'full') this.replace(slot);
		}
		this.pump();
	}

	/**
	 * Allow up to `count` spare workers for full-scale runs (0 takes them all back at once). Spare
	 * workers beyond the count are terminated; their wanted runs are queued again.
	 */
	setSpare(count: number): void {
		if (this.disposed) return;
		this.spareAllowed = Math.max(0, count);
		const spares = this.slots.filter((s) => s.spare);
		// Idle ones go first, then the ones running the least urgent runs.
		spares.sort((a, b) => this.urgency(b) - this.urgency(a));
		let requeue = false;
		while (spares.length > this.spareAllowed) {
			const slot = spares.shift()!;
			if (slot.job) {
				this.stats.reclaimed++;
				requeue ||= this.wanted.has(slot.job.id);
			}
			slot.generation++;
			slot.job = undefined;
			slot.handle.terminate();
			this.slots.splice(this.slots.indexOf(slot), 1);
		}
		if (requeue) {
			const running = new Set(this.running);
			this.queue = this.order.filter((j) => this.wanted.has(j.id) && !running.has(j.id));
		}
		this.pump();
	}

	/** A slot's place in the want order (idle: after everything). */
	private urgency(slot: Slot): number {
		if (!slot.job) return Infinity;
		const id = slot.job.id;
		return this.order.findIndex((j) => j.id === id);
	}

	/** Terminate every worker; nothing is reported after this. */
	dispose(): void {
		this.disposed = true;
		this.queue = [];
		this.wanted.clear();
		for (const slot of this.slots) {
			slot.generation++;
			slot.job = undefined;
			slot.handle.terminate();
		}
	}

	private spawn(): EngineHandle {
		this.stats.spawned++;
		return this.options.spawn();
	}

	private replace(slot: Slot): void {
		slot.generation++;
		slot.job = undefined;
		slot.handle.terminate();
		this.stats.terminated++;
		slot.handle = this.spawn();
	}

	private pump(): void {
		while (this.queue.length > 0) {
			const next = this.queue[0]!;
			const slot = this.slotFor(next);
			if (!slot) return;
			this.queue.shift();
			this.start(slot, next);
		}
	}

	/** An idle worker for the job, or none (the job waits; jobs behind it wait too, keeping the order). */
	private slotFor(job: Job): Slot | undefined {
		const idle = this.slots.filter((s) => !s.job);
		if (job.kind === 'estimate') return idle.find((s) => s.reserved) ?? idle[0];
		// Estimates first: no full run starts while a wanted estimate runs (stale ones finish on their own).
		if (this.slots.some((s) => s.job?.kind === 'estimate' && this.wanted.has(s.job.id))) return undefined;
		const free = idle.find((s) => !s.reserved);
		if (free || this.slots.filter((s) => s.spare).length >= this.spareAllowed) return free;
		const spare: Slot = { handle: this.spawn(), reserved: false, spare: true, job: undefined, generation: 0 };
		this.slots.push(spare);
		return spare;
	}

	private start(slot: Slot, job: Job): void {
		slot.job = job;
		const generation = slot.generation;
		let promise: Promise<RunResult>;
		try {
			promise = slot.handle.run(job.request);
		} catch (error) {
			promise = Promise.reject(error);
		}
		promise.then(
			(result) => this.settle(slot, generation, job, false, () => this.options.onResult(job, result)),
			(error: unknown) => this.settle(slot, generation, job, true, () => this.options.onError(job, error))
		);
	}

	private settle(slot: Slot, generation: number, job: Job, failed: boolean, report: () => void): void {
		if (this.disposed || slot.generation !== generation) return; // the worker was replaced
		slot.job = undefined;
		// A failed run may have left its worker dead or broken: start afresh.
		if (failed) this.replace(slot);
		if (this.wanted.has(job.id)) {
			this.wanted.delete(job.id);
			report();
		} else {
			this.stats.discarded++;
		}
		this.pump();
	}
}
