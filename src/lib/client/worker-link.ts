/**
 * A Comlink link to a module worker that never leaves a call hanging: a worker that fails to load or
 * crashes never answers, so its error event rejects every call in flight and after. Shared by the
 * engine pool (pool.ts) and the map's replication runner (map/runner.ts).
 */
import * as Comlink from 'comlink';
import { WORKER_STOPPED } from './scenario-problems';

export interface WorkerLink<Api> {
	remote: Comlink.Remote<Api>;
	/** The call's answer, or a rejection once the worker has crashed. */
	guard<T>(call: Promise<T>): Promise<T>;
	terminate(): void;
}

export function linkWorker<Api>(worker: Worker): WorkerLink<Api> {
	const remote = Comlink.wrap<Api>(worker);
	const crashed = new Promise<never>((_, reject) => {
		const fail = (event: Event) => reject(new Error(event instanceof ErrorEvent && event.message ? event.message : WORKER_STOPPED));
		worker.addEventListener('error', fail);
		worker.addEventListener('messageerror', fail);
	});
	crashed.catch(() => undefined);
	return {
		remote,
		guard: (call) => Promise.race([call, crashed]),
		terminate() {
			remote[Comlink.releaseProxy]();
			worker.terminate();
		}
	};
}

/** Workers to use: one per logical core, at least 1, at most `max` (2 where the browser does not say). */
export function workersUpTo(max: number): number {
	const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
	return Math.max(1, Math.min(max, Number.isFinite(n) && n > 0 ? n : 2));
}
