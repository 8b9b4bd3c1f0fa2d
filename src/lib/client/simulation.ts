/**
 * The session's simulations: which runs each screen wants, a scheduler that runs them on the worker
 * pool, and the cache of results. Plain TypeScript (tests use fake workers); the Svelte side only
 * listens for updates.
 */
import type { RunResult, ScenarioDraft } from './engine-api';
import { ResultCache, type RunSet } from './results';
import { Scheduler, type EngineHandle, type Job } from './scheduler';
import { scenarioKey } from './levers';
import { runFailure, type RunFailure } from './scenario-problems';

/**
 * Sampling fraction of a first estimate. Chosen by measuring (README of the app, tests/e2e): a
 * sample of 1 % runs in 50–100 ms in a warm worker (resuming from the baseline's checkpoints), and its total spending is within about
 * ±1 % of the full-scale replication; smaller samples are barely faster (fixed costs dominate).
 */
export const ESTIMATE_SAMPLE = 0.01;
/** Full-scale replications per scenario unless the URL asks otherwise (?runs=N). */
export const DEFAULT_RUNS = 40;
export const MAX_RUNS = 200;
/** Results of this many scenarios are kept (least recently used go first; wanted ones always stay). */
const CACHE_SCENARIOS = 24;

export interface Target {
	key: string;
	scenario: ScenarioDraft;
}

export function target(scenario: ScenarioDraft): Target {
	return { key: scenarioKey(scenario), scenario };
}

/**
 * The runs still missing for these targets, most urgent first: every target's first estimate, then
 * full replications 0, 1, 2 … of each target in turn (so pairs against the baseline complete together).
 * Targets to `prefetch` (e.g. the presenter's next slide) come after each stage: their estimates
 * before the targets' full runs, so that stepping to them is instant, and their full runs last.
 */
export function planJobs(
	targets: readonly Target[],
	cache: ResultCache,
	runs: number,
	sample = ESTIMATE_SAMPLE,
	prefetch: readonly Target[] = []
): Job[] {
	const unique = (list: readonly Target[]) => list.filter((t, i) => list.findIndex((u) => u.key === t.key) === i);
	const now = unique(targets);
	const later = unique(prefetch).filter((p) => !now.some((t) => t.key === p.key));
	const setOf = (t: Target) => (cache.has(t.key) ? cache.get(t.key) : undefined);
	const estimates = (list: readonly Target[]): Job[] =>
		list
			.filter((t) => {
				const set = setOf(t);
				return !set?.estimate && !(set && set.full.size > 0);
			})
			.map((t) => ({ id: `${t.key}|estimate`, kind: 'estimate', request: { scenario: t.scenario, replication: 0, sample } }));
	const fullRuns = (list: readonly Target[]): Job[] => {
		const jobs: Job[] = [];
		for (let r = 0; r < runs; r++) {
			for (const t of list) {
				if (setOf(t)?.full.has(r)) continue;
				jobs.push({ id: `${t.key}|full|${r}`, kind: 'full', request: { scenario: t.scenario, replication: r, sample: 1 } });
			}
		}
		return jobs;
	};
	return [...estimates(now), ...estimates(later), ...fullRuns(now), ...fullRuns(later)];
}

export interface SimulationOptions {
	size: number;
	spawn: () => EngineHandle;
	/** Called after every result or error (from the worker's reply; cheap). */
	onUpdate: () => void;
}

export class Simulation {
	readonly cache = new ResultCache();
	/** Scenario key → why its runs failed (worded by the page in the reader's language). */
	readonly errors = new Map<string, RunFailure>();
	private readonly scheduler: Scheduler;
	private readonly keys = new Map<string, string>();
	private targets: readonly Target[] = [];
	private runs = DEFAULT_RUNS;
	private readonly onUpdate: () => void;
	/** Timing of the runs, ms (for the status line and the tests). */
	readonly timing = { estimate: [] as number[], full: [] as number[] };

	constructor(options: SimulationOptions) {
		this.onUpdate = options.onUpdate;
		this.scheduler = new Scheduler({
			size: options.size,
			spawn: options.spawn,
			onResult: (job, result) => this.accept(job, result),
			onError: (job, error) => {
				const key = this.keys.get(job.id);
				if (key) this.errors.set(key, runFailure(error, job.request.scenario));
				this.onUpdate();
			}
		});
	}

	get workerCount(): number {
		return this.scheduler.workerCount;
	}

	get stats() {
		return this.scheduler.stats;
	}

	/** Lend (or take back, with 0) spare workers for full-scale runs (Scheduler.setSpare). */
	setSpare(count: number): void {
		this.scheduler.setSpare(count);
	}

	/**
	 * What the screen needs now (latest wins): `targets` in priority order, `runs` full replications
	 * each, and what it will probably need next (`prefetch`, computed when the targets leave room).
	 */
	want(targets: readonly Target[], runs: number, prefetch: readonly Target[] = []): void {
		this.targets = targets;
		this.runs = runs;
		const all = [...targets, ...prefetch];
		for (const t of all) this.cache.touch(t.key);
		this.cache.prune(new Set(all.map((t) => t.key)), CACHE_SCENARIOS);
		const jobs = planJobs(targets, this.cache, runs, ESTIMATE_SAMPLE, prefetch);
		this.keys.clear();
		for (const t of all) {
			this.keys.set(`${t.key}|estimate`, t.key);
			for (let r = 0; r < runs; r++) this.keys.set(`${t.key}|full|${r}`, t.key);
		}
		this.scheduler.want(jobs);
	}

	/** The runs of a scenario so far (undefined if none). */
	results(key: string): RunSet | undefined {
		return this.cache.has(key) ? this.cache.get(key) : undefined;
	}

	/** Is any wanted run still missing? */
	get busy(): boolean {
		return this.scheduler.running.length + this.scheduler.queued.length > 0 && this.targets.length > 0;
	}

	dispose(): void {
		this.scheduler.dispose();
	}

	private accept(job: Job, result: RunResult): void {
		const key = this.keys.get(job.id);
		if (!key) return;
		const set = this.cache.get(key);
		if (job.kind === 'estimate') {
			set.estimate = result;
			this.timing.estimate.push(result.ms);
		} else {
			set.full.set(job.request.replication, result);
			this.timing.full.push(result.ms);
		}
		this.onUpdate();
	}
}

/** Runs requested by the URL (?runs=N), else the default. */
export function runsFromSearch(search: string): number {
	const raw = new URLSearchParams(search).get('runs');
	if (raw === null || !/^\d{1,4}$/.test(raw)) return DEFAULT_RUNS;
	return Math.min(MAX_RUNS, Number(raw));
}
