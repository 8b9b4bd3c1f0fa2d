/**
 * Wire types of the engine worker: what the page may ask the worker and what comes back.
 * Behaviour lives in engine.worker.ts; this file has no runtime code so both sides can import it.
 */
import type { ReplicationResult } from '../../../models/contract';

export interface ModelInfo {
	name: string;
	version: string;
}

export interface EngineApi {
	/** Name and version of the simulation model the worker runs. */
	modelInfo(): ModelInfo;
	/**
	 * Run one replication of the baseline scenario (scenarios/baseline.json) for all 98 municipalities.
	 * `onProgress`, if given, must be wrapped in `Comlink.proxy`; it is called after each simulated year.
	 * The result's typed arrays are transferred, not copied.
	 */
	runBaseline(replication: number, onProgress?: ProgressCallback): ReplicationResult;
}

/** Called with the number of simulated years completed so far (1, 2, …). */
export type ProgressCallback = (yearsDone: number) => void;

export type { ReplicationResult };
