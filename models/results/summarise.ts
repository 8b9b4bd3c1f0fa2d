/**
 * Summaries over replications (model.md §Outputs): mean and the 5th, 50th and 95th percentiles of
 * each indicator in each year, for the national and per-municipality blocks.
 */
import { mean, quantileSorted } from 'd3-array';
import type { ReplicationResult } from '../contract';

export interface SeriesSummary {
  unit: string;
  mean: number[];
  p5: number[];
  p50: number[];
  p95: number[];
}

export interface Summary {
  years: number[];
  indicators: Record<string, SeriesSummary>;
  municipalities: { code: string; name: string; indicators: Record<string, number[]> }[];
}

const round = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(7)) : NaN);

function summariseSeries(runs: Float64Array[], unit: string, years: number): SeriesSummary {
  const out: SeriesSummary = { unit, mean: [], p5: [], p50: [], p95: [] };
  for (let y = 0; y < years; y++) {
    const values = runs.map((r) => r[y]).filter(Number.isFinite).sort((a, b) => a - b);
    out.mean.push(round(mean(values) ?? NaN));
    out.p5.push(round(quantileSorted(values, 0.05) ?? NaN));
    out.p50.push(round(quantileSorted(values, 0.5) ?? NaN));
    out.p95.push(round(quantileSorted(values, 0.95) ?? NaN));
  }
  return out;
}

/** Summarise replications; municipal indicators are reported as the mean over replications. */
export function summarise(results: ReplicationResult[], units: Record<string, string>): Summary {
  const first = results[0];
  const years = first.years.length;
  const indicators: Record<string, SeriesSummary> = {};
  for (const key of Object.keys(first.indicators)) {
    indicators[key] = summariseSeries(results.map((r) => r.indicators[key]), units[key] ?? '', years);
  }
  const municipalities = first.municipal.codes.map((code, m) => {
    const values: Record<string, number[]> = {};
    for (const key of Object.keys(first.municipal.indicators)) {
      const series: number[] = [];
      for (let y = 0; y < years; y++) {
        const xs = results.map((r) => r.municipal.indicators[key][m * years + y]).filter(Number.isFinite);
        series.push(round(xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN));
      }
      values[key] = series;
    }
    return { code, name: first.municipal.names[m], indicators: values };
  });
  return { years: first.years, indicators, municipalities };
}
