/** Browser engine workers behind the scheduler's `EngineHandle` (Comlink over a module worker). */
import EngineWorker from './engine.worker?worker';
import type { EngineApi, RunRequest, RunResult } from './engine-api';
import type { EngineHandle } from './scheduler';
import { linkWorker, workersUpTo, type WorkerLink } from './worker-link';

/**
 * A new engine worker, created in a task of its own: constructing a Worker took 7–18 ms of
 * main-thread time (CPU profile of lever changes, headless Chromium, 2026-11), and the scheduler
 * replaces workers inside the click that made their runs stale. Runs asked for before it exists
 * wait for it; a handle terminated before that never creates its worker (and its runs never settle,
 * which the scheduler ignores: answers from a replaced worker are dropped).
 */
export function spawnEngine(): EngineHandle {
	let link: WorkerLink<EngineApi> | undefined;
	let terminated = false;
	const ready = new Promise<WorkerLink<EngineApi>>((resolve) => {
		setTimeout(() => {
			if (terminated) return;
			link = linkWorker<EngineApi>(new EngineWorker({ name: 'engine' }));
			resolve(link);
		}, 0);
	});
	return {
		run: (request: RunRequest): Promise<RunResult> => ready.then((l) => l.guard(l.remote.run(request))),
		terminate: () => {
			terminated = true;
			link?.terminate();
		}
	};
}

/** Workers for full-scale runs: one per logical core, at least 1, at most 8. */
export function poolSize(): number {
	return Math.max(1, workersUpTo(8) - 1);
}
