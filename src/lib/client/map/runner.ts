/**
 * A small pool of replication workers for the map and validation pages: runs a list of jobs, each
 * on the next free worker, and reports every finished replication. Create it in `onMount`
 * (prerendering has no `Worker`) and `terminate()` it on destroy.
 */
import ReplicationWorker from './replication.worker?worker';
import type { ReplicationApi, ReplicationOutput, ReplicationRequest } from './replication-api';
import { linkWorker, workersUpTo } from '../worker-link';

interface Handle {
	run(request: ReplicationRequest): Promise<ReplicationOutput>;
	modelInfo(): Promise<{ name: string; version: string }>;
	terminate(): void;
}

function spawn(): Handle {
	const link = linkWorker<ReplicationApi>(new ReplicationWorker({ name: 'replications' }));
	return {
		run: (request) => link.guard(link.remote.run(request)),
		modelInfo: () => link.guard(link.remote.modelInfo()),
		terminate: link.terminate
	};
}

/** Workers to use: one per logical core up to `max`, at least 1. */
export function workerCount(max = 4): number {
	return workersUpTo(max);
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
