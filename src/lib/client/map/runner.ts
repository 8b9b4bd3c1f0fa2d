/**
 * A small pool of replication workers for the map and validation pages: runs a list of jobs, each
 * on the next free worker, and reports every finished replication. Create it in `onMount`
 * (prerendering has no `Worker`) and `terminate()` it on destroy.
 */
import * as Comlink from 'comlink';
import ReplicationWorker from './replication.worker?worker';
import type { ReplicationApi, ReplicationOutput, ReplicationRequest } from './replication-api';
import { WORKER_STOPPED } from '../scenario-problems';

interface Handle {
	run(request: ReplicationRequest): Promise<ReplicationOutput>;
	modelInfo(): Promise<{ name: string; version: string }>;
	terminate(): void;
}

function spawn(): Handle {
	const worker = new ReplicationWorker({ name: 'replications' });
	const remote = Comlink.wrap<ReplicationApi>(worker);
	// A worker that fails to load or crashes never answers: turn its error event into a rejection.
	const crashed = new Promise<never>((_, reject) => {
		const fail = (event: Event) =>
			reject(new Error(event instanceof ErrorEvent && event.message ? event.message : WORKER_STOPPED));
		worker.addEventListener('error', fail);
		worker.addEventListener('messageerror', fail);
	});
	crashed.catch(() => undefined);
	return {
		run: (request) => Promise.race([remote.run(request), crashed]),
		modelInfo: () => Promise.race([remote.modelInfo(), crashed]),
		terminate() {
			remote[Comlink.releaseProxy]();
			worker.terminate();
		}
	};
}

/** Workers to use: one per logical core up to `max`, at least 1. */
export function workerCount(max = 4): number {
	const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
	return Math.max(1, Math.min(max, Number.isFinite(n) && n > 0 ? n : 2));
}

export interface Runner {
	/**
	 * Run the jobs in order of their index on the free workers; `onResult` is called as each finishes.
	 * Resolves when all are done; rejects on the first failure. After `terminate()` nothing more is reported.
	 */
	runAll(jobs: readonly ReplicationRequest[], onResult: (index: number, output: ReplicationOutput) => void): Promise<void>;
	terminate(): void;
}

export function createRunner(size = workerCount()): Runner {
	const handles: Handle[] = [];
	let stopped = false;
	const handle = (k: number): Handle => (handles[k] ??= spawn());
	return {
		async runAll(jobs, onResult) {
			let next = 0;
			const lane = async (k: number): Promise<void> => {
				while (!stopped && next < jobs.length) {
					const index = next++;
					const output = await handle(k).run(jobs[index]!);
					if (stopped) return;
					onResult(index, output);
				}
			};
			const lanes = Math.max(1, Math.min(size, jobs.length));
			await Promise.all(Array.from({ length: lanes }, (_, k) => lane(k)));
		},
		terminate() {
			stopped = true;
			for (const h of handles) h?.terminate();
			handles.length = 0;
		}
	};
}
