import { describe, expect, it } from 'vitest';
import { MUNICIPAL_INDICATORS, NATIONAL_INDICATORS } from '../../../models/results/indicators';
import { run, scenario } from '../helpers';

const REQUIRED = [
  'spend_total', 'spend_adults', 'spend_children', 'spend_residential', 'spend_crisis_centres', 'spend_supervision',
  'spend_state_refunds', 'spend_municipal_net', 'recipients_total', 'recipients_adults', 'recipients_children',
  'residents_residential', 'residents_botilbudslignende', 'places_107', 'places_108', 'places_botilbudslignende', 'places_total',
  'places_public', 'unit_cost_residential', 'private_share_residential', 'cost_over_2m_count', 'cost_over_2m_share_residential',
  'municipal_spread_residential', 'crisis_stays', 'crisis_avg_stay_days', 'wait_months_residential', 'match_share',
  'progression_share', 'qol_mean', 'core_task_share', 'appeals',
];

describe('yearly indicators', () => {
  it('include every key required by model.md §Outputs, with a unit', () => {
    for (const key of REQUIRED) expect(NATIONAL_INDICATORS, key).toHaveProperty(key);
    for (const key of ['spend_residential_per_adult', 'spend_per_capita', 'wait_months_residential']) expect(MUNICIPAL_INDICATORS).toHaveProperty(key);
  });

  it('add up: places by type and by owner, recipients by area; shares in [0, 1]; unit cost = spending / residents', () => {
    const r = run(scenario(), { endYear: 2020 });
    const v = (key: string, y: number) => r.indicators[key][y];
    for (let y = 0; y < r.years.length; y++) {
      expect(v('places_107', y) + v('places_108', y) + v('places_botilbudslignende', y)).toBeCloseTo(v('places_total', y), 6);
      expect(v('places_public', y) + v('places_private', y)).toBeCloseTo(v('places_total', y), 6);
      expect(v('recipients_adults', y) + v('recipients_children', y)).toBeCloseTo(v('recipients_total', y), 6);
      expect(v('residents_botilbudslignende', y)).toBeLessThanOrEqual(v('residents_residential', y));
      expect(v('unit_cost_residential', y)).toBeCloseTo((v('spend_residential', y) * 1e3) / v('residents_residential', y), 9);
      for (const key of ['private_share_residential', 'cost_over_2m_share_residential', 'match_share', 'progression_share', 'qol_mean', 'core_task_share']) {
        expect(v(key, y) >= 0 && v(key, y) <= 1, `${key} = ${v(key, y)}`).toBe(true);
      }
      expect(v('municipal_spread_residential', y)).toBeGreaterThanOrEqual(1);
      expect(v('crisis_avg_stay_days', y)).toBeGreaterThan(0);
      expect(v('wait_months_residential', y)).toBeGreaterThanOrEqual(0);
    }
  }, 60_000);
});
