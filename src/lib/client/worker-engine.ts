/**
 * What both engine workers (engine.worker.ts for the explore, compare and lever pages;
 * map/replication.worker.ts for the map and validation pages) need around the engine: the
 * municipalities parsed once, scenarios validated once per distinct draft, and the result's
 * typed arrays listed for transfer. Runs inside a worker only.
 */
import municipalityRows from '$shareddata/dk_kommuner.json';
import { parseMunicipalities, parseScenario, replicationSteps, type Municipality, type ReplicationResult, type RunOptions, type Scenario } from '../../../models/index';
import { invalidScenarioError } from './scenario-problems';

let municipalities: Municipality[] | undefined;

/** The 98 municipalities (parsed on first use). */
export function workerMunicipalities(): Municipality[] {
	municipalities ??= parseMunicipalities(municipalityRows);
	return municipalities;
}

/** Distinct scenarios kept parsed (a page asks for a handful at a time). */
const PARSED_LIMIT = 100;
const parsed = new Map<string, Scenario>();

/**
 * The engine's scenario for a draft (`parseScenario` validates it and compiles its levers); throws
 * `InvalidScenarioError` with its problems (the page words them: scenario-problems.ts `runFailure`).
 */
export function toScenario(draft: unknown): Scenario {
	const key = JSON.stringify(draft);
	const known = parsed.get(key);
	if (known) return known;
	const result = parseScenario(draft);
	if (!result.ok) throw invalidScenarioError(result.issues);
	if (parsed.size > PARSED_LIMIT) parsed.clear();
	parsed.set(key, result.scenario);
	return result.scenario;
}

/** The distinct buffers behind typed arrays, for Comlink.transfer. */
export function buffersOf(arrays: Iterable<ArrayBufferView>): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	for (const values of arrays) {
		if (values.buffer instanceof ArrayBuffer) buffers.add(values.buffer);
	}
	return [...buffers];
}

/** A new task of the worker's event loop (a message to itself: no timer clamping, about 0.04 ms). */
const taskChannel = new MessageChannel();
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		taskChannel.port1.onmessage = () => resolve();
		taskChannel.port2.postMessage(null);
	});
}

/**
 * One replication, a simulated month per task. A worker that is terminated stops only between tasks:
 * Chromium lets a running task go on for up to 2 s after `terminate()` (measured: a worker in one long
 * task closed 2,016 ms after it, one that yields every 100 ms within 13–110 ms, headless Chromium,
 * 2026-11), so a stale full-scale run in one long task would keep a core from the page for 2 s after
 * each lever change. The 276 hand-overs of a run cost about 10 ms (measured in a worker: 9.8–10.7 ms),
 * against 3–5 s for a full-scale run.
 */
export async function runInMonthlyTasks(options: RunOptions): Promise<ReplicationResult> {
	const steps = replicationSteps(options, 1);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		await nextTask();
	}
}
