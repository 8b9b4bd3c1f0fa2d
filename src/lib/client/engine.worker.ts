/**
 * Web Worker that runs the simulation engine off the main thread, exposed with Comlink.
 * One coarse call per replication; results come back as transferred typed arrays.
 */
import * as Comlink from 'comlink';
import municipalityRows from '$shareddata/dk_kommuner.json';
import baselineFile from '../../../scenarios/baseline.json';
import {
	MODEL_NAME,
	MODEL_VERSION,
	parseMunicipalities,
	runReplication,
	scenarioSchema,
	type Municipality,
	type Scenario
} from '../../../models/index';
import type { EngineApi, ProgressCallback, ReplicationResult } from './engine-api';

let inputs: { scenario: Scenario; municipalities: Municipality[] } | undefined;

/** Validate the bundled inputs once, on first use (a failure rejects the call instead of killing the worker). */
function baselineInputs(): { scenario: Scenario; municipalities: Municipality[] } {
	inputs ??= {
		scenario: scenarioSchema.parse(baselineFile),
		municipalities: parseMunicipalities(municipalityRows)
	};
	return inputs;
}

/** The distinct buffers behind a result's typed arrays (a buffer may be listed only once). */
function transferables(result: ReplicationResult): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	for (const group of [result.indicators, result.municipal.indicators]) {
		for (const values of Object.values(group)) {
			if (values.buffer instanceof ArrayBuffer) buffers.add(values.buffer);
		}
	}
	return [...buffers];
}

const api: EngineApi = {
	modelInfo() {
		return { name: MODEL_NAME, version: MODEL_VERSION };
	},
	runBaseline(replication, onProgress) {
		try {
			const { scenario, municipalities } = baselineInputs();
			// Progress messages are posted at once, even though this call keeps the worker busy.
			const onYear = onProgress ? (yearsDone: number) => void onProgress(yearsDone) : undefined;
			const result = runReplication({ scenario, municipalities, replication, onYear });
			return Comlink.transfer(result, transferables(result));
		} finally {
			(onProgress as Comlink.Remote<ProgressCallback> | undefined)?.[Comlink.releaseProxy]();
		}
	}
};

Comlink.expose(api);
