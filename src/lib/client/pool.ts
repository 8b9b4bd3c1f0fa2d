/** Browser engine workers behind the scheduler's `EngineHandle` (Comlink over a module worker). */
import EngineWorker from './engine.worker?worker';
import type { EngineApi, RunRequest, RunResult } from './engine-api';
import type { EngineHandle } from './scheduler';
import { linkWorker, workersUpTo } from './worker-link';

export function spawnEngine(): EngineHandle {
	const link = linkWorker<EngineApi>(new EngineWorker({ name: 'engine' }));
	return {
		run: (request: RunRequest): Promise<RunResult> => link.guard(link.remote.run(request)),
		terminate: link.terminate
	};
}

/** Workers for full-scale runs: one per logical core, at least 1, at most 8. */
export function poolSize(): number {
	return workersUpTo(8);
}
