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

/**
 * Workers for full-scale runs: one per logical core but one, at least 1, at most 8 (the estimate
 * worker comes on top). The core left over keeps the page responsive: on a two-core machine with
 * both cores running replications, five lever changes under a twofold CPU slowdown (headless
 * Chromium, 2026-11) gave long tasks up to 93, 127 and 63 ms and first redraws of 170–462 ms; with
 * one core left, 52, 56 and 83 ms and 127–289 ms.
 */
export function poolSize(): number {
	return Math.max(1, workersUpTo(8) - 1);
}

/**
 * The spare core is lent to the engine while the reader is idle (`SPARE_AFTER_IDLE_MS` without
 * input) and taken back at the next input: with one full-scale worker on this two-core machine, 40
 * baseline replications took 153 s against 54–83 s on two (2026-11).
 */
export const SPARE_WORKERS = 1;
/** Milliseconds without input before the spare core is lent (assumption: past the first redraws of a change, 1–5 s). */
export const SPARE_AFTER_IDLE_MS = 3000;
