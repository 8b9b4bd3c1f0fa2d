/**
 * What an engine worker runs to warm up while idle (engine.worker.ts). A fresh worker's first runs
 * are several times slower than later ones while the JIT compiles the engine (1 % sample in Node:
 * about 570, 200, 130, then 50 ms), so after its first estimate a worker runs a few lever estimates
 * of its own and the user's first lever change meets compiled code.
 */
import type { ScenarioDraft } from './engine-api';

/** Warm-up runs after a worker's first estimate. */
export const WARM_UP_RUNS = 3;

/**
 * The draft a worker warms up on: the request's scenario plus a lever from 2026 (the committee's
 * tariff model), so the warm-up resumes from checkpoints as a real lever change does.
 */
export function warmUpDraft(draft: ScenarioDraft): ScenarioDraft {
	return { ...draft, levers: { ...draft.levers, r2_4: { setting: 'proposed' } } };
}
