/**
 * Web Worker for the map and validation pages: one replication per call, national and municipal
 * indicators returned as transferred typed arrays (see replication-api.ts).
 */
import * as Comlink from 'comlink';
import { MODEL_NAME, MODEL_VERSION } from '../../../../models/index';
import { buffersOf, runInMonthlyTasks, toScenario, workerMunicipalities } from '../worker-engine';
import type { ReplicationApi, ReplicationOutput, ReplicationRequest } from './replication-api';

const api: ReplicationApi = {
	modelInfo() {
		return { name: MODEL_NAME, version: MODEL_VERSION };
	},
	async run({ scenario, replication, sample, endYear }: ReplicationRequest): Promise<ReplicationOutput> {
		const started = performance.now();
		// In monthly tasks, so that leaving the page stops the workers at once (runInMonthlyTasks).
		const result = await runInMonthlyTasks({ scenario: toScenario(scenario), municipalities: workerMunicipalities(), replication, sample, endYear });
		const out: ReplicationOutput = {
			years: result.years,
			national: result.indicators,
			codes: result.municipal.codes,
			municipal: result.municipal.indicators,
			ms: performance.now() - started
		};
		return Comlink.transfer(out, buffersOf([...Object.values(out.national), ...Object.values(out.municipal)]));
	}
};

Comlink.expose(api);
