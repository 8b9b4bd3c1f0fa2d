/**
 * Web Worker that runs the simulation engine off the main thread, exposed with Comlink.
 * One coarse call per replication; results come back as transferred typed arrays.
 */
import * as Comlink from 'comlink';
import municipalityRows from '$shareddata/dk_kommuner.json';
import {
	MODEL_NAME,
	MODEL_VERSION,
	parseMunicipalities,
	parseScenario,
	runReplication,
	type Municipality,
	type Scenario
} from '../../../models/index';
import type { EngineApi, RunRequest, RunResult, ScenarioDraft } from './engine-api';

let municipalities: Municipality[] | undefined;
const parsed = new Map<string, Scenario>();

/** The engine's scenario for the app's draft (`parseScenario` validates it and compiles its levers). */
function toScenario(draft: ScenarioDraft): Scenario {
	const key = JSON.stringify(draft);
	const known = parsed.get(key);
	if (known) return known;
	const result = parseScenario(draft);
	if (!result.ok) throw new Error(`Invalid scenario:\n${result.problems.join('\n')}`);
	if (parsed.size > 100) parsed.clear();
	parsed.set(key, result.scenario);
	return result.scenario;
}

const api: EngineApi = {
	modelInfo() {
		return { name: MODEL_NAME, version: MODEL_VERSION };
	},
	run({ scenario, replication, sample }: RunRequest): RunResult {
		const started = performance.now();
		municipalities ??= parseMunicipalities(municipalityRows);
		const result = runReplication({ scenario: toScenario(scenario), municipalities, replication, sample });
		const out: RunResult = { years: result.years, indicators: result.indicators, ms: performance.now() - started };
		const buffers = new Set<ArrayBuffer>();
		for (const values of Object.values(out.indicators)) {
			if (values.buffer instanceof ArrayBuffer) buffers.add(values.buffer);
		}
		return Comlink.transfer(out, [...buffers]);
	}
};

Comlink.expose(api);
