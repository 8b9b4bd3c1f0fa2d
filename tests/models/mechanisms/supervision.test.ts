import { describe, expect, it } from 'vitest';
import { stepSupervision } from '../../../models/mechanisms/supervision';
import { isPlaceService } from '../../../models/state/codes';
import { UNLIMITED_PLACES } from '../../../models/state/providers';
import { YearAccumulator } from '../../../models/results/accumulator';
import type { World } from '../../../models/state/world';
import { at, run, scenario, smallWorld, withPolicy } from '../helpers';

function supervisedRows(w: World): number[] {
  const rows: number[] = [];
  for (let q = 0; q < w.providers.count; q++) {
    if (w.providers.open[q] && w.providers.places[q] < UNLIMITED_PLACES && isPlaceService(w.providers.service[q])) rows.push(q);
  }
  return rows;
}

describe('supervision', () => {
  it('the binary approved/not-approved model lowers spend_supervision from the year it starts (same seed)', () => {
    const base = run(scenario(), { endYear: 2020 });
    const binary = run(withPolicy({ binaryScore: true }, 2019), { endYear: 2020 });
    expect(at(binary, 'spend_supervision', 2018)).toBe(at(base, 'spend_supervision', 2018));
    for (const year of [2019, 2020]) {
      expect(at(binary, 'spend_supervision', year)).toBeLessThan(at(base, 'spend_supervision', year));
      expect(at(binary, 'spend_supervision', year)).toBeGreaterThan(0);
    }
  }, 60_000);

  it('scores every visited offer 1–5 in whole steps and never lowers standards', () => {
    const { world } = smallWorld();
    const rows = supervisedRows(world);
    const standards = Float64Array.from(world.providers.standards);
    world.acc = new YearAccumulator(world.municipalities.count);
    stepSupervision(world);
    expect(world.supervisionVisits).toBe(rows.length); // one visit a year for every offer
    let raised = 0;
    for (const q of rows) {
      const s = world.providers.score[q];
      expect(Number.isInteger(s) && s >= 1 && s <= 5).toBe(true);
      expect(world.providers.standards[q]).toBeGreaterThanOrEqual(standards[q]);
      if (world.providers.standards[q] > standards[q]) raised += 1;
      expect(world.providers.supervisionCostYear[q]).toBeGreaterThan(0);
    }
    expect(raised).toBeGreaterThan(0); // recommendations and score chasing raise standards
    expect(world.acc.supervisionCost).toBeGreaterThan(0);
  });

  it('under the binary model scores are 1 or 5 and standards stay where they were', () => {
    const { world } = smallWorld(withPolicy({ binaryScore: true }));
    const standards = Float64Array.from(world.providers.standards);
    world.acc = new YearAccumulator(world.municipalities.count);
    stepSupervision(world);
    for (const q of supervisedRows(world)) {
      expect([1, 5]).toContain(world.providers.score[q]);
      expect(world.providers.standards[q]).toBe(standards[q]);
    }
  });

  it('fewer visits a year than offers visits only some offers and costs less', () => {
    const full = smallWorld().world;
    full.acc = new YearAccumulator(full.municipalities.count);
    stepSupervision(full);
    const rationed = smallWorld(withPolicy({ visitsPerYear: 0.3 })).world;
    rationed.acc = new YearAccumulator(rationed.municipalities.count);
    stepSupervision(rationed);
    expect(rationed.supervisionVisits).toBeLessThan(full.supervisionVisits);
    expect(rationed.supervisionVisits).toBeGreaterThan(0);
    expect(rationed.acc.supervisionCost).toBeLessThan(full.acc.supervisionCost);
  });
});
