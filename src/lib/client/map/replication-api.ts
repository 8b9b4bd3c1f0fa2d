/**
 * Wire types of the replication worker used by the map and validation pages (replication.worker.ts).
 * Unlike the explore page's engine worker it returns the municipal indicators too, and it can stop
 * at an earlier year (the validation page needs only 2018–2022). Plain data only; results carry
 * transferred typed arrays.
 */

export interface ReplicationRequest {
	/** A scenario file (any supported schema version); validated in the worker with `parseScenario`. */
	scenario: unknown;
	replication: number;
	/** Sampling fraction in (0, 1]; 1 is full national scale. */
	sample: number;
	/** Last simulated year (default: the scenario's horizon, 2040). */
	endYear?: number;
}

export interface ReplicationOutput {
	years: number[];
	/** National yearly indicators (model.md §Outputs). */
	national: Record<string, Float64Array>;
	/** Municipality codes in the order of the municipal arrays. */
	codes: string[];
	/** Per-municipality yearly values: `municipal[key][m * years.length + y]`. */
	municipal: Record<string, Float64Array>;
	/** Wall time of the run inside the worker, ms. */
	ms: number;
}

export interface ReplicationApi {
	modelInfo(): { name: string; version: string };
	/** Run one replication; rejects with the scenario's problems (one per line) if it is invalid. */
	run(request: ReplicationRequest): Promise<ReplicationOutput>;
}
