/** Browser engine workers behind the scheduler's `EngineHandle` (Comlink over a module worker). */
import * as Comlink from 'comlink';
import EngineWorker from './engine.worker?worker';
import type { EngineApi, RunRequest, RunResult } from './engine-api';
import type { EngineHandle } from './scheduler';
import { WORKER_STOPPED } from './scenario-problems';

export function spawnEngine(): EngineHandle {
	const worker = new EngineWorker({ name: 'engine' });
	const remote = Comlink.wrap<EngineApi>(worker);
	// A worker that fails to load or crashes never answers: turn its error event into a rejection.
	const crashed = new Promise<never>((_, reject) => {
		const fail = (event: Event) =>
			reject(new Error(event instanceof ErrorEvent && event.message ? event.message : WORKER_STOPPED));
		worker.addEventListener('error', fail);
		worker.addEventListener('messageerror', fail);
	});
	crashed.catch(() => undefined);
	return {
		run: (request: RunRequest): Promise<RunResult> => Promise.race([remote.run(request), crashed]),
		terminate() {
			remote[Comlink.releaseProxy]();
			worker.terminate();
		}
	};
}

/** Workers for full-scale runs: one per logical core, at least 1, at most 8. */
export function poolSize(): number {
	const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
	return Math.max(1, Math.min(8, Number.isFinite(n) && n > 0 ? n : 2));
}
