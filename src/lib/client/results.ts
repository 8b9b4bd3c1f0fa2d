/**
 * Results kept for the session, and the statistics drawn from them: bands over replications and
 * paired differences between a scenario and the baseline. Replication r of every scenario uses the
 * same random numbers (common random numbers), so the difference of replication r against
 * replication r shows the policy, not the dice; its spread over r is the interval on the difference.
 */
import { quantileSorted } from 'd3-array';
import type { RunResult } from './engine-api';

/** The runs of one scenario: a first estimate (a small sample) and full-scale replications by index. */
export interface RunSet {
	estimate?: RunResult;
	full: Map<number, RunResult>;
}

export class ResultCache {
	private readonly sets = new Map<string, RunSet>();

	get(key: string): RunSet {
		let set = this.sets.get(key);
		if (!set) {
			set = { full: new Map() };
			this.sets.set(key, set);
		}
		return set;
	}

	has(key: string): boolean {
		return this.sets.has(key);
	}

	/** Forget the least recently added scenarios beyond `max`, except those in `keep`. */
	prune(keep: ReadonlySet<string>, max: number): void {
		for (const key of [...this.sets.keys()]) {
			if (this.sets.size <= max) return;
			if (!keep.has(key)) this.sets.delete(key);
		}
	}

	/** Move a scenario to the most recent end (so pruning keeps it longest). */
	touch(key: string): void {
		const set = this.sets.get(key);
		if (!set) return;
		this.sets.delete(key);
		this.sets.set(key, set);
	}
}

/** Full-scale replications 0 … runs−1 present, in index order. */
export function fullRuns(set: RunSet, runs: number): RunResult[] {
	const out: RunResult[] = [];
	for (let r = 0; r < runs; r++) {
		const run = set.full.get(r);
		if (run) out.push(run);
	}
	return out;
}

/** Yearly quantiles of one indicator over replications. */
export interface Band {
	years: number[];
	p5: number[];
	p25: number[];
	p50: number[];
	p75: number[];
	p95: number[];
	/** Replications behind the band (0 when it is a first estimate). */
	n: number;
	/** `full`: quantiles over full-scale replications; `estimate`: the first estimate alone (no band). */
	source: 'full' | 'estimate';
}

/** Quantile of finite values (the same method as the CLI's summaries: d3 quantileSorted on sorted values). */
export function quantileOf(values: readonly number[], p: number): number {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	return sorted.length ? (quantileSorted(sorted, p) ?? Number.NaN) : Number.NaN;
}

function quantiles(columns: number[][]): Pick<Band, 'p5' | 'p25' | 'p50' | 'p75' | 'p95'> {
	const out = { p5: [] as number[], p25: [] as number[], p50: [] as number[], p75: [] as number[], p95: [] as number[] };
	for (const values of columns) {
		const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
		const q = (p: number) => (sorted.length ? (quantileSorted(sorted, p) ?? Number.NaN) : Number.NaN);
		out.p5.push(q(0.05));
		out.p25.push(q(0.25));
		out.p50.push(q(0.5));
		out.p75.push(q(0.75));
		out.p95.push(q(0.95));
	}
	return out;
}

/**
 * The band of an indicator: quantiles over the full-scale replications once there is at least one,
 * else the first estimate (all quantiles equal to it), else undefined.
 */
export function band(set: RunSet | undefined, indicator: string, runs: number): Band | undefined {
	if (!set) return undefined;
	const full = fullRuns(set, runs);
	if (full.length > 0) {
		const years = full[0]!.years;
		const series = full.map((r) => r.indicators[indicator]);
		if (series.some((s) => !s)) return undefined;
		const columns = years.map((_, y) => series.map((s) => s![y]!));
		return { years, ...quantiles(columns), n: full.length, source: 'full' };
	}
	const values = set.estimate?.indicators[indicator];
	if (!set.estimate || !values) return undefined;
	const line = Array.from(values);
	return { years: set.estimate.years, p5: line, p25: line, p50: line, p75: line, p95: line, n: 0, source: 'estimate' };
}

/** A paired difference (scenario − baseline) in one year: median and 90 % interval over replications. */
export interface Difference {
	median: number;
	p5: number;
	p95: number;
	/** Pairs behind it (0 for a difference of first estimates). */
	n: number;
	source: 'full' | 'estimate';
}

/**
 * Paired differences scenario − baseline of an indicator in every year, over replications present
 * in both (same index ⇒ same random numbers); first estimates when no pair exists yet.
 * `transform` maps each value first (e.g. growth since a base year).
 */
export function pairedDifferences(
	scenario: RunSet | undefined,
	baseline: RunSet | undefined,
	indicator: string,
	runs: number
): { years: number[]; values: Difference[] } | undefined {
	if (!scenario || !baseline) return undefined;
	const pairs: [Float64Array, Float64Array][] = [];
	let years: number[] | undefined;
	for (let r = 0; r < runs; r++) {
		const s = scenario.full.get(r)?.indicators[indicator];
		const b = baseline.full.get(r)?.indicators[indicator];
		if (s && b) {
			pairs.push([s, b]);
			years ??= scenario.full.get(r)!.years;
		}
	}
	if (pairs.length > 0 && years) {
		const values = years.map((_, y) => {
			const d = pairs.map(([s, b]) => s[y]! - b[y]!);
			return { median: quantileOf(d, 0.5), p5: quantileOf(d, 0.05), p95: quantileOf(d, 0.95), n: pairs.length, source: 'full' as const };
		});
		return { years, values };
	}
	const s = scenario.estimate?.indicators[indicator];
	const b = baseline.estimate?.indicators[indicator];
	if (!s || !b || !scenario.estimate) return undefined;
	return {
		years: scenario.estimate.years,
		values: scenario.estimate.years.map((_, y) => {
			const d = s[y]! - b[y]!;
			return { median: d, p5: d, p95: d, n: 0, source: 'estimate' as const };
		})
	};
}

/** Replication indices below `runs` done in every one of the sets (what the progress indicator counts). */
export function pairedCount(sets: readonly (RunSet | undefined)[], runs: number): number {
	let n = 0;
	for (let r = 0; r < runs; r++) if (sets.every((s) => s?.full.has(r))) n++;
	return n;
}
