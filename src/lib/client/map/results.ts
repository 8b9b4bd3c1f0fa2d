/**
 * Summaries of replications for the map and validation pages: means over replications (ignoring
 * years without a value), and region and country series from municipal values. Arithmetic on the
 * engine's outputs only; how the values arise is the engine's business.
 */
import type { ReplicationOutput } from './replication-api';

/** The municipal indicators the map shows (model.md §Outputs, `MUNICIPAL_INDICATORS`). */
export const MAP_INDICATORS = ['spend_per_capita', 'spend_residential_per_adult', 'wait_months_residential'] as const;
export type MapIndicator = (typeof MAP_INDICATORS)[number];

/** Running mean of values over replications, per array element, skipping non-finite values. */
export class RunningMean {
	readonly sum: Float64Array;
	readonly count: Uint16Array;
	constructor(length: number) {
		this.sum = new Float64Array(length);
		this.count = new Uint16Array(length);
	}
	add(values: Float64Array): void {
		for (let i = 0; i < this.sum.length; i++) {
			const v = values[i]!;
			if (Number.isFinite(v)) {
				this.sum[i] += v;
				this.count[i] += 1;
			}
		}
	}
	mean(): Float64Array {
		const out = new Float64Array(this.sum.length);
		for (let i = 0; i < out.length; i++) out[i] = this.count[i]! > 0 ? this.sum[i]! / this.count[i]! : NaN;
		return out;
	}
}

/** Means over replications of municipal (and national) indicators. */
export class ReplicationMeans {
	years: number[] = [];
	codes: string[] = [];
	runs = 0;
	private municipal = new Map<string, RunningMean>();
	private national = new Map<string, RunningMean>();

	add(output: ReplicationOutput): void {
		if (this.runs === 0) {
			this.years = output.years;
			this.codes = output.codes;
		}
		for (const [key, values] of Object.entries(output.municipal)) {
			let m = this.municipal.get(key);
			if (!m) this.municipal.set(key, (m = new RunningMean(values.length)));
			m.add(values);
		}
		for (const [key, values] of Object.entries(output.national)) {
			let m = this.national.get(key);
			if (!m) this.national.set(key, (m = new RunningMean(values.length)));
			m.add(values);
		}
		this.runs += 1;
	}

	/** Mean municipal values of `key`: `[m * years.length + y]`, codes in `codes` order. */
	municipalMean(key: string): Float64Array {
		return this.municipal.get(key)?.mean() ?? new Float64Array(this.codes.length * this.years.length).fill(NaN);
	}

	nationalMean(key: string): Float64Array {
		return this.national.get(key)?.mean() ?? new Float64Array(this.years.length).fill(NaN);
	}
}

/**
 * Yearly weighted mean over a set of municipalities (indices into the municipal arrays).
 * `weight(m, y)` is the weight of municipality m in year index y; values that are not finite, or
 * have no positive weight, are left out.
 */
export function weightedSeries(
	values: Float64Array,
	yearCount: number,
	members: readonly number[],
	weight: (m: number, y: number) => number
): Float64Array {
	const out = new Float64Array(yearCount);
	for (let y = 0; y < yearCount; y++) {
		let sum = 0;
		let total = 0;
		for (const m of members) {
			const v = values[m * yearCount + y]!;
			const w = weight(m, y);
			if (!Number.isFinite(v) || !(w > 0)) continue;
			sum += v * w;
			total += w;
		}
		out[y] = total > 0 ? sum / total : NaN;
	}
	return out;
}

/** Mean, lowest and highest of a list of numbers (non-finite left out). */
export function meanRange(values: readonly number[]): { mean: number; lo: number; hi: number } {
	const finite = values.filter(Number.isFinite);
	if (finite.length === 0) return { mean: NaN, lo: NaN, hi: NaN };
	return {
		mean: finite.reduce((a, b) => a + b, 0) / finite.length,
		lo: Math.min(...finite),
		hi: Math.max(...finite)
	};
}
