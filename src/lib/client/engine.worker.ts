/**
 * Web Worker that runs the simulation engine off the main thread, exposed with Comlink.
 * One coarse call per replication; results come back as transferred typed arrays.
 */
import * as Comlink from 'comlink';
import { CheckpointStore, MODEL_NAME, MODEL_VERSION, replicationSteps, runReplication } from '../../../models/index';
import type { EngineApi, RunRequest, RunResult } from './engine-api';
import { buffersOf, toScenario, workerMunicipalities } from './worker-engine';

/**
 * Year-start checkpoints of sample runs (first estimates; about 0.5 MB each at a 1 % sample), so a
 * lever's estimate resumes from the baseline's state in its start year: identical results, about a
 * quarter less time for a lever from 2026. Full-scale runs keep none (megabytes per year each).
 */
const CHECKPOINT_SAMPLE_LIMIT = 0.05;
const checkpoints = new CheckpointStore({ maxRuns: 2 });

/**
 * Warm-up while idle. A fresh worker's first runs are several times slower than later ones, while
 * the JIT compiles the engine (1 % sample in Node: about 570, 200, 130, then 50 ms). So after its
 * first estimate a worker runs a few lever estimates of its own, one simulated year per task: a
 * request arriving meanwhile waits for one year's step at most (10–30 ms), and the user's first
 * lever change meets compiled code. Their results are dropped.
 */
const WARM_UP_RUNS = 3;
/** A lever from 2026 (the committee's tariff model): the warm-up resumes from checkpoints like a real change. */
const WARM_UP_LEVERS = { r2_4: { setting: 'proposed' } };
let warmUpStarted = false;

function warmUp(request: RunRequest, remaining: number): void {
	if (remaining <= 0) return;
	const scenario = { ...request.scenario, levers: { ...request.scenario.levers, ...WARM_UP_LEVERS } };
	const steps = replicationSteps({
		scenario: toScenario(scenario),
		municipalities: workerMunicipalities(),
		replication: request.replication,
		sample: request.sample,
		checkpoints
	});
	const slice = (): void => {
		if (steps.next().done) warmUp(request, remaining - 1);
		else setTimeout(slice, 0);
	};
	setTimeout(slice, 0);
}

const api: EngineApi = {
	modelInfo() {
		return { name: MODEL_NAME, version: MODEL_VERSION };
	},
	run(request: RunRequest): RunResult {
		const { scenario, replication, sample } = request;
		const started = performance.now();
		const estimate = sample <= CHECKPOINT_SAMPLE_LIMIT;
		const result = runReplication({
			scenario: toScenario(scenario),
			municipalities: workerMunicipalities(),
			replication,
			sample,
			checkpoints: estimate ? checkpoints : undefined
		});
		const out: RunResult = { years: result.years, indicators: result.indicators, ms: performance.now() - started };
		if (estimate && !warmUpStarted) {
			warmUpStarted = true;
			warmUp(request, WARM_UP_RUNS);
		}
		return Comlink.transfer(out, buffersOf(Object.values(out.indicators)));
	}
};

Comlink.expose(api);
