/**
 * Web Worker for the map and validation pages: one replication per call, national and municipal
 * indicators returned as transferred typed arrays (see replication-api.ts).
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
} from '../../../../models/index';
import type { ReplicationApi, ReplicationOutput, ReplicationRequest } from './replication-api';

let municipalities: Municipality[] | undefined;
const parsed = new Map<string, Scenario>();

function toScenario(raw: unknown): Scenario {
	const key = JSON.stringify(raw);
	const known = parsed.get(key);
	if (known) return known;
	const result = parseScenario(raw);
	if (!result.ok) throw new Error(`Invalid scenario:\n${result.problems.join('\n')}`);
	if (parsed.size > 20) parsed.clear();
	parsed.set(key, result.scenario);
	return result.scenario;
}

const api: ReplicationApi = {
	modelInfo() {
		return { name: MODEL_NAME, version: MODEL_VERSION };
	},
	run({ scenario, replication, sample, endYear }: ReplicationRequest): ReplicationOutput {
		const started = performance.now();
		municipalities ??= parseMunicipalities(municipalityRows);
		const result = runReplication({ scenario: toScenario(scenario), municipalities, replication, sample, endYear });
		const out: ReplicationOutput = {
			years: result.years,
			national: result.indicators,
			codes: result.municipal.codes,
			municipal: result.municipal.indicators,
			ms: performance.now() - started
		};
		const buffers = new Set<ArrayBuffer>();
		for (const values of [...Object.values(out.national), ...Object.values(out.municipal)]) {
			if (values.buffer instanceof ArrayBuffer) buffers.add(values.buffer);
		}
		return Comlink.transfer(out, [...buffers]);
	}
};

Comlink.expose(api);
