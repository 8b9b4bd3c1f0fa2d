import { describe, expect, it } from 'vitest';
import { summarise } from '../../../models/results/summarise';
import type { ReplicationResult } from '../../../models/contract';

function replication(values: number[], muni: number[]): ReplicationResult {
  return {
    years: [2018, 2019],
    indicators: { spend_total: Float64Array.from(values) },
    municipal: { codes: ['101', '147'], names: ['København', 'Frederiksberg'], indicators: { spend_per_capita: Float64Array.from(muni) } },
  };
}

describe('summarise', () => {
  it('gives the mean and the 5th, 50th and 95th percentiles per year', () => {
    const runs = Array.from({ length: 21 }, (_, k) => replication([k, 100 + 2 * k], [k, k, k, k]));
    const s = summarise(runs, { spend_total: 'bn DKK' });
    expect(s.years).toEqual([2018, 2019]);
    const t = s.indicators.spend_total;
    expect(t.unit).toBe('bn DKK');
    expect(t.mean).toEqual([10, 120]);
    expect(t.p50).toEqual([10, 120]);
    expect(t.p5).toEqual([1, 102]);
    expect(t.p95).toEqual([19, 138]);
    for (let y = 0; y < 2; y++) expect(t.p5[y] <= t.p50[y] && t.p50[y] <= t.p95[y]).toBe(true);
  });

  it('ignores NaN values and reports the mean over replications per municipality', () => {
    const runs = [replication([1, NaN], [1, 2, 3, 4]), replication([3, NaN], [3, NaN, 5, 6])];
    const s = summarise(runs, {});
    expect(s.indicators.spend_total.mean[0]).toBe(2);
    expect(Number.isNaN(s.indicators.spend_total.mean[1])).toBe(true);
    expect(s.municipalities.map((m) => m.code)).toEqual(['101', '147']);
    expect(s.municipalities[0].indicators.spend_per_capita).toEqual([2, 2]); // (1+3)/2, (2)/1
    expect(s.municipalities[1].indicators.spend_per_capita).toEqual([4, 5]);
  });
});
