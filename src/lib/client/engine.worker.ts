/**
 * Web Worker that runs the simulation engine off the main thread, exposed with Comlink.
 * One coarse call per replication; results come back as transferred typed arrays.
 */
import * as Comlink from 'comlink';
import { CheckpointStore, MODEL_NAME, MODEL_VERSION, replicationSteps, runReplication } from '../../../models/index';
import type { EngineApi, RunRequest, RunResult } from './engine-api';
import { buffersOf, runInMonthlyTasks, toScenario, workerMunicipalities } from './worker-engine';
import { WARM_UP_RUNS, warmUpDraft } from './warm-up';

/**
 * Year-start checkpoints of sample runs (first estimates; about 0.5 MB each at a 1 % sample), so a
 * lever's estimate resumes from the baseline's state in its start year: identical results, about a
 * quarter less time for a lever from 2026. Full-scale runs keep none (megabytes per year each).
 */
const CHECKPOINT_SAMPLE_LIMIT = 0.05;
const checkpoints = new CheckpointStore({ maxRuns: 2 });

let warmUpStarted = false;

/** Warm-up while idle (warm-up.ts), one simulated year per task: a request arriving meanwhile waits one year's step at most. */
function warmUp(request: RunRequest, remaining: number): void {
	if (remaining <= 0) return;
	// A failing warm-up only means a slower first change: it must never surface as a worker error,
	// which would fail the worker's real runs.
	const quietly = (step: () => void) => () => {
		try {
			step();
		} catch (error) {
			console.warn('engine warm-up skipped:', error);
		}
	};
	setTimeout(
		quietly(() => {
			const steps = replicationSteps({
				scenario: toScenario(warmUpDraft(request.scenario)),
				municipalities: workerMunicipalities(),
				replication: request.replication,
				sample: request.sample,
				checkpoints
			});
			const slice = quietly(() => {
				if (steps.next().done) warmUp(request, remaining - 1);
				else setTimeout(slice, 0);
			});
			slice();
		}),
		0
	);
}

const api: EngineApi = {
	modelInfo() {
		return { name: MODEL_NAME, version: MODEL_VERSION };
	},
	async run(request: RunRequest): Promise<RunResult> {
		const { scenario, replication, sample } = request;
		const started = performance.now();
		const estimate = sample <= CHECKPOINT_SAMPLE_LIMIT;
		const options = {
			scenario: toScenario(scenario),
			municipalities: workerMunicipalities(),
			replication,
			sample,
			checkpoints: estimate ? checkpoints : undefined
		};
		// An estimate (a tenth of a second) runs in one task, never delayed by the warm-up's slices; a
		// full-scale run, which a lever change may make stale, in monthly tasks (runInMonthlyTasks).
		const result = estimate ? runReplication(options) : await runInMonthlyTasks(options);
		const out: RunResult = { years: result.years, indicators: result.indicators, ms: performance.now() - started };
		if (estimate && !warmUpStarted) {
			warmUpStarted = true;
			warmUp(request, WARM_UP_RUNS);
		}
		return Comlink.transfer(out, buffersOf(Object.values(out.indicators)));
	}
};

Comlink.expose(api);
