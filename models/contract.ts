/**
 * The engine's public surface, as seen by the CLI scripts and the web worker.
 * Wire types only (plain data and typed arrays, transferable across a worker boundary);
 * behaviour lives in the mechanism modules.
 */

/** One simulated replication: yearly values 2018–2040. */
export interface ReplicationResult {
  /** Calendar years covered, e.g. [2018, …, 2040]. */
  years: number[];
  /** National yearly indicator values, keyed by the indicator keys of docs/model.md §Outputs. */
  indicators: Record<string, Float64Array>;
  /** Per-municipality yearly values: `values[key][m * years.length + y]`, m in `codes` order. */
  municipal: {
    codes: string[];
    names: string[];
    indicators: Record<string, Float64Array>;
  };
}
