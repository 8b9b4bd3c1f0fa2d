/**
 * Web Worker that runs the simulation engine off the main thread, exposed with Comlink.
 * One coarse call per replication; results come back as transferred typed arrays.
 */
import * as Comlink from 'comlink';
import { MODEL_NAME, MODEL_VERSION, runReplication } from '../../../models/index';
import type { EngineApi, RunRequest, RunResult } from './engine-api';
import { buffersOf, toScenario, workerMunicipalities } from './worker-engine';

const api: EngineApi = {
	modelInfo() {
		return { name: MODEL_NAME, version: MODEL_VERSION };
	},
	run({ scenario, replication, sample }: RunRequest): RunResult {
		const started = performance.now();
		const result = runReplication({ scenario: toScenario(scenario), municipalities: workerMunicipalities(), replication, sample });
		const out: RunResult = { years: result.years, indicators: result.indicators, ms: performance.now() - started };
		return Comlink.transfer(out, buffersOf(Object.values(out.indicators)));
	}
};

Comlink.expose(api);
