/**
 * Wire types of the engine worker: what the page may ask the worker and what comes back.
 * Behaviour lives in engine.worker.ts; this file has no runtime code so both sides can import it.
 * Everything here is plain data (structured-clonable); results carry transferred typed arrays.
 */

export interface ModelInfo {
	name: string;
	version: string;
}

/** The levers a scenario sets: lever id → named setting and (optionally) its first year. */
export type LeverChoices = Record<string, { setting: string; startYear?: number }>;

/** A scenario as the app builds it (scenario schema version 2); validated by the worker with `parseScenario`. */
export interface ScenarioDraft {
	schemaVersion: 2;
	id: string;
	title: string;
	seed: number;
	levers: LeverChoices;
	/** Assumption values fixed in every replication (key → value within its documented range). */
	assumptions?: Record<string, number>;
}

/** One replication to run. `sample` in (0, 1]: 1 is full national scale, smaller is a scaled sample. */
export interface RunRequest {
	scenario: ScenarioDraft;
	replication: number;
	sample: number;
}

/** National yearly indicators of one replication (model.md §Outputs keys). */
export interface RunResult {
	years: number[];
	indicators: Record<string, Float64Array>;
	/** Wall time of the run inside the worker, ms. */
	ms: number;
}

export interface EngineApi {
	/** Name and version of the simulation model the worker runs. */
	modelInfo(): ModelInfo;
	/**
	 * Validate the scenario and run one replication. Rejects with the scenario's problems (one per
	 * line) if it is invalid. The result's typed arrays are transferred, not copied.
	 */
	run(request: RunRequest): Promise<RunResult>;
}
